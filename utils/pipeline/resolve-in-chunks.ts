/**
 * Resolution of a long page in pieces, so that no single task resolves megabytes of text: the page
 * is cut at block boundaries into chunks of about RESOLVE_CHUNK_CHARS, and each chunk is resolved
 * on its own text. What the resolver needs from outside a chunk is who has been named in full:
 * short names ("Ng", "Giang") count only after a full mention, and not when two people on the page
 * share them. So each chunk's text is led by the people named in full before it and followed by
 * those first named after it (canonical names, one short paragraph each), and only the chunk's own
 * mentions are kept. Everything else the resolver does (titles, role phrases, ordinals, meeting
 * descriptions) reads a sentence or a clause around a match, which never crosses a block.
 * A page shorter than one chunk is resolved in one piece, with nothing carried.
 */
import type { Corpus } from '../corpus/schema';
import { BLOCK_SEPARATOR, type PageText } from '../extract/page-text';
import type { DictionaryEntry, RawMatch } from '../model/dictionary-entry';
import type { ArticleDate, Mention } from '../model/mention';
import { attachAffixes } from '../resolve/attach-affixes';
import { resolveMentions } from '../resolve/resolve-mentions';
import { textPieces } from './text-pieces';

export const RESOLVE_CHUNK_CHARS = 48_000;
/** Context either side of a piece of a long block: the sentences around a match, and more. */
const RESOLVE_OVERLAP = 2_000;

const INTRODUCES = new Set<DictionaryEntry['via']>(['name', 'alias', 'misspelling']);

/** The person a raw match names in full (name, alias or misspelling), if any. */
function fullPersonTarget(match: RawMatch): string | undefined {
  return match.entries.find((e) => e.kind === 'person' && INTRODUCES.has(e.via))?.target;
}

export interface ChunkInput {
  page: PageText;
  /** Raw matches in page order, in page-text offsets. */
  matches: RawMatch[];
  corpus: Corpus;
  date: ArticleDate;
  chunkChars?: number;
  /**
   * People named in full elsewhere on the page, outside this text (a rescan of one changed block):
   * carried in before the first chunk, so a short name resolves as it would in a scan of the whole page.
   */
  namedElsewhere?: Iterable<string>;
}

/** Yields the mentions of each chunk in page order (page-text offsets, affixes attached). */
export function* resolveInChunks({
  page,
  matches,
  corpus,
  date,
  chunkChars = RESOLVE_CHUNK_CHARS,
  namedElsewhere = [],
}: ChunkInput): Generator<Mention[]> {
  const names = new Map<string, string>();
  const introduced = new Set<string>(namedElsewhere);
  if (page.text.length <= chunkChars && introduced.size === 0) {
    // One piece: nothing to carry in from other chunks.
    yield resolveChunk({
      page,
      start: 0,
      end: page.text.length,
      chunkMatches: matches,
      introduced,
      firstFull: new Map(),
      names,
      corpus,
      date,
    });
    return;
  }
  for (const p of corpus.people) names.set(p.id, p.name);
  // Where each person is first named in full on the whole page.
  const firstFull = new Map<string, number>();
  for (const m of matches) {
    const id = fullPersonTarget(m);
    if (id && !firstFull.has(id)) firstFull.set(id, m.start);
  }
  let mi = 0;
  let bi = 0;
  const long = (i: number) => (page.blocks[i]?.text.length ?? 0) > chunkChars;
  while (bi < page.blocks.length) {
    const start = page.blockStarts[bi] as number;
    if (long(bi)) {
      // A block longer than a chunk (one huge text node): resolved in overlapping pieces of it, each
      // keeping the mentions that start in its own stretch (text-pieces.ts).
      for (const p of textPieces(page.blocks[bi]?.text ?? '', { size: chunkChars, overlap: RESOLVE_OVERLAP })) {
        while (mi < matches.length && (matches[mi] as RawMatch).start < start + p.start) mi++;
        const chunkMatches: RawMatch[] = [];
        for (let k = mi; k < matches.length && (matches[k] as RawMatch).start < start + p.end; k++)
          chunkMatches.push(matches[k] as RawMatch);
        const own = { ownStart: start + p.ownStart, ownEnd: start + p.ownEnd };
        yield resolveChunk({
          page,
          start: start + p.start,
          end: start + p.end,
          ...own,
          chunkMatches,
          introduced,
          firstFull,
          names,
          corpus,
          date,
        });
      }
      while (mi < matches.length && (matches[mi] as RawMatch).start < start + (page.blocks[bi]?.text.length ?? 0)) mi++;
      bi++;
      continue;
    }
    let bj = bi;
    let end = start;
    do {
      end = (page.blockStarts[bj] as number) + (page.blocks[bj]?.text.length ?? 0);
      bj++;
    } while (bj < page.blocks.length && end - start < chunkChars && !long(bj));
    const chunkMatches: RawMatch[] = [];
    while (mi < matches.length && (matches[mi] as RawMatch).start < end) chunkMatches.push(matches[mi++] as RawMatch);
    yield resolveChunk({ page, start, end, chunkMatches, introduced, firstFull, names, corpus, date });
    bi = bj;
  }
}

