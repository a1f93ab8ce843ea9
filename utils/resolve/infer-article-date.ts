/**
 * When a page carries no date at all, the text still dates it: a report that says "February 2016"
 * and "September 30" cannot have been written before 1 October 2016. The inferred date is the
 * earliest day consistent with every explicit date in the text, and never after today.
 */
import { earliestDay, nextDay } from '../corpus/partial-date';
import { findDateExpressions, isoOf } from './date-expressions';

/** Today's ISO day as seen in the time zone furthest ahead (UTC+14), so no real "today" is called future. */
export function latestTodayIso(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * Rule:
 * - explicit years after today's year are ignored (plans such as "by 2030" do not date a report);
 * - a day or month without a year ("September 30", "in September") takes the latest explicit year;
 * - a day mentioned means the report is from the day after it at the earliest (it reports the event);
 *   a month or year mentioned means from its first day at the earliest;
 * - the inferred date is the latest of these, capped at today. No explicit year at all: null.
 */
export function inferDateFromText(text: string, now: Date = new Date()): string | null {
  const today = latestTodayIso(now);
  const thisYear = Number(today.slice(0, 4));
  const expressions = findDateExpressions(text);
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
