/**
 * The article-date evaluation (issue 20): every fixture under test/fixtures/eval/dates/ has its true
 * publication day in a sidecar `<name>.expected.json`. Each article is dated the way the extension
 * dates it (metadata, dateline, inference from the text and from the corpus meetings it mentions), then
 * scanned twice, on the detected date and on the true one: a `wrong-title` or `not-in-office` flag that
 * only the detected date raises is a false flag. The same set also compares the hand-written date
 * expressions with chrono-node's parser, each feeding the same inference rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { loadBundledCorpus } from '../../utils/corpus/bundled-corpus';
import type { Corpus } from '../../utils/corpus/schema';
import { extractBlocks } from '../../utils/extract/extract-blocks';
import { joinBlocks, type PageText } from '../../utils/extract/page-text';
import type { Matcher } from '../../utils/match/compile-matcher';
import { buildMatcherSnapshot } from '../../utils/match/corpus-matcher';
import { loadMatcherSnapshot } from '../../utils/match/matcher-snapshot';
import type { ArticleDate, Mention } from '../../utils/model/mention';
import { analysePage, analyseText } from '../../utils/pipeline/page-pipeline';
import { detectArticleDate, pageMeetingEvidence } from '../../utils/resolve/article-date';
import { qualifyFactFlags } from '../../utils/resolve/fact-check';
import { englishWords } from '../lib/english-words';
import { looksLikeHtml } from '../lib/scan-source';
import { chronoExpressions, chronoFirstFullDate } from './chrono-expressions';

export const DATE_FIXTURES = 'test/fixtures/eval/dates';
/** "Today" for the evaluation, fixed so that the figures do not drift with the calendar. */
export const EVAL_NOW = new Date('2026-12-01T12:00:00Z');
/** A detected day this close to the true one counts as right. */
export const TOLERANCE_DAYS = 3;

export interface DateFixture {
  name: string;
  source: string;
  expected: string;
}

export function loadDateFixtures(dir = DATE_FIXTURES): DateFixture[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .sort()
    .map((name) => {
      const sidecar = JSON.parse(readFileSync(join(dir, name.replace(/\.[^.]+$/, '.expected.json')), 'utf8')) as { date: string };
      return { name, source: readFileSync(join(dir, name), 'utf8'), expected: sidecar.date };
    });
}

interface ParsedPage {
  document: Document;
  page: PageText;
}

/** As `npm run scan` reads a file: HTML parsed by linkedom, plain text one paragraph per blank-line block. */
function parsePage(fixture: DateFixture): ParsedPage {
  const isHtml = looksLikeHtml(fixture.name, fixture.source);
  const { document } = parseHTML(isHtml ? fixture.source : '<!doctype html><html><head></head><body></body></html>');
  if (!isHtml) {
    for (const para of fixture.source.split(/\n\s*\n/)) {
      const p = document.createElement('p');
      p.textContent = para;
      document.body.appendChild(p);
    }
  }
  return { document: document as unknown as Document, page: joinBlocks(extractBlocks(document)) };
}

let shared: { corpus: Corpus; matcher: Matcher } | undefined;
function pipeline(): { corpus: Corpus; matcher: Matcher } {
  if (!shared) {
    const corpus = loadBundledCorpus();
    shared = { corpus, matcher: loadMatcherSnapshot(buildMatcherSnapshot(corpus, { words: englishWords() })) };
  }
  return shared;
}

const isFactFlag = (type: string) => type === 'wrong-title' || type === 'not-in-office';

function factFlags(mentions: Mention[]): string[] {
  return mentions.flatMap((m) => m.flags.filter((f) => isFactFlag(f.type)).map((f) => `${m.start}:${f.type}:${m.id}`));
}