/**
 * Resolves one chunk on its own text, led and followed by the carried names, and keeps only the
 * chunk's own mentions, with affixes attached but never reaching into a neighbour or across a block.
 */
function resolveChunk({
  page,
  start,
  end,
  ownStart = start,
  ownEnd = end,
  chunkMatches,
  introduced,
  firstFull,
  names,
  corpus,
  date,
}: {
  page: PageText;
  /** The page text read, [start, end). */
  start: number;
  end: number;
  /** The stretch whose mentions are kept (a piece of a long block reads context either side of it); the whole chunk by default. */
  ownStart?: number;
  ownEnd?: number;
  chunkMatches: RawMatch[];
  introduced: Set<string>;
  firstFull: Map<string, number>;
  names: Map<string, string>;
  corpus: Corpus;
  date: ArticleDate;
}): Mention[] {
  const carried: RawMatch[] = [];
  let prefix = '';
  const carry = (id: string, at: number) => {
    const name = names.get(id);
    if (!name) return;
    carried.push({
      start: at,
      end: at + name.length,
      text: name,
      entries: [{ form: name, caseSensitive: false, target: id, kind: 'person', via: 'name' }],
    });
    return `${name}.${BLOCK_SEPARATOR}`;
  };
  for (const id of introduced) prefix += carry(id, prefix.length) ?? '';
  const shift = prefix.length - start;
  let text = prefix + page.text.slice(start, end);
  // Where the chunk's text ends (the names carried after it follow), and the stretch it keeps.
  const chunkEnd = text.length;
  const keptFrom = ownStart + shift;
  const keptTo = ownEnd + shift;
  for (const [id, at] of firstFull) {
    if (at < end || introduced.has(id)) continue;
    text += BLOCK_SEPARATOR;
    text += carry(id, text.length)?.slice(0, -BLOCK_SEPARATOR.length) ?? '';
  }
  const local = chunkMatches.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }));
  const resolved = resolveMentions({
    text,
    matches: [...carried.filter((c) => c.start < prefix.length), ...local, ...carried.filter((c) => c.start >= chunkEnd)],
    corpus,
    date,
  });
  const out: Mention[] = [];
  for (const r of resolved) {
    if (r.start < keptFrom || r.start >= keptTo) continue;
    const m = attachAffixes(text, r);
    const prev = out.at(-1);
    if (
      m.start < prefix.length ||
      m.end > chunkEnd ||
      (prev && m.start < prev.end + shift) ||
      text.slice(m.start, m.end).includes(BLOCK_SEPARATOR)
    )
      continue;
    out.push({ ...m, start: m.start - shift, end: m.end - shift });
    if (m.kind === 'person' && m.via !== 'short-name' && m.via !== 'role') introduced.add(m.id);
  }
  return out;
}
