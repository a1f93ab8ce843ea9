/**
 * The whole pipeline on extracted text, shared by the content script and `npm run scan`:
 * match every block, resolve (dates, roles, coreference, fact-checks, meetings) in chunks of the
 * page, attach affixes.
 */
import type { Corpus } from '../corpus/schema';
import type { PageText } from '../extract/page-text';
import type { Matcher } from '../match/compile-matcher';
import type { RawMatch } from '../match/dictionary-entry';
import { findMatches } from '../match/find-matches';
import type { ArticleDate, Mention } from '../model/mention';
import { resolveInChunks } from './resolve-in-chunks';

/** Matches of one block, shifted to page-text offsets. */
export function matchBlock(matcher: Matcher, blockText: string, blockStart: number, into: RawMatch[]): void {
  const from = into.length;
  findMatches(matcher, blockText, into);
  if (blockStart === 0) return;
  for (let i = from; i < into.length; i++) {
    const m = into[i] as RawMatch;
    m.start += blockStart;
    m.end += blockStart;
  }
}

export function analyseText({
  page,
  matcher,
  corpus,
  date,
}: {
  page: PageText;
  matcher: Matcher;
  corpus: Corpus;
  date: ArticleDate;
}): Mention[] {
  const matches: RawMatch[] = [];
  page.blocks.forEach((b, i) => {
    matchBlock(matcher, b.text, page.blockStarts[i] as number, matches);
  });
  const mentions: Mention[] = [];
  for (const chunk of resolveInChunks({ page, matches, corpus, date })) for (const m of chunk) mentions.push(m);
  return mentions;
}
