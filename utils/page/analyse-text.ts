/**
 * The whole pipeline on extracted text, shared by the content script and `npm run scan`:
 * match every block, resolve (dates, roles, coreference, fact-checks, meetings), attach affixes.
 */
import type { Corpus } from '../corpus/schema';
import { BLOCK_SEPARATOR, type PageText } from '../extract/page-text';
import { attachAffixes } from '../match/attach-affixes';
import type { Matcher } from '../match/compile-matcher';
import type { RawMatch } from '../match/dictionary-entry';
import { findMatches } from '../match/find-matches';
import type { ArticleDate, Mention } from '../match/mention';
import { resolveMentions } from '../resolve/resolve-mentions';

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

export function resolvePage({
  page,
  matches,
  corpus,
  date,
}: {
  page: PageText;
  matches: RawMatch[];
  corpus: Corpus;
  date: ArticleDate;
}): Mention[] {
  const mentions = resolveMentions({ text: page.text, matches, corpus, date }).map((m) => attachAffixes(page.text, m));
  // Affixes may not reach into a neighbouring mention or across a block.
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    if (prev && m.start < prev.end) continue;
    if (page.text.slice(m.start, m.end).includes(BLOCK_SEPARATOR)) continue;
    out.push(m);
  }
  return out;
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
  return resolvePage({ page, matches, corpus, date });
}
