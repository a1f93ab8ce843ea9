/**
 * Dates in a description, turned into day ranges against the article's date: "last week",
 * "last September", "on November 15", "yesterday", and explicit dates. Ranges are deliberately a
 * little generous ("last week" = the 14 days before the article) because an article's date may
 * itself be inferred, and a meeting must still be found; several fits are listed, never picked.
 */
import { earliestDay, latestDay } from '../corpus/partial-date';
import { findDateExpressions, isoOf, monthNumber } from './date-expressions';

export interface DateCue {
  start: number;
  end: number;
  text: string;
  /** Inclusive ISO day range. */
  from: string;
  to: string;
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

type RelativeRule = { regex: RegExp; range: (m: RegExpExecArray, article: string) => [string, string] | undefined };

const year = (day: string) => Number(day.slice(0, 4));
const month = (day: string) => Number(day.slice(5, 7));
const monthRange = (y: number, m: number): [string, string] => [earliestDay(isoOf(y, m)), latestDay(isoOf(y, m))];
const yearRange = (y: number): [string, string] => [`${y}-01-01`, `${y}-12-31`];

const RULES: RelativeRule[] = [
  { regex: /\byesterday\b/gi, range: (_m, a) => [addDays(a, -1), addDays(a, -1)] },
  { regex: /\b(?:today|this morning|tonight)\b/gi, range: (_m, a) => [a, a] },
  { regex: /\b(?:earlier |later )?this week\b/gi, range: (_m, a) => [addDays(a, -7), addDays(a, 7)] },
  { regex: /\blast week(?:end)?\b/gi, range: (_m, a) => [addDays(a, -14), addDays(a, -1)] },
  { regex: /\bnext week\b/gi, range: (_m, a) => [addDays(a, 1), addDays(a, 14)] },
  { regex: /\b(?:earlier |later )?this month\b/gi, range: (_m, a) => monthRange(year(a), month(a)) },
  { regex: /\blast month\b/gi, range: (_m, a) => (month(a) === 1 ? monthRange(year(a) - 1, 12) : monthRange(year(a), month(a) - 1)) },
  { regex: /\b(?:earlier |later )?this year\b/gi, range: (_m, a) => yearRange(year(a)) },
  { regex: /\blast year\b/gi, range: (_m, a) => yearRange(year(a) - 1) },
  {
    // "last September": the latest September before the article's month.
    regex: new RegExp(`\\blast (${MONTH_NAMES})\\b`, 'g'),
    range: (m, a) => {
      const n = monthNumber(m[1]!)!;
      return monthRange(n < month(a) ? year(a) : year(a) - 1, n);
    },
  },
  {
    regex: /\b(?:on |last )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    range: (m, a) => {
      // The latest such weekday on or before the article's day.
      const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const weekday = new Date(`${a}T00:00:00Z`).getUTCDay();
      const back = (weekday - target + 7) % 7;
      return [addDays(a, -back - (back === 0 ? 7 : 0)), addDays(a, -back)];
    },
  },
];

/** A yearless day or month means its latest occurrence not long after the article (news reports the past). */
function placeYearless(articleDay: string, m: number, d?: number): [string, string] {
  const y = year(articleDay);
  const candidate = d === undefined ? monthRange(y, m)[0] : isoOf(y, m, d);
  const yearToUse = candidate > addDays(articleDay, 31) ? y - 1 : y;
  if (d === undefined) return monthRange(yearToUse, m);
  const day = isoOf(yearToUse, m, d);
  return [day, day];
}

/** Every date cue in the text; relative ones only when the article's day is known. */
export function findDateCues(text: string, articleDay: string | null): DateCue[] {
  const cues: DateCue[] = [];
  if (articleDay) {
    for (const rule of RULES) {
      rule.regex.lastIndex = 0;
      for (let m = rule.regex.exec(text); m; m = rule.regex.exec(text)) {
        const range = rule.range(m, articleDay);
        if (range) cues.push({ start: m.index, end: m.index + m[0].length, text: m[0], from: range[0], to: range[1] });
      }
    }
  }
  for (const e of findDateExpressions(text)) {
    if (cues.some((c) => c.start < e.end && e.start < c.end)) continue; // "last September" already read
    let range: [string, string] | undefined;
    if (e.year !== undefined) {
      const partial = isoOf(e.year, e.month, e.day);
      range = [earliestDay(partial), latestDay(partial)];
    } else if (articleDay && e.month !== undefined) {
      range = placeYearless(articleDay, e.month, e.day);
    }
    if (range) cues.push({ start: e.start, end: e.end, text: e.text, from: range[0], to: range[1] });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** True when two inclusive day ranges share a day. */
export function rangesOverlap(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}
