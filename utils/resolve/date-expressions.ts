/**
 * Explicit dates written in running text ("15 November 2023", "November 15, 2023", "2023-11-15",
 * "February 2016", "September 30", "in September", "2016"), found by position. Other stages decide
 * what a date without a year means (inference of the article's date, relative dates in descriptions).
 */
import { isPartialDate } from '../corpus/partial-date';

export type DateExpressionKind = 'full' | 'month-day' | 'month-year' | 'month' | 'year';

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  kind: DateExpressionKind;
  year?: number;
  /** 1-12 */
  month?: number;
  day?: number;
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Capitalised month names only: "may" and "march" in lower case are verbs far more often. */
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const END = '(?![\\p{L}\\p{N}])';
const START = '(?<![\\p{L}\\p{N}])';

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.replace(/\.$/, '').toLowerCase()];
}

interface Pattern {
  regex: RegExp;
  kind: DateExpressionKind;
  read: (m: RegExpExecArray) => { year?: number; month?: number; day?: number };
}

const PATTERNS: Pattern[] = [
  {
    regex: new RegExp(`${START}${YEAR}-(\\d{2})-(\\d{2})${END}`, 'gu'),
    kind: 'full',
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    regex: new RegExp(`${START}${DAY} (?:of )?${MONTH},? ${YEAR}${END}`, 'gu'),
    kind: 'full',
    read: (m) => ({ day: Number(m[1]), month: monthNumber(m[2]!), year: Number(m[3]) }),
  },
  {
    regex: new RegExp(`${START}${MONTH} ${DAY},? ${YEAR}${END}`, 'gu'),
    kind: 'full',
    read: (m) => ({ month: monthNumber(m[1]!), day: Number(m[2]), year: Number(m[3]) }),
  },
  {
    regex: new RegExp(`${START}${MONTH},? ${YEAR}${END}`, 'gu'),
    kind: 'month-year',
    read: (m) => ({ month: monthNumber(m[1]!), year: Number(m[2]) }),
  },
  {
    regex: new RegExp(`${START}${DAY} (?:of )?${MONTH}${END}`, 'gu'),
    kind: 'month-day',
    read: (m) => ({ day: Number(m[1]), month: monthNumber(m[2]!) }),
  },
  {
    regex: new RegExp(`${START}${MONTH} ${DAY}${END}(?!,\\d)`, 'gu'),
    kind: 'month-day',
    read: (m) => ({ month: monthNumber(m[1]!), day: Number(m[2]) }),
  },
  {
    // A month alone only after a word that makes it a date ("in September", "last September").
    regex: new RegExp(
      `(?<=\\b(?:[Ii]n|[Ll]ast|[Tt]his|[Nn]ext|[Ss]ince|[Uu]ntil|[Ee]arly|[Mm]id|[Ll]ate|[Oo]f|[Ff]rom|[Bb]y|[Ee]nd of|[Ss]tart of) )${MONTH}${END}`,
      'gu',
    ),
    kind: 'month',
    read: (m) => ({ month: monthNumber(m[1]!) }),
  },
  {
    // A bare year, but not a count ("2,016 troops", "2016.5", "$2016").
    regex: new RegExp(`(?<![\\p{L}\\p{N}$.,-])${YEAR}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'gu'),
    kind: 'year',
    read: (m) => ({ year: Number(m[1]) }),
  },
];

function isValid(e: { year?: number; month?: number; day?: number }): boolean {
  if (e.month !== undefined && (e.month < 1 || e.month > 12)) return false;
  if (e.day !== undefined && (e.day < 1 || e.day > 31)) return false;
  if (e.year !== undefined && e.month !== undefined && e.day !== undefined) return isPartialDate(isoOf(e.year, e.month, e.day));
  // Without a year, allow 29 February (a leap year may be meant).
  if (e.month !== undefined && e.day !== undefined) return isPartialDate(isoOf(2000, e.month, e.day));
  return true;
}

export function isoOf(year: number, month?: number, day?: number): string {
  const y = String(year).padStart(4, '0');
  if (month === undefined) return y;
  const m = `${y}-${String(month).padStart(2, '0')}`;
  return day === undefined ? m : `${m}-${String(day).padStart(2, '0')}`;
}

/** All explicit dates in the text, in order, without overlaps (the most complete reading wins). */
export function findDateExpressions(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  PATTERNS.forEach((pattern) => {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
      const parts = pattern.read(m);
      if (!isValid(parts)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: pattern.kind, ...parts });
    }
  });
  // Longer first at the same place; patterns are listed most complete first.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateExpression[] = [];
  let reach = -1;
  for (const e of found) {
    if (e.start < reach) continue;
    kept.push(e);
    reach = e.end;
  }
  return kept;
}

/** The ISO day in a machine date ("2023-11-15T18:30:00+07:00" -> "2023-11-15", as the publisher wrote it). */
export function isoDayOfMachineDate(value: string): string | undefined {
  const v = value.trim();
  const iso = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:$|[T\s])/.exec(v);
  if (iso) {
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return isPartialDate(day) ? day : undefined;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(v);
  if (compact) {
    const day = `${compact[1]}-${compact[2]}-${compact[3]}`;
    return isPartialDate(day) ? day : undefined;
  }
  // "Wed, 15 Nov 2023 11:30:00 GMT" and "November 15, 2023": read as text.
  const full = findDateExpressions(v).find((e) => e.kind === 'full');
  return full ? isoOf(full.year!, full.month, full.day) : undefined;
}
