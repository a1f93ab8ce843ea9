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
import { MATCH_STAGES, type MatchStage } from './match-stages';
import { resolveInChunks } from './resolve-in-chunks';

export interface PipelineInput {
  page: PageText;
  matcher: Matcher;
  corpus: Corpus;
  date: ArticleDate;
  /** The match stages to run; the default is all of them. */
  stages?: readonly MatchStage[];
}

/** One step of the pipeline: the stage that ran, and for resolution the mentions it settled. */
export interface PipelineStep {
  stage: string;
  /** Resolved mentions of one chunk, in page order (page-text offsets); only resolution steps carry them. */
  mentions?: Mention[];
}

const byPlace = (a: RawMatch, b: RawMatch) => a.start - b.start || b.end - a.end;

export function* pagePipeline({ page, matcher, corpus, date, stages = MATCH_STAGES }: PipelineInput): Generator<PipelineStep> {
  const matches: RawMatch[] = [];
  for (const stage of stages) {
    const before = matches.length;
    for (const _ of stage.run({ page, matcher, corpus, into: matches })) yield { stage: stage.name };
    // Later stages append after earlier ones: keep the resolver's input in page order.
    if (before > 0 && matches.length > before) matches.sort(byPlace);
  }
  for (const mentions of resolveInChunks({ page, matches, corpus, date })) yield { stage: 'resolve', mentions };
}

/** The whole pipeline at once (the command line, tests): every mention of the page in order. */
export function analyseText(input: PipelineInput): Mention[] {
  const mentions: Mention[] = [];
  for (const step of pagePipeline(input)) if (step.mentions) for (const m of step.mentions) mentions.push(m);
  return mentions;
}
