/**
 * Ordinal meeting references: "the 17th ADMM", "the 10th ADMM-Plus", "the 9th ADMM Retreat",
 * "the tenth ASEAN Defence Ministers' Meeting-Plus" -> the meeting with that series and ordinal.
 * Found by scanning the text (the dictionary cannot list every ordinal form).
 */
import type { Meeting } from '../corpus/schema';
import type { Mention } from '../model/mention';
import { findAnchoredMatches } from './anchored-matches';
import type { ResolverIndex } from './resolver-index';

const WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/** Spelled ordinals, and words that mean the first ("inaugural", "maiden"), as one alternation. */
export const ORDINAL_WORDS = [...WORDS, 'inaugural', 'maiden'].join('|');
const ORDINAL = `(\\d{1,3})(?:st|nd|rd|th)|(${ORDINAL_WORDS})(?:-ever)?`;
const ADMM_LONG = "ASEAN Defen[cs]e Ministers['\u2019]? Meeting";
/** Longest series forms first, so "ADMM-Plus" is not read as "ADMM". */
const SERIES: { pattern: string; series: Meeting['series'] }[] = [
  {
    pattern: `(?:ADMM|${ADMM_LONG})(?:[- ]Plus|\\+)|ASEAN Defen[cs]e Ministers['\u2019]? Expanded Meeting`,
    series: 'ADMM-Plus',
  },
  { pattern: `(?:ADMM|${ADMM_LONG})[- ]Retreat`, series: 'ADMM-Retreat' },
  { pattern: `ADMM|${ADMM_LONG}`, series: 'ADMM' },
];

/** The whole reference: ordinal, spaces, series form; exported for the equivalence test. */
export const ORDINAL_PATTERN = `(?<![\\p{L}\\p{N}])(?:${ORDINAL})\\s+(${SERIES.map((s) => `(${s.pattern})`).join('|')})(?![\\p{L}\\p{N}+-])`;
const REGEX = new RegExp(ORDINAL_PATTERN, 'giu');

/**
 * Where a series form starts. Scanning a whole page with REGEX costs ~90 ms per 5 MB of text
 * (it opens with a look-behind, so the engine tries it at every position); these literal forms
 * are found in a few ms, and REGEX then runs only on a short window around each (issue 9 bench).
 */
const SERIES_START = /ADMM|ASEAN Defen[cs]e Ministers/gi;
/** Longest ordinal ("seventeenth") before the spaces; longest series form plus look-ahead after. */
const BEFORE = 12;
const AFTER = 64;

/** REGEX's matches in `text`, the same as a full scan gives, found from the series forms outwards. */
export function findOrdinalReferences(text: string): RegExpExecArray[] {
  return findAnchoredMatches(text, { anchor: SERIES_START, pattern: REGEX, before: BEFORE, after: AFTER });
}

export function ordinalValue(digits: string | undefined, word: string | undefined): number | undefined {
  if (digits) return Number(digits);
  const w = word?.toLowerCase();
  if (w === 'inaugural' || w === 'maiden') return 1;
  const i = w ? WORDS.indexOf(w) : -1;
  return i >= 0 ? i + 1 : undefined;
}

/**
 * "his first ADMM-Plus", "Ahn's second ADMM", "the first ADMM-Plus for Ahn": the ordinal counts a
 * person's meetings, not the series', so it names no meeting.
 */
export function isPersonalOrdinal(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (/(?:(?<![\p{L}\p{N}])(?:his|her|their|its|my|our|your)|\p{L}(?<!ASEAN)['\u2019]s?)\s+(?:the\s+)?$/iu.test(before)) return true;
  return /^\s+for\s+(?:\p{Lu}|him\b|her\b|them\b)/u.test(text.slice(end, end + 24));
}

export function resolveMeetingOrdinals(text: string, index: ResolverIndex): Mention[] {
  const out: Mention[] = [];
  for (const m of findOrdinalReferences(text)) {
    const ordinal = ordinalValue(m[1], m[2]);
    const which = [m[4], m[5], m[6]].findIndex((g) => g !== undefined);
    const series = SERIES[which]?.series;
    if (ordinal === undefined || !series || isPersonalOrdinal(text, m.index, m.index + m[0].length)) continue;
    const meetings = index.meetingsBySeriesOrdinal.get(`${series}#${ordinal}`) ?? [];
    const first = meetings[0];
    if (!first) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: 'meeting',
      id: first.id,
      name: first.name,
      via: 'ordinal',
      flags: [],
      ...(meetings.length > 1 ? { candidates: meetings.map((x) => x.id) } : {}),
    });
  }
  return out;
}
