/**
 * Which of the reader's own records a page needs (issue 21). A reader may keep thousands of people
 * with dozens of aliases each; a page names a handful. The content script reports which of the
 * reader's prefilter keys its text holds (`Prefilter.readerKeyHits`); this index, built once per
 * corpus revision in the background, maps each key to the records that own it, so a page receives
 * and layers only those records (plus what they reference), never all of them.
 *
 * A page that holds one of a record's forms holds that form's key (utils/prefilter), so the record
 * is sent whenever the matcher could find it. Beyond a record's own forms:
 * - a person also owns the keys of the role phrases of the offices they held: "the Indonesian
 *   Defence Minister" resolves to whoever held the office on the article's day, and leaving a holder
 *   out could name the wrong one;
 * - a meeting also owns the resolver's own words ("ASEAN", "ADMM", "informal"): the resolver finds
 *   meetings by description and ordinal ("the 10th ADMM"), not only by name;
 * - edits of bundled records, and the reader's offices and countries, go to every page (few, and
 *   bundled records, role phrases and references need them whole).
 * Hash collisions only send a record too many. Pure.
 */
import type { Corpus } from '../corpus/schema';
import { buildDictionary } from '../dictionary/build-dictionary';
import { hashKey } from '../prefilter/page-prefilter';
import { foldString, keyOfEntry, RESOLVER_WORDS } from '../prefilter/prefilter-keys';

export const PAGE_USER_INDEX_FORMAT = 1;

export interface PageUserIndex {
  format: typeof PAGE_USER_INDEX_FORMAT;
  /** The reader's records every page receives: edits of bundled records, the reader's offices and countries. */
  always: string[];
  /** The reader's own people, meetings and terms, each sent only to pages holding one of its keys. */
  ids: string[];
  /** Key hashes, sorted; `owners[i]` is the index in `ids` of one record owning `hashes[i]` (a shared key repeats). */
  hashes: Uint32Array;
  owners: Uint32Array;
  /** For an index in `ids`, the indexes of the other records of `ids` it references (a meeting's chair and attendees, related ids). */
  refs: Record<number, number[]>;
}

export interface ReaderRow {
  id: string;
  /** 'overlay': the reader's edit of a bundled record; 'user': a record of the reader's own. */
  origin: 'user' | 'overlay';
}

const EMPTY: ReadonlySet<string> = new Set();

/** The index for `corpus` (bundled and reader's records merged) and the reader's rows. */
export function buildPageUserIndex(corpus: Corpus, rows: readonly ReaderRow[], folds = foldString()): PageUserIndex {
  const own = new Set(rows.filter((r) => r.origin === 'user').map((r) => r.id));
  const always = rows.filter((r) => r.origin === 'overlay').map((r) => r.id);
  for (const list of [corpus.offices, corpus.countries]) for (const r of list) if (own.has(r.id)) always.push(r.id);
  const people = corpus.people.filter((p) => own.has(p.id));
  const meetings = corpus.meetings.filter((m) => own.has(m.id));
  const terms = corpus.terms.filter((t) => own.has(t.id));
  const ids = [...people, ...meetings, ...terms].map((r) => r.id);
  const at = new Map(ids.map((id, i) => [id, i]));

  // Offices the reader's people held: their role phrases' keys are those people's keys too.
  const holders = new Map<string, number[]>();
  for (const p of people)
    for (const role of p.roles) {
      const list = holders.get(role.office) ?? [];
      if (list.at(-1) !== at.get(p.id)) list.push(at.get(p.id) as number);
      holders.set(role.office, list);
    }
  const offices = corpus.offices.filter((o) => holders.has(o.id));

  const pairs: [hash: number, owner: number][] = [];
  const own1 = (hash: number, owner: number) => pairs.push([hash, owner]);
  for (const entry of buildDictionary({ ...corpus, people, meetings, terms, offices })) {
    const key = keyOfEntry(entry, folds, EMPTY);
    if (!key) continue;
    const hash = hashKey(key.startsWith('^') ? key.slice(1) : key);
    const owner = at.get(entry.target);
    if (owner !== undefined) own1(hash, owner);
    if (entry.kind === 'role') for (const h of holders.get(entry.target) ?? []) own1(hash, h);
  }
  const resolverHashes = RESOLVER_WORDS.map(hashKey);
  for (const m of meetings) for (const hash of resolverHashes) own1(hash, at.get(m.id) as number);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const refs: Record<number, number[]> = {};
  const refer = (from: string, targets: readonly (string | undefined)[]) => {
    const list = targets.map((t) => (t === undefined ? undefined : at.get(t))).filter((i): i is number => i !== undefined);
    if (list.length > 0) refs[at.get(from) as number] = [...new Set(list)];
  };
  for (const m of meetings) refer(m.id, [m.chair, ...(m.attendees ?? []), ...(m.related ?? [])]);
  for (const t of terms) refer(t.id, t.related ?? []);

  return {
    format: PAGE_USER_INDEX_FORMAT,
    always,
    ids,
    hashes: Uint32Array.from(pairs, (p) => p[0]),
    owners: Uint32Array.from(pairs, (p) => p[1]),
    refs,
  };
}

/** First place of `hash` in the sorted `hashes`, or -1. */
function firstAt(hashes: Uint32Array, hash: number): number {
  let lo = 0;
  let hi = hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((hashes[mid] as number) < hash) lo = mid + 1;
    else hi = mid;
  }
  return lo < hashes.length && hashes[lo] === hash ? lo : -1;
}

/** The ids of the reader's records a page holding `keys` (key hashes) needs, references followed. */
export function pageUserIds(index: PageUserIndex, keys: Iterable<number>): Set<string> {
  const picked = new Set<number>();
  const pending: number[] = [];
  const pick = (i: number) => {
    if (picked.has(i)) return;
    picked.add(i);
    pending.push(i);
  };
  for (const hash of keys) {
    const start = firstAt(index.hashes, hash >>> 0);
    if (start < 0) continue;
    for (let i = start; i < index.hashes.length && index.hashes[i] === hash >>> 0; i++) pick(index.owners[i] as number);
  }
  while (pending.length > 0) for (const r of index.refs[pending.pop() as number] ?? []) pick(r);
  const out = new Set(index.always);
  for (const i of picked) out.add(index.ids[i] as string);
  return out;
}

/** Only the records a page receives: every record but the reader's own people, meetings and terms outside `pageIds`. */
export function pageCorpus(corpus: Corpus, index: PageUserIndex, pageIds: ReadonlySet<string>): Corpus {
  const keyed = new Set(index.ids);
  const keep = <T extends { id: string }>(list: T[]) => list.filter((r) => !keyed.has(r.id) || pageIds.has(r.id));
  return { ...corpus, people: keep(corpus.people), meetings: keep(corpus.meetings), terms: keep(corpus.terms) };
}
