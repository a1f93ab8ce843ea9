/**
 * The article's date, read the way an analyst would: publisher metadata first, then what the page
 * shows, then what the text implies. Works on a real DOM and on linkedom's Document alike, so only
 * querySelector(All), getAttribute and textContent are used.
 */
import { earliestDay, latestDay } from '../corpus/partial-date';
import type { Corpus } from '../corpus/schema';
import type { RawMatch } from '../model/dictionary-entry';
import type { ArticleDate, Mention } from '../model/mention';
import type { MeetingEvidence } from './date-evidence';
import { type DateExpression, findDateExpressions, isoDayOfMachineDate, isoOf, monthNumber } from './date-expressions';
import { inferArticleDate, inferDateFromText, latestTodayIso } from './infer-article-date';
import { resolveMeetingOrdinals } from './meeting-ordinals';
import { resolverIndex } from './resolver-index';

export type { MeetingEvidence } from './date-evidence';
export { inferArticleDate, inferDateFromText } from './infer-article-date';

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
  /**
   * The corpus meetings the page mentions (`meetingEvidence`), which date a report by their tense.
   * Without it (a caller not yet passing it) the text alone dates the page, and an old-style guess
   * from the latest year in the text is kept as a low-confidence fallback.
   */
  meetings?: MeetingEvidence[];
  /** Where explicit dates in the text come from (the hand-written expressions unless a peer is measured). */
  findExpressions?: (text: string) => DateExpression[];
  /** The day of the text's first "Published …" dateline, when the caller found it already (a long page, in pieces). */
  dateline?: string | undefined;
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
  const dateline = ('dateline' in options ? options.dateline : datelineDay(text)) ?? placeDatelineDay(text);
  if (ok(dateline)) return { date: dateline, source: 'dateline' };

  const inferred = inferArticleDate({
    text,
    now,
    meetings: options.meetings,
    yearlessDateline: yearlessDateline(text),
    findExpressions: options.findExpressions,
  });
  if (inferred?.date && ok(inferred.date)) {
    const { date, confidence, evidence, range } = inferred;
    return { date, source: 'inferred', confidence, evidence, ...(range ? { range } : {}) };
  }
  if (options.meetings === undefined) {
    // Transitional: the caller gave no meeting evidence, so the old lower bound stands in, as a guess.
    const guess = inferDateFromText(text, now, { withMonth: true });
    if (ok(guess ?? undefined))
      return { date: guess, source: 'inferred', confidence: 'low', evidence: 'no earlier than the latest date written in the text' };
  }
  return { date: null, source: 'none', ...(inferred?.range ? { range: inferred.range, evidence: inferred.evidence } : {}) };
}

/** The page's meeting mentions with the days the corpus gives them. */
export function meetingEvidence(mentions: readonly Mention[], corpus: Pick<Corpus, 'meetings'>): MeetingEvidence[] {
  const byId = new Map(corpus.meetings.map((m) => [m.id, m]));
  const out: MeetingEvidence[] = [];
  for (const mention of mentions) {
    // A mention that fits several meetings does not say which year it was; a description ("the
    // ASEAN-US meeting in Laos") is matched by place and partner, too loosely to date a page.
    if (mention.kind !== 'meeting' || mention.candidates || mention.via === 'description') continue;
    const meeting = byId.get(mention.id);
    if (!meeting) continue;
    out.push({
      start: mention.start,
      end: mention.end,
      name: meeting.name,
      from: earliestDay(meeting.start),
      to: latestDay(meeting.end ?? meeting.start),
    });
  }
  return out;
}

/**
 * The meetings a page names without needing its date: names and aliases among the raw matches (one
 * meeting per form) and ordinals ("the 17th ADMM"). For a caller that must date the page before
 * resolving it; meeting descriptions ("held last week in Hawaii") need the date, so they are not here.
 */
export function pageMeetingEvidence({
  text,
  matches,
  corpus,
  ordinals,
}: {
  text: string;
  matches: readonly RawMatch[];
  corpus: Corpus;
  /** The text's meeting ordinals, when the caller found them already (a long page, in pieces). */
  ordinals?: Mention[];
}): MeetingEvidence[] {
  const named: Mention[] = [];
  for (const m of matches) {
    const targets = [
      ...new Set(m.entries.filter((e) => e.kind === 'meeting' && (e.via === 'name' || e.via === 'alias')).map((e) => e.target)),
    ];
    if (targets.length !== 1) continue;
    named.push({ start: m.start, end: m.end, text: m.text, kind: 'meeting', id: targets[0]!, name: m.text, via: 'name', flags: [] });
  }
  ordinals ??= resolveMeetingOrdinals(text, resolverIndex(corpus));
  const all = [...ordinals, ...named.filter((n) => !ordinals.some((o) => o.start < n.end && n.start < o.end))];
  return meetingEvidence(
    all.sort((a, b) => a.start - b.start),
    corpus,
  );
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

export function datelineDay(text: string): string | undefined {
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(text); m; m = DATELINE.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const first = findDateExpressions(after)[0];
    if (first && first.start === 0 && first.kind === 'full') return isoOf(first.year!, first.month, first.day);
  }
  return undefined;
}

const DATELINE_PLACE = "(?:^|\\n)[ \\t]*[A-Z][A-Z .'\u2019-]{2,30}(?:, [A-Z][A-Za-z .'\u2019-]{2,30})?,[ \\t]+";
const DATELINE_END = '(?:[ \\t]*\\([^)\\n]{1,30}\\))?[ \\t]*(?:[-\u2013\u2014:]|--)';

/** "SINGAPORE, 20 October 2018 \u2014": a place in capitals, a full date, a dash, at a block's start. */
function placeDatelineDay(text: string): string | undefined {
  const head = text.slice(0, 2000);
  const re = new RegExp(`${DATELINE_PLACE}(.{6,24}?)${DATELINE_END}`, 'g');
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const e = findDateExpressions(m[1]!)[0];
    if (e && e.kind === 'full' && e.start === 0 && e.end === m[1]!.trimEnd().length) return isoOf(e.year!, e.month, e.day);
  }
  return undefined;
}

/** "KUALA LUMPUR, Nov 15 \u2014", "PENANG, Feb 26 (Bernama) --": the day and month of a yearless dateline. */
function yearlessDateline(text: string): { month: number; day: number; text: string } | undefined {
  const head = text.slice(0, 2000);
  const re = new RegExp(`${DATELINE_PLACE}([A-Z][a-z]{2,8}\\.? \\d{1,2}|\\d{1,2} [A-Z][a-z]{2,8}\\.?)${DATELINE_END}`, 'g');
  const m = re.exec(head);
  if (!m) return undefined;
  const parts = m[1]!.replace('.', '').split(' ');
  const [month, day] = /^\d/.test(parts[0]!) ? [monthNumber(parts[1]!), Number(parts[0])] : [monthNumber(parts[0]!), Number(parts[1])];
  if (!month || day < 1 || day > 31) return undefined;
  return { month, day, text: m[0].trim() };
}
