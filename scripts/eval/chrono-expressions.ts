/**
 * chrono-node, the natural-language date parser, as a source of explicit dates for the same
 * inference rules (issue 20's comparison). Only what chrono reads with certainty is kept: a day
 * and month (with the year when it is written), or a month and year; relative words ("on Tuesday",
 * "last week") are the inference's job, against evidence, not against "today".
 */
import * as chrono from 'chrono-node/en';
import type { DateExpression } from '../../utils/resolve/date-expressions';

export function chronoExpressions(text: string, reference: Date): DateExpression[] {
  const out: DateExpression[] = [];
  for (const r of chrono.parse(text, reference)) {
    // "today", "a day after": chrono fills them in from the reference day; only written dates count here.
    if (!/\d/.test(r.text)) continue;
    const c = r.start;
    const year = c.isCertain('year') ? (c.get('year') ?? undefined) : undefined;
    const month = c.isCertain('month') ? (c.get('month') ?? undefined) : undefined;
    const day = c.isCertain('day') ? (c.get('day') ?? undefined) : undefined;
    if (month === undefined) continue;
    const kind = day !== undefined ? (year !== undefined ? 'full' : 'month-day') : year !== undefined ? 'month-year' : 'month';
    out.push({ start: r.index, end: r.index + r.text.length, text: r.text, kind, year, month, day });
  }
  return out;
}

/** chrono used on its own, as a page-date guesser: the first date it reads in full. */
export function chronoFirstFullDate(text: string, reference: Date): string | null {
  const full = chronoExpressions(text, reference).find((e) => e.kind === 'full');
  if (!full) return null;
  return `${full.year}-${String(full.month).padStart(2, '0')}-${String(full.day).padStart(2, '0')}`;
}
