/**
 * Series forms as reports write them, found in the text: a partner series with or without its
 * ordinal ("the 12th ASEAN-China Defence Ministers' Informal Meeting", "U.S.-ASEAN informal
 * meeting", "ASEAN - India Defence Ministers' Informal Meetings"), lists that name several meetings
 * ("the ASEAN-US and ASEAN-Japan informal meetings": two mentions, "ASEAN-US" and "ASEAN-Japan
 * informal meetings"), and the long forms of the ADMM Retreat the dictionary does not list ("ASEAN
 * Defence Ministers' Retreat", "Asean Defence Ministers' Meeting (ADMM) Retreat": the acronym in
 * parentheses does not split the name). Which meeting each one is, is settled in meeting-series.ts.
 */
import type { Meeting } from '../corpus/schema';
import { findAnchoredMatches } from './anchored-matches';
import { ORDINAL_WORDS, ordinalValue } from './meeting-ordinals';
import { PARTNER_SERIES, type ResolverIndex } from './resolver-index';

export interface SeriesReference {
  start: number;
  end: number;
  series: Meeting['series'];
  ordinal?: number;
}

const ASEAN = '(?:ASEAN|Asean|Association of Southeast Asian Nations)';
const DASH = '\\s*[-\u2010-\u2015]\\s*';
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words after the last partner: a meeting of ministers, said so ("informal", "Defence Ministers'"). */
const TAIL = /^\s+((?:(?:defen[cs]e\s+)?ministers['\u2019]?\s+|informal\s+|defen[cs]e\s+)+)(meeting|MEETING)(s?)(?![\p{L}\p{N}])/iu;
const LIST_GAP = /^(?:\s*,\s*(?:and\s+)?|\s*,?\s+and\s+)$/;
const ORDINAL_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(\\d{1,3})(?:st|nd|rd|th)|(${ORDINAL_WORDS}))(?:-ever)?\\s+$`, 'iu');

const itemRegexes = new WeakMap<ResolverIndex, { pattern: RegExp; countries: Map<string, string>; before: number }>();

function itemSearch(index: ResolverIndex) {
  const cached = itemRegexes.get(index);
  if (cached) return cached;
  const countries = new Map<string, string>();
  for (const { form, country } of index.partnerForms) if (PARTNER_SERIES[country] && !countries.has(form)) countries.set(form, country);
  const forms = [...countries.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  const p = forms.length ? `(?:${forms.join('|')})` : '(?!)';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ASEAN}${DASH}(${p})|(${p})${DASH}${ASEAN})(?![\\p{L}\\p{N}])`, 'gu');
  const longest = Math.max(0, ...[...countries.keys()].map((f) => f.length));
  const built = { pattern, countries, before: longest + 8 };
  itemRegexes.set(index, built);
  return built;
}

/** Partner-series references: single, with an ordinal, or a list sharing one tail. */
export function findPartnerSeries(text: string, index: ResolverIndex): SeriesReference[] {
  const { pattern, countries, before } = itemSearch(index);
  const items = findAnchoredMatches(text, {
    // ASEAN next to a dash: most of a page's "ASEAN"s are not, and are passed over without a window.
    anchor: /(?:ASEAN|Asean|Association of Southeast Asian Nations)\s{0,2}[-\u2010-\u2015]|[-\u2010-\u2015]\s{0,2}(?:ASEAN|Asean)/g,
    pattern,
    before,
    after: 'Association of Southeast Asian Nations'.length + before + 8,
  });
  const out: SeriesReference[] = [];
  let i = 0;
  while (i < items.length) {
    // A run of items joined by commas and "and".
    let j = i;
    while (j + 1 < items.length) {
      const a = items[j] as RegExpExecArray;
      const b = items[j + 1] as RegExpExecArray;
      if (!LIST_GAP.test(text.slice(a.index + a[0].length, b.index))) break;
      j++;
    }
    const run = items.slice(i, j + 1);
    i = j + 1;
    const last = run[run.length - 1] as RegExpExecArray;
    const lastEnd = last.index + last[0].length;
    const tail = TAIL.exec(text.slice(lastEnd, lastEnd + 80));
    if (!tail) continue;
    // "the ASEAN-US and ASEAN-Japan informal meeting" would be one joint meeting, not the series'.
    if (run.length > 1 && tail[3] === '') continue;
    const seriesOf = (m: RegExpExecArray) => PARTNER_SERIES[countries.get((m[1] ?? m[2]) as string) as string];
    run.forEach((m, k) => {
      const series = seriesOf(m);
      if (!series) return;
      let start = m.index;
      const end = k === run.length - 1 ? lastEnd + tail[0].length : m.index + m[0].length;
      let ordinal: number | undefined;
      if (run.length === 1) {
        const o = ORDINAL_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
        if (o) {
          ordinal = ordinalValue(o[1], o[2]);
          start -= o[0].length;
        }
      }
      out.push({ start, end, series, ...(ordinal !== undefined ? { ordinal } : {}) });
    });
  }
  return out;
}

const RETREAT = new RegExp(
  `(?<![\\p{L}\\p{N}])${ASEAN}\\s+Defen[cs]e\\s+Ministers['\u2019]?(?:\\s+Meeting)?(?:\\s*\\(ADMM\\))?[-\\s]Retreat(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Long forms of the ADMM Retreat without an ordinal or a year (those are names or ordinals). */
export function findRetreatForms(text: string): SeriesReference[] {
  return findAnchoredMatches(text, { anchor: /Retreat/g, pattern: RETREAT, before: 72, after: 10 })
    .filter((m) => !ORDINAL_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, series: 'ADMM-Retreat' as const }));
}
