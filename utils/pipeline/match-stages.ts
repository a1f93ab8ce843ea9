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

export interface MatchStageInput {
  page: PageText;
  matcher: Matcher;
  corpus: Corpus;
  /** Matches found so far (by earlier stages), in page order; a stage appends its own. */
  into: RawMatch[];
}

export interface MatchStage {
  name: string;
  /** Appends matches to `into`; each yield is a point where the caller may pause. */
  run(input: MatchStageInput): Iterable<void>;
}

/** The corpus's names, aliases, labels and role phrases, exactly as the dictionary spells them. */
export const dictionaryStage: MatchStage = {
  name: 'dictionary',
  *run({ page, matcher, into }) {
    for (let i = 0; i < page.blocks.length; i++) {
      const block = page.blocks[i]?.text ?? '';
      const blockStart = page.blockStarts[i] as number;
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
  *run({ page, matcher, corpus, into }) {
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
      for (const m of findNameVariants({ text: block, index, ordinaryWords: matcher.ordinaryWords, known, base: blockStart })) {
        found.push({ ...m, start: m.start + blockStart, end: m.end + blockStart });
        pageShortForms.learn(m, corpus, blockEnd);
      }
      yield;
    }
    // The page's own spellings of short names, after the blocks that taught them: one pass.
    for (const m of pageShortForms.find(page.text)) found.push(m);
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of found) into.push(m);
  },
};

export const MATCH_STAGES: readonly MatchStage[] = [dictionaryStage, runTogetherWordsStage, definedAcronymStage, nameVariantStage];
