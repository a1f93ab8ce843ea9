/**
 * The day a reader's date override names (the popup's `page/set-date`, issue 21): a strict
 * `YYYY-MM-DD` that is a real calendar day, not before 1900 and not after today anywhere on Earth
 * (as `acceptableDay` in article-date.ts). `null` asks for the detected date again. Anything else
 * (2023-02-30, a future day, a time, a number) is refused: undefined, and the page keeps its date.
 * Its own small module: the first pass's script answers page requests and carries it.
 */
import { isPartialDate } from '../corpus/partial-date';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function overrideDay(value: unknown, now: Date = new Date()): string | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'string' || !DAY.test(value) || !isPartialDate(value)) return undefined;
  // Today in the time zone furthest ahead (UTC+14), as infer-article-date.ts's latestTodayIso.
  const latest = new Date(now.getTime() + 14 * 3600 * 1000).toISOString().slice(0, 10);
  return value >= '1900-01-01' && value <= latest ? value : undefined;
}
