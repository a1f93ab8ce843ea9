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
import { analyseText } from '../../utils/pipeline/page-pipeline';
import { detectArticleDate } from '../../utils/resolve/article-date';
import { looksLikeHtml } from '../lib/scan-source';

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
    shared = { corpus, matcher: loadMatcherSnapshot(buildMatcherSnapshot(corpus)) };
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
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

export function evaluateFixture(fixture: DateFixture): DateOutcome {
  const { corpus, matcher } = pipeline();
  const { document, page } = parsePage(fixture);
  const date = detectArticleDate(document, { text: page.text, now: EVAL_NOW });
  const onDetected = date.date ? analyseText({ page, matcher, corpus, date }) : [];
  const onTruth = analyseText({ page, matcher, corpus, date: { date: fixture.expected, source: 'override' } });
  const truthFlags = new Set(factFlags(onTruth));
  const falseFlags = factFlags(onDetected).filter((f) => !truthFlags.has(f));
  const offBy = date.date ? Math.abs(dayNumber(date.date) - dayNumber(fixture.expected)) : null;
  return { name: fixture.name, expected: fixture.expected, date, offBy, falseFlags };
}

export interface DateFigures {
  articles: number;
  within: number;
  undated: number;
  wrong: number;
  falseFlags: number;
}

export function summarise(outcomes: DateOutcome[]): DateFigures {
  return {
    articles: outcomes.length,
    within: outcomes.filter((o) => o.offBy !== null && o.offBy <= TOLERANCE_DAYS).length,
    undated: outcomes.filter((o) => o.offBy === null).length,
    wrong: outcomes.filter((o) => o.offBy !== null && o.offBy > TOLERANCE_DAYS).length,
    falseFlags: outcomes.reduce((n, o) => n + o.falseFlags.length, 0),
  };
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

export function evaluateDates(fixtures = loadDateFixtures()): { outcomes: DateOutcome[]; figures: DateFigures } {
  const outcomes = fixtures.map(evaluateFixture);
  return { outcomes, figures: summarise(outcomes) };
}

/** The printed section of `npm run eval`. */
export function dateEvalSection(): string {
  const { outcomes, figures: f } = evaluateDates();
  const lines = [
    `## Article dates (${f.articles} articles in ${DATE_FIXTURES})`,
    '',
    '| figure | value | target |',
    '| --- | --- | --- |',
    `| dated within ${TOLERANCE_DAYS} days | ${f.within} (${pct(f.within, f.articles)}) | |`,
    `| left undated | ${f.undated} (${pct(f.undated, f.articles)}) | |`,
    `| dated wrongly | ${f.wrong} (${pct(f.wrong, f.articles)}) | <= 2% |`,
    `| title/office flags only the detected date raises | ${f.falseFlags} | 0 |`,
    '',
  ];
  const misses = outcomes.filter((o) => o.offBy === null || o.offBy > TOLERANCE_DAYS || o.falseFlags.length > 0);
  if (misses.length > 0) {
    lines.push('Not dated within the tolerance, or a false flag:');
    for (const o of misses) {
      const got = o.date.date ? `${o.date.date} (${o.date.source}, off by ${o.offBy} days)` : 'undated';
      const flags = o.falseFlags.length > 0 ? `; false flags: ${o.falseFlags.join(', ')}` : '';
      lines.push(`- ${o.name}: true ${o.expected}, got ${got}${flags}`);
    }
  }
  return lines.join('\n');
}
