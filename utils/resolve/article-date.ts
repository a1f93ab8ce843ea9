/**
 * The article's date, read the way an analyst would: publisher metadata first, then what the page
 * shows, then what the text implies. Works on a real DOM and on linkedom's Document alike, so only
 * querySelector(All), getAttribute and textContent are used.
 */
import type { ArticleDate } from '../model/mention';
import { findDateExpressions, isoDayOfMachineDate, isoOf } from './date-expressions';
import { inferDateFromText, latestTodayIso } from './infer-article-date';

export { inferDateFromText } from './infer-article-date';

/** Meta tags that carry the publication time, most specific first. */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date"]',
  'meta[name="dcterms.date"]',
  'meta[name="date"]',
];

/** A publication <time> in the article's header (not any date in the body, which may be an event's). */
const TIME_SELECTORS = [
  'time[pubdate][datetime]',
  '[itemprop="datePublished"][datetime]',
  'article header time[datetime]',
  'header time[datetime]',
  '.byline time[datetime]',
  '.dateline time[datetime]',
];

interface DocumentLike {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  body?: { textContent: string | null } | null;
}

export interface DetectArticleDateOptions {
  /** A date the reader chose (popup, `--date`): used when it is a valid, non-future day. */
  override?: string | null;
  /** The page's extracted text, when the caller already has it (else the body's text is read). */
  text?: string;
  /** For tests: what "today" is. */
  now?: Date;
}

/** A usable day: valid, not in the future, not before 1900. */
export function acceptableDay(day: string | undefined, now: Date = new Date()): day is string {
  return day !== undefined && day >= '1900-01-01' && day <= latestTodayIso(now);
}

export function detectArticleDate(doc: Document | DocumentLike, options: DetectArticleDateOptions = {}): ArticleDate {
  const now = options.now ?? new Date();
  const d = doc as DocumentLike;
  const ok = (day: string | undefined): day is string => acceptableDay(day, now);

  const override = options.override ? isoDayOfMachineDate(options.override) : undefined;
  if (ok(override)) return { date: override, source: 'override' };

  for (const selector of META_SELECTORS) {
    const day = machineDay(d.querySelector(selector)?.getAttribute('content'));
    if (ok(day)) return { date: day, source: 'meta' };
  }

  const jsonLd = jsonLdDate(d, ok);
  if (jsonLd) return { date: jsonLd, source: 'json-ld' };

  for (const selector of TIME_SELECTORS) {
    const el = d.querySelector(selector);
    const day = machineDay(el?.getAttribute('datetime') ?? el?.getAttribute('content'));
    if (ok(day)) return { date: day, source: 'time' };
  }

  const text = options.text ?? d.body?.textContent ?? '';
  const dateline = datelineDay(text);
  if (ok(dateline)) return { date: dateline, source: 'dateline' };

  const inferred = inferDateFromText(text, now);
  if (ok(inferred ?? undefined)) return { date: inferred, source: 'inferred' };
  return { date: null, source: 'none' };
}

function machineDay(value: string | null | undefined): string | undefined {
  return value ? isoDayOfMachineDate(value) : undefined;
}

/** datePublished anywhere in the page's JSON-LD: objects, arrays, @graph, nested mainEntity. */
function jsonLdDate(doc: DocumentLike, ok: (day: string | undefined) => day is string): string | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]?.textContent ?? '');
    } catch {
      continue; // A broken block is the page's problem; the next source may still date it.
    }
    const found = findDatePublished(data, 0);
    const day = typeof found === 'string' ? isoDayOfMachineDate(found) : undefined;
    if (ok(day)) return day;
  }
  return undefined;
}

function findDatePublished(node: unknown, depth: number): string | undefined {
  if (depth > 6 || node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  const value = record.datePublished;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
    const found = findDatePublished(record[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** "date 2023-11-15", "Published: 15 November 2023", "Posted on November 15, 2023". */
const DATELINE = /\b(?:date|dated|published|posted|first published)(?:\s+on)?\s*[:\-\u2013\u2014]?\s*/gi;

function datelineDay(text: string): string | undefined {
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(text); m; m = DATELINE.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const first = findDateExpressions(after)[0];
    if (first && first.start === 0 && first.kind === 'full') return isoOf(first.year!, first.month, first.day);
  }
  return undefined;
}
