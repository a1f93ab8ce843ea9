/**
 * The one pipeline over a page's text, shared by the content script and `npm run scan`: every match
 * stage (match-stages.ts), then resolution in chunks of the page (dates, roles, coreference,
 * fact-checks, meetings, affixes). It is a generator: the content script steps through it in time
 * slices, pausing wherever it yields; `analyseText` runs it to the end. Both run the same code, so
 * they cannot disagree.
 */
import type { Corpus } from '../corpus/schema';
import type { PageText } from '../extract/page-text';
import type { Matcher } from '../match/compile-matcher';
import type { RawMatch } from '../model/dictionary-entry';
import type { ArticleDate, Mention } from '../model/mention';
import { type DateTextScans, scanDateText } from './date-text-scans';
import { MATCH_STAGES, type MatchStage } from './match-stages';
import { resolveInChunks } from './resolve-in-chunks';

export interface PipelineInput {
  page: PageText;
  matcher: Matcher;
  corpus: Corpus;
  /**
   * The article's date, or how to find it once the page's forms are matched: the meetings a page
   * reports are evidence of its date (resolve/article-date.ts), so the date is settled between the
   * match stages and resolution. What it reads from the whole text comes found already, in pieces
   * (date-text-scans.ts).
   */
  date: ArticleDate | ((found: { matches: readonly RawMatch[]; scans: DateTextScans }) => ArticleDate);
  /** The match stages to run; the default is all of them. */
  stages?: readonly MatchStage[];
  /** People named in full elsewhere on the page (a rescan of part of it): their short names resolve here too. */
  namedElsewhere?: Iterable<string>;
  /** Longest block matched in one go (a longer one is read in pieces, text-pieces.ts); tests make it small. */
  pieceChars?: number;
  /** Text resolved in one go (resolve-in-chunks.ts); tests make it small. */
  chunkChars?: number;
}

/** One step of the pipeline: the stage that ran, and for resolution the mentions it settled. */
export interface PipelineStep {
  stage: string;
  /** Resolved mentions of one chunk, in page order (page-text offsets); only resolution steps carry them. */
  mentions?: Mention[];
  /** The article's date, on the step that settles it (before the first resolution step). */
  date?: ArticleDate;
}

const byPlace = (a: RawMatch, b: RawMatch) => a.start - b.start || b.end - a.end;

export function* pagePipeline({
  page,
  matcher,
  corpus,
  date,
  stages = MATCH_STAGES,
  namedElsewhere,
  pieceChars,
  chunkChars,
}: PipelineInput): Generator<PipelineStep> {
  const matches: RawMatch[] = [];
  for (const stage of stages) {
    const before = matches.length;
    for (const _ of stage.run({ page, matcher, corpus, into: matches, pieceChars })) yield { stage: stage.name };
    // Later stages append after earlier ones: keep the resolver's input in page order.
    if (before > 0 && matches.length > before) matches.sort(byPlace);
  }
  let articleDate: ArticleDate;
  if (typeof date === 'function') {
    const scanning = scanDateText(page.text, corpus);
    let next = scanning.next();
    for (; !next.done; next = scanning.next()) yield { stage: 'date-text' };
    articleDate = date({ matches, scans: next.value });
  } else articleDate = date;
  yield { stage: 'date', date: articleDate };
  for (const mentions of resolveInChunks({ page, matches, corpus, date: articleDate, namedElsewhere, chunkChars }))
    yield { stage: 'resolve', mentions };
}

/** The whole pipeline at once (the command line, evaluation, tests): the date and every mention in order. */
export function analysePage(input: PipelineInput): { date: ArticleDate; mentions: Mention[] } {
  const mentions: Mention[] = [];
  let date: ArticleDate = { date: null, source: 'none' };
  for (const step of pagePipeline(input)) {
    if (step.date) date = step.date;
    if (step.mentions) for (const m of step.mentions) mentions.push(m);
  }
  return { date, mentions };
}

/** The mentions alone. */
export const analyseText = (input: PipelineInput): Mention[] => analysePage(input).mentions;