export interface DateOutcome {
  name: string;
  expected: string;
  date: ArticleDate;
  /** Days between the detected and the true day; null when undated. */
  offBy: number | null;
  /** Title or office flags that the detected date raises and the true date does not. */
  falseFlags: string[];
  /** The same count before qualifyFactFlags (what resolution alone raises on the detected date). */
  unqualified: number;
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

export interface EvalOptions {
  /**
   * Pass the page's meeting mentions to the date stage (what the pipeline should do); false: the text
   * only; 'legacy': no evidence passed at all, as callers not yet wired do (the old guess as fallback).
   */
  withMeetings?: boolean | 'legacy';
  /** The parser of explicit dates: the hand-written expressions, or chrono-node. */
  parser?: 'hand-written' | 'chrono';
}

export function evaluateFixture(fixture: DateFixture, { withMeetings = true, parser = 'hand-written' }: EvalOptions = {}): DateOutcome {
  const { corpus, matcher } = pipeline();
  const { document, page } = parsePage(fixture);
  const findExpressions = parser === 'chrono' ? (text: string) => chronoExpressions(text, EVAL_NOW) : undefined;
  const options = { text: page.text, now: EVAL_NOW, findExpressions };
  // With meetings: the extension's own path, the pipeline dating the page from the meetings its
  // matched forms name (names, aliases, ordinals) between matching and resolution.
  const date =
    withMeetings === true
      ? analysePage({
          page,
          matcher,
          corpus,
          date: ({ matches }) =>
            detectArticleDate(document, { ...options, meetings: pageMeetingEvidence({ text: page.text, matches, corpus }) }),
        }).date
      : detectArticleDate(document, { ...options, meetings: withMeetings === 'legacy' ? undefined : [] });
  // Callers not yet wired pass no meetings and do not qualify flags either: measured as they are.
  return judge(fixture, page, date, withMeetings !== 'legacy');
}

/** chrono-node alone as the page-date guesser (metadata first, then the first full date it reads). */
export function evaluateChronoAlone(fixture: DateFixture): DateOutcome {
  const { document, page } = parsePage(fixture);
  const trusted = detectArticleDate(document, { text: '', now: EVAL_NOW, meetings: [] });
  if (trusted.date) return judge(fixture, page, trusted);
  const day = chronoFirstFullDate(page.text, EVAL_NOW);
  return judge(fixture, page, day ? { date: day, source: 'inferred', confidence: 'medium' } : { date: null, source: 'none' });
}

function judge(fixture: DateFixture, page: PageText, date: ArticleDate, qualify = false): DateOutcome {
  const { corpus, matcher } = pipeline();
  const resolved = date.date ? analyseText({ page, matcher, corpus, date }) : [];
  const onDetected = qualify ? qualifyFactFlags({ mentions: resolved, date, corpus }) : resolved;
  const onTruth = analyseText({ page, matcher, corpus, date: { date: fixture.expected, source: 'override' } });
  const truthFlags = new Set(factFlags(onTruth));
  const falseFlags = factFlags(onDetected).filter((f) => !truthFlags.has(f));
  const unqualified = factFlags(resolved).filter((f) => !truthFlags.has(f)).length;
  const offBy = date.date ? Math.abs(dayNumber(date.date) - dayNumber(fixture.expected)) : null;
  return { name: fixture.name, expected: fixture.expected, date, offBy, falseFlags, unqualified };
}

export interface DateFigures {
  articles: number;
  /** A day claimed (high or medium confidence) within the tolerance. */
  within: number;
  /** No day claimed: no date, or a low-confidence one given with its range. */
  undated: number;
  /** Of the undated, those whose range holds the true day. */
  rangeHolds: number;
  /** A claimed day off by more than the tolerance, or a range without the true day. */
  wrong: number;
  falseFlags: number;
}

const claimsDay = (d: ArticleDate) => d.date !== null && d.confidence !== 'low';

export function outcomeKind(o: DateOutcome): 'within' | 'undated' | 'wrong' {
  const { date } = o;
  if (claimsDay(date)) return (o.offBy ?? Infinity) <= TOLERANCE_DAYS ? 'within' : 'wrong';
  const range = date.range ?? (date.date ? { from: date.date, to: date.date } : undefined);
  if (!range) return 'undated';
  const holds = range.from <= o.expected && o.expected <= range.to;
  const near = o.offBy !== null && o.offBy <= TOLERANCE_DAYS;
  return holds || near ? 'undated' : 'wrong';
}

export function summarise(outcomes: DateOutcome[]): DateFigures {
  const kinds = outcomes.map(outcomeKind);
  return {
    articles: outcomes.length,
    within: kinds.filter((k) => k === 'within').length,
    undated: kinds.filter((k) => k === 'undated').length,
    rangeHolds: outcomes.filter(
      (o, i) => kinds[i] === 'undated' && o.date.range && o.date.range.from <= o.expected && o.expected <= o.date.range.to,
    ).length,
    wrong: kinds.filter((k) => k === 'wrong').length,
    falseFlags: outcomes.reduce((n, o) => n + o.falseFlags.length, 0),
  };
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

export function evaluateDates(fixtures = loadDateFixtures(), options: EvalOptions = {}): { outcomes: DateOutcome[]; figures: DateFigures } {
  const outcomes = fixtures.map((f) => evaluateFixture(f, options));
  return { outcomes, figures: summarise(outcomes) };
}

/**
 * Measured on this set at commit 31c5ed9, before issue 20's rules (the latest date in the text as a lower
 * bound), with the corpus of that commit. The row "no meeting evidence passed" runs the same fallback on
 * today's corpus, whose newly verified roles turn more of those wrong dates into flags.
 */
const BEFORE: DateFigures = { articles: 43, within: 8, undated: 5, rangeHolds: 0, wrong: 30, falseFlags: 18 };

const row = (label: string, f: DateFigures) =>
  `| ${label} | ${pct(f.within, f.articles)} | ${pct(f.undated, f.articles)} | ${pct(f.wrong, f.articles)} | ${f.falseFlags} |`;

/** The printed body of the section (run.ts prints the title). */
export function dateEvalReport(): string {
  const fixtures = loadDateFixtures();
  const { outcomes, figures: f } = evaluateDates(fixtures);
  const byConfidence = (c: string) =>
    outcomes.filter((o) => o.date.date && (o.date.confidence ?? (o.date.source === 'inferred' ? 'low' : 'high')) === c).length;
  const lines = [
    `${f.articles} articles in ${DATE_FIXTURES}, each with its true day in a sidecar; "today" is ${EVAL_NOW.toISOString().slice(0, 10)}.`,
    '',
    '| figure | value | target |',
    '| --- | --- | --- |',
    `| dated within ${TOLERANCE_DAYS} days | ${f.within} (${pct(f.within, f.articles)}) | |`,
    `| left undated (no day claimed; ${f.rangeHolds} with a range holding the true day) | ${f.undated} (${pct(f.undated, f.articles)}) | |`,
    `| dated wrongly | ${f.wrong} (${pct(f.wrong, f.articles)}) | <= 2% |`,
    `| title/office flags only the detected date raises | ${f.falseFlags} (${outcomes.reduce((n, o) => n + o.unqualified, 0)} before qualifyFactFlags) | 0 |`,
    '',
    `Dates given: ${byConfidence('high')} high confidence, ${byConfidence('medium')} medium, ${byConfidence('low')} low (a range, no flag).`,
    '',
    '| date stage | within 3 days | undated | wrong | false flags |',
    '| --- | --- | --- | --- | --- |',
    row('before issue 20 (commit 31c5ed9)', BEFORE),
    row('hand-written expressions + meetings (the rules)', f),
    row('hand-written expressions, text only', evaluateDates(fixtures, { withMeetings: false }).figures),
    row('no meeting evidence passed (old guess kept as fallback)', evaluateDates(fixtures, { withMeetings: 'legacy' }).figures),
    row('chrono-node expressions + meetings', evaluateDates(fixtures, { parser: 'chrono' }).figures),
    row('chrono-node expressions, text only', evaluateDates(fixtures, { parser: 'chrono', withMeetings: false }).figures),
    row('chrono-node alone (first full date)', summarise(fixtures.map(evaluateChronoAlone))),
    '',
  ];
  const misses = outcomes.filter((o) => outcomeKind(o) !== 'within' || o.falseFlags.length > 0);
  if (misses.length > 0) {
    lines.push('Not dated within the tolerance, or a false flag:');
    for (const o of misses) {
      const range = o.date.range ? ` in ${o.date.range.from}..${o.date.range.to}` : '';
      const got = o.date.date ? `${o.date.date}${range} (${o.date.source}, ${o.date.confidence ?? 'high'})` : `undated${range}`;
      const flags = o.falseFlags.length > 0 ? `; false flags: ${o.falseFlags.join(', ')}` : '';
      lines.push(`- ${o.name}: true ${o.expected}, got ${got} [${outcomeKind(o)}]${flags}`);
    }
  }
  return lines.join('\n');
}

/** The section of `npm run eval` (scripts/eval/run.ts). */
export const dateEvalSection = { title: 'Article dates (issue 20)', report: dateEvalReport };
