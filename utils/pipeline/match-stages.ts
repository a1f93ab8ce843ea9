/**
 * The ways the pipeline recognises forms in a page's text, in the order they run. Each stage adds
 * raw matches (page-text offsets) for the resolver and yields between units of work, so that the
 * content script can give the thread back. A new way of recognising mentions (say, variant-aware
 * names) is one file exporting a MatchStage, and one line in MATCH_STAGES.
 */
import type { Corpus } from '../corpus/schema';
import { nameIndex } from '../dictionary/name-parts';
import type { PageText } from '../extract/page-text';
import type { Matcher } from '../match/compile-matcher';
import { findMatches } from '../match/find-matches';
import { findNameVariants } from '../match/find-name-variants';
import { PageShortForms } from '../match/page-short-forms';
import type { RawMatch } from '../model/dictionary-entry';
import { definedAcronymStage } from './defined-acronyms';
import { runTogetherWordsStage } from './run-together-words';
import { findInPieces, PIECE_CHARS } from './text-pieces';

/** The learnt short forms are one regular expression: cheap enough to run over pieces this long. */
const SHORT_FORM_PIECE_CHARS = 256_000;

export interface MatchStageInput {
  page: PageText;
  matcher: Matcher;
  corpus: Corpus;
  /** Matches found so far (by earlier stages), in page order; a stage appends its own. */
  into: RawMatch[];
  /** A block longer than this is read in pieces of about this size (text-pieces.ts); PIECE_CHARS by default. */
  pieceChars?: number;
}

export interface MatchStage {
  name: string;
  /** Appends matches to `into`; each yield is a point where the caller may pause. */
  run(input: MatchStageInput): Iterable<void>;
}

/** The corpus's names, aliases, labels and role phrases, exactly as the dictionary spells them. */
export const dictionaryStage: MatchStage = {
  name: 'dictionary',
  *run({ page, matcher, into, pieceChars = PIECE_CHARS }) {
    for (let i = 0; i < page.blocks.length; i++) {
      const block = page.blocks[i]?.text ?? '';
      const blockStart = page.blockStarts[i] as number;
      if (block.length > pieceChars) {
        // A very long block (one huge text node): matched a piece at a time (text-pieces.ts).
        for (const found of findInPieces(block, (piece) => findMatches(matcher, piece, [], { anchors: true }), { size: pieceChars })) {
          for (const m of found) into.push({ ...m, start: m.start + blockStart, end: m.end + blockStart });
          yield;
        }
        continue;
      }
      const from = into.length;
      findMatches(matcher, block, into, { anchors: true });
      if (blockStart !== 0) {
        for (let j = from; j < into.length; j++) {
          const m = into[j] as RawMatch;
          m.start += blockStart;
          m.end += blockStart;
        }
      }
      yield;
    }
  },
};

/**
 * People's names as articles write them when no dictionary form does (misspellings, romanisation
 * variants, name order): block by block, beside what the dictionary already found there.
 */
export const nameVariantStage: MatchStage = {
  name: 'name-variants',
  *run({ page, matcher, corpus, into, pieceChars = PIECE_CHARS }) {
    const index = nameIndex(corpus);
    const found: RawMatch[] = [];
    const pageShortForms = new PageShortForms();
    let k = 0;
    for (let i = 0; i < page.blocks.length; i++) {
      const block = page.blocks[i]?.text ?? '';
      const blockStart = page.blockStarts[i] as number;
      const blockEnd = blockStart + block.length;
      while (k < into.length && (into[k] as RawMatch).start < blockStart) k++;
      let j = k;
      while (j < into.length && (into[j] as RawMatch).start < blockEnd) j++;
      // A block without a match holds no anchor: nothing to tokenise. The stage yields every 32
      // blocks of those (a 5 MB page has ~100,000 blocks; a pause point for each cost more than them).
      if (j === k) {
        if ((i & 31) === 31) yield;
        continue;
      }
      const known = into.slice(k, j);
      if (block.length > pieceChars) {
        // A very long block: a piece at a time, each beside the matches it reads (page order, so a range).
        let a = 0;
        const variants = findInPieces(
          block,
          (piece, offset) => {
            const from = blockStart + offset;
            while (a < known.length && (known[a] as RawMatch).start < from) a++;
            let b = a;
            while (b < known.length && (known[b] as RawMatch).start < from + piece.length) b++;
            if (b === a) return [];
            return findNameVariants({ text: piece, index, ordinaryWords: matcher.ordinaryWords, known: known.slice(a, b), base: from });
          },
          { size: pieceChars },
        );
        for (const inPiece of variants) {
          for (const m of inPiece) {
            found.push({ ...m, start: m.start + blockStart, end: m.end + blockStart });
            pageShortForms.learn(m, corpus, blockEnd);
          }
          yield;
        }
        continue;
      }
      for (const m of findNameVariants({ text: block, index, ordinaryWords: matcher.ordinaryWords, known, base: blockStart })) {
        found.push({ ...m, start: m.start + blockStart, end: m.end + blockStart });
        pageShortForms.learn(m, corpus, blockEnd);
      }
      yield;
    }
    // The page's own spellings of short names, after the blocks that taught them: one pass (in
    // pieces on a very long page).
    for (const inPiece of findInPieces(page.text, (piece, offset) => pageShortForms.find(piece, offset), {
      size: Math.max(pieceChars, SHORT_FORM_PIECE_CHARS),
    })) {
      for (const m of inPiece) found.push(m);
      yield;
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of found) into.push(m);
  },
};

export const MATCH_STAGES: readonly MatchStage[] = [dictionaryStage, runTogetherWordsStage, definedAcronymStage, nameVariantStage];
