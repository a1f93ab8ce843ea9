/** Runs the resolution stage on a sentence with the naive test matcher and the hand-made corpus. */
import type { Corpus } from '../../corpus/schema';
import type { DateSource, Mention } from '../../model/mention';
import { resolveMentions } from '../resolve-mentions';
import { findRawMatches } from './find-raw-matches';
import { handMadeCorpus } from './hand-made-corpus';

export function resolveText(text: string, day: string | null, corpus: Corpus = handMadeCorpus(), source: DateSource = 'meta'): Mention[] {
  return resolveMentions({ text, matches: findRawMatches(text, corpus), corpus, date: { date: day, source: day ? source : 'none' } });
}

/** The mention covering the first occurrence of `phrase` (or undefined). */
export function mentionAt(mentions: Mention[], text: string, phrase: string): Mention | undefined {
  const at = text.indexOf(phrase);
  return mentions.find((m) => m.start <= at && at < m.end);
}
