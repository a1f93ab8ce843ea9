/**
 * When a page carries no date, the text may still date it, but only from evidence that supports a
 * day (issue 20): a year written next to a day and month, a dateline, a meeting of the corpus that
 * the text reports with its tense and weekday ("the 17th ADMM opened on Wednesday", "will host the
 * 19th ADMM next week"). A year alone, or one that belongs to history, a treaty or a plan, never
 * dates the article. Each piece of evidence is a window of days (date-evidence.ts); the windows are
 * intersected, latest evidence first, and a window that contradicts what is already settled is left
 * out (the report of a past meeting cannot predate it). A narrow result is a date; a wider one is a
 * low-confidence date with its range; anything wider still, or open on one side, is no date.
 */
import { earliestDay, nextDay } from '../corpus/partial-date';
import type { DateConfidence } from '../model/mention';
import { type DateWindow, type MeetingEvidence, meetingWindow, speaksOfHistory, tenseNear } from './date-evidence';
import { type DateExpression, findDateExpressions, isoOf } from './date-expressions';
import { addDays } from './relative-dates';

/** Today's ISO day as seen in the time zone furthest ahead (UTC+14), so no real "today" is called future. */
export function latestTodayIso(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

/** A year-explicit date this close to the start of the text is the report's own (a lead or a dateline). */
export const TOP_CHARS = 300;
/** Widest window still given as a day: medium up to 6 days wide, low up to 16. */
const MEDIUM_WIDTH = 6;
const LOW_WIDTH = 16;

export interface InferredDate {
  date: string | null;
  confidence: DateConfidence;
  /** Plain words: what dated the article. */
  evidence: string;
  range?: { from: string; to: string };
}

export interface InferInput {
  text: string;
  now?: Date;
  /** The page's meeting mentions with their corpus days (from the resolve stage). */
  meetings?: MeetingEvidence[];
  /** A dateline with day and month but no year ("KUALA LUMPUR, Nov 15 —"): the year must come from elsewhere. */
  yearlessDateline?: { month: number; day: number; text: string };
  /** Where explicit dates come from; the hand-written expressions unless a peer is measured. */
  findExpressions?: (text: string) => DateExpression[];
}

const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

interface Settled {
  from: string | null;
  to: string | null;
  fromWindow?: DateWindow;
  toWindow?: DateWindow;
  used: DateWindow[];
}

function narrow(settled: Settled, w: DateWindow): boolean {
  const from = later(settled.from, w.from);
  const to = earlier(settled.to, w.to);
  if (from !== null && to !== null && from > to) return false;
  if (from !== settled.from) settled.fromWindow = w;
  if (to !== settled.to) settled.toWindow = w;
  settled.from = from;
  settled.to = to;
  settled.used.push(w);
  return true;
}

/** The windows explicit, year-bearing dates set: history only bounds, the report's own dates anchor. */
function expressionWindows(
  text: string,
  expressions: DateExpression[],
  today: string,
): { anchors: DateWindow[]; soft: DateWindow[]; bounds: DateWindow[] } {
  const anchors: DateWindow[] = [];
  const soft: DateWindow[] = [];
  const bounds: DateWindow[] = [];
  for (const e of expressions) {
    if (e.kind !== 'full' || e.year === undefined) continue;
    const day = isoOf(e.year, e.month, e.day);
    if (day > today) continue;
    if (speaksOfHistory(text, e.start, e.end)) {
      bounds.push({ from: day, to: null, why: `"${e.text}" (a date in the article's past)` });
      continue;
    }
    const tense = tenseNear(text, e.start, e.end);
    if (tense === 'future') {
      bounds.push({ from: null, to: addDays(day, -1), why: `"${e.text}", announced as coming` });
      continue;
    }
    const window: DateWindow = { from: day, to: addDays(day, 3), why: `"${e.text}" near the top of the text`, afterEvent: true };
    if (e.start < TOP_CHARS) anchors.push(window);
    else soft.push({ ...window, why: `"${e.text}" in the text` });
    bounds.push({ from: day, to: null, why: `"${e.text}"` });
  }
  return { anchors, soft, bounds };
}

/** The year that puts a yearless dateline day in line with the meetings and dates the text reports. */
function datelineWindow(
  input: Required<Pick<InferInput, 'yearlessDateline'>>,
  checks: DateWindow[],
  years: number[],
): DateWindow | undefined {
  const { month, day, text } = input.yearlessDateline;
  const fits = years
    .map((y) => isoOf(y, month, day))
    .filter((d) => earliestDay(d) === d && checks.every((w) => (w.from === null || d >= w.from) && (w.to === null || d <= w.to)));
  const unique = [...new Set(fits)];
  if (unique.length !== 1) return undefined;
  const d = unique[0]!;
  return { from: d, to: d, why: `the dateline "${text}", in the year of the events it reports`, onEvent: true };
}

/**
 * The article's date from its text, or null when the evidence does not settle a day (the result then
 * may still carry a range).
 */
export function inferArticleDate({
  text,
  now = new Date(),
  meetings = [],
  yearlessDateline,
  findExpressions = findDateExpressions,
}: InferInput): InferredDate | null {
  const today = latestTodayIso(now);
  const expressions = findExpressions(text);
  const { anchors, soft, bounds } = expressionWindows(text, expressions, today);
  const meetingWindows = meetings
    .map((m) => meetingWindow(text, m))
    .filter((w): w is DateWindow => w !== undefined && (w.from ?? '') <= today);
  const byLatest = (a: DateWindow, b: DateWindow) => (b.from ?? b.to ?? '').localeCompare(a.from ?? a.to ?? '');
  const settled: Settled = { from: null, to: today, used: [] };
  const highAnchors: DateWindow[] = [];

  if (yearlessDateline) {
    const years = [
      ...new Set([...meetings.map((m) => Number(m.from.slice(0, 4))), ...anchors.concat(soft).map((w) => Number(w.from!.slice(0, 4)))]),
    ];
    const w = datelineWindow({ yearlessDateline }, [...meetingWindows, ...bounds], years);
    if (w && narrow(settled, w)) highAnchors.push(w);
  }
  // The corpus's meetings come before the text's own dates: a report cannot predate a meeting it
  // tells as done, whatever date it opens with. Meetings named with a day or a relative word first.
  const twoSided = meetingWindows.filter((w) => w.from !== null && w.to !== null).sort(byLatest);
  const oneSided = meetingWindows.filter((w) => w.from === null || w.to === null).sort(byLatest);
  for (const w of [...twoSided, ...oneSided]) narrow(settled, w);
  for (const w of [...anchors].sort(byLatest)) if (narrow(settled, w)) highAnchors.push(w);
  for (const w of [...bounds].sort(byLatest)) narrow(settled, w);
  // One full date in the body may pin an open window down, if it fits what is settled.
  if (settled.to === null || settled.from === null || days(settled.from, settled.to) > MEDIUM_WIDTH) {
    for (const w of [...soft].sort(byLatest)) if (narrow(settled, w)) break;
  }

  const { from, to } = settled;
  const evidence = settled.used
    .filter((w) => w.to !== null || w.from !== null)
    .slice(0, 2)
    .map((w) => w.why)
    .join('; ');
  if (from === null || to === null) return null;
  const width = days(from, to);
  const range = { from, to };
  // A window closed only by today says nothing worth showing.
  if (width > LOW_WIDTH) return settled.toWindow ? { date: null, confidence: 'low', evidence, range } : null;
  const date = pickDay(settled);
  const confidence: DateConfidence = highAnchors.length > 0 && width <= 3 ? 'high' : width <= MEDIUM_WIDTH ? 'medium' : 'low';
  return { date, confidence, evidence, ...(width > 0 ? { range } : {}) };
}

/** Reports come the day after what they report, a few days before what they announce. */
function pickDay({ from, to, fromWindow, toWindow }: Settled): string {
  const f = from as string;
  const t = to as string;
  if (fromWindow?.onEvent) return f;
  if (fromWindow?.afterEvent) return nextDay(f) <= t ? nextDay(f) : f;
  if (toWindow?.beforeEvent) return later(addDays(t, -2), f) as string;
  return addDays(f, Math.floor(days(f, t) / 2));
}

/**
 * The earliest day consistent with every explicit date in the text (the inference before issue 20):
 * a lower bound, never a date to trust. Kept for pages whose caller gives no meeting evidence yet
 * (read there `withMonth`: a year alone, or a date that speaks of history, never counts), and returned with low confidence only.
 * - explicit years after today's year are ignored;
 * - a day or month without a year takes the latest explicit year;
 * - a day mentioned means the report is from the day after it at the earliest; a month or year, from its first day.
 */
export function inferDateFromText(
  text: string,
  now: Date = new Date(),
  { withMonth = false }: { withMonth?: boolean } = {},
): string | null {
  const today = latestTodayIso(now);
  const thisYear = Number(today.slice(0, 4));
  // withMonth: a year alone ("the 1982 Convention") or a date of history ("signed on 8 August 1967") is not read.
  const expressions = findDateExpressions(text).filter((e) => !withMonth || (e.kind !== 'year' && !speaksOfHistory(text, e.start, e.end)));
  const years = expressions.filter((e) => e.year !== undefined && e.year <= thisYear).map((e) => e.year as number);
  if (years.length === 0) return null;
  const latestYear = Math.max(...years);
  let earliestPossible: string | undefined;
  for (const e of expressions) {
    const year = e.year ?? latestYear;
    if (year > thisYear) continue;
    const floor = e.day !== undefined ? nextDay(isoOf(year, e.month, e.day)) : earliestDay(isoOf(year, e.month));
    // A yearless day that would lie in the future cannot be what the report meant in that year.
    if (e.year === undefined && floor > nextDay(today)) continue;
    if (!earliestPossible || floor > earliestPossible) earliestPossible = floor;
  }
  if (!earliestPossible) return null;
  return earliestPossible > today ? today : earliestPossible;
}
