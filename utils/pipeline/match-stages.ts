/**
 * The ways the pipeline recognises forms in a page's text, in the order they run. Each stage adds
 * raw matches (page-text offsets) for the resolver and yields between units of work, so that the
 * content script can give the thread back. A new way of recognising mentions (say, variant-aware
 * names) is one file exporting a MatchStage, and one line in MATCH_STAGES.
 */
import type { Corpus } from '../corpus/schema';
import type { PageText } from '../extract/page-text';
import type { Matcher } from '../match/compile-matcher';
import { findMatches } from '../match/find-matches';
import type { RawMatch } from '../model/dictionary-entry';

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
      findMatches(matcher, block, into);
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

export const MATCH_STAGES: readonly MatchStage[] = [dictionaryStage];
