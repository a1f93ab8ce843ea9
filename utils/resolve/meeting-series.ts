/**
 * A series named without its ordinal or year ("the ADMM Retreat", "the ASEAN-US informal meeting",
 * "ASEAN-U.S. Defense Ministers' Informal Meeting") is the one meeting of that series the article
 * reports on: the article's day lies within a few days of exactly one meeting of the series, and
 * the sentence's tense agrees (a future "will" is not a meeting already over). Otherwise a series
 * term stays the term, and a generic form sitting on one record (an alias without year) is
 * dropped rather than shown as a wrong year's meeting. Also drops personal ordinals ("his first
 * ADMM-Plus") that the dictionary matched as a meeting's alias.
 */
import { earliestDay, latestDay } from '../corpus/partial-date';
import type { Meeting } from '../corpus/schema';
import type { Mention } from '../model/mention';
import { isPersonalOrdinal } from './meeting-ordinals';
import { findPartnerSeries, findRetreatForms, type SeriesReference } from './meeting-series-forms';
import { addDays } from './relative-dates';
import { normaliseSeriesForm, type ResolverIndex } from './resolver-index';

/** How far the article's day may be from a meeting it reports on without naming its date. */
const NEAR_DAYS = 3;
const FUTURE = /\b(?:will|shall|to be held|is to|are to|next|upcoming|expected to|set to|scheduled)\b/i;
const PAST =
  /\b(?:was|were|had|held|attended|chaired|co-chaired|hosted|met|joined|yesterday|last|earlier|ago|the day before|a day earlier)\b/i;
const LEADING_ORDINAL = /^(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|inaugural|maiden)\b/i;

interface SeriesInput {
  text: string;
  day: string | null;
  index: ResolverIndex;
  mentions: Mention[];
}

/** The sentence around a span (for its tense), cut at sentence ends and blank lines. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 300);
  const before = text.slice(from, start);
  const cut = Math.max(before.search(/[.!?]\s+[^.!?]*$/), before.lastIndexOf('\n'));
  const after = text.slice(end, end + 300);
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  return text.slice(cut >= 0 ? from + cut + 1 : from, stop >= 0 ? end + stop : end + after.length);
}

const nearCache = new WeakMap<ResolverIndex, Map<string, Meeting[]>>();

/** The series' meetings within NEAR_DAYS of the day (a page asks the same question many times). */
function nearDay(index: ResolverIndex, series: Meeting['series'], day: string): Meeting[] {
  let byKey = nearCache.get(index);
  if (!byKey) {
    byKey = new Map();
    nearCache.set(index, byKey);
  }
  const key = `${series}@${day}`;
  let list = byKey.get(key);
  if (!list) {
    list = (index.meetingsBySeries.get(series) ?? []).filter(
      (m) => day >= addDays(earliestDay(m.start), -NEAR_DAYS) && day <= addDays(latestDay(m.end ?? m.start), NEAR_DAYS),
    );
    if (byKey.size > 500) byKey.clear();
    byKey.set(key, list);
  }
  return list;
}

/**
 * The one meeting of `series` the article's day falls near, tense agreeing; a meeting dated only
 * by its year counts only when the page names it elsewhere (`named`). An ordinal, when given,
 * must not contradict the meeting's own.
 */
export function seriesMeetingNear({
  series,
  day,
  index,
  sentence,
  ordinal,
  named,
}: {
  series: Meeting['series'];
  day: string | null;
  index: ResolverIndex;
  /** The sentence around the form, read only when a meeting is near (for its tense). */
  sentence: () => string;
  ordinal?: number;
  named: Set<string>;
}): Meeting | undefined {
  if (!day) return undefined;
  const near = nearDay(index, series, day).filter(
    (m) => (m.start.length >= 7 || named.has(m.id)) && (ordinal === undefined || m.ordinal === undefined || m.ordinal === ordinal),
  );
  if (near.length === 0) return undefined; // most series forms on most pages: no sentence read
  const text = sentence();
  const future = FUTURE.test(text);
  const past = PAST.test(text);
  const fits = near.filter((m) => {
    if (future && !past && latestDay(m.end ?? m.start) < day) return false;
    if (past && !future && earliestDay(m.start) > day) return false;
    return true;
  });
  return fits.length === 1 ? fits[0] : undefined;
}

const asMeeting = (m: Mention, meeting: Meeting): Mention => {
  const { candidates: _drop, ...rest } = m;
  return { ...rest, kind: 'meeting', id: meeting.id, name: meeting.name };
};

/** The candidate mentions with series forms resolved (or dropped), and the text's own series forms added. */
export function resolveMeetingSeries({ text, day, index, mentions }: SeriesInput): Mention[] {
  // A page repeats its forms: normalise each once.
  const keys = new Map<string, string>();
  const keyOf = (form: string) => {
    let key = keys.get(form);
    if (key === undefined) {
      key = normaliseSeriesForm(form);
      keys.set(form, key);
    }
    return key;
  };
  const genericSeries = (m: Mention) => index.genericSeriesForms.get(keyOf(m.text));
  // Meetings the page names outright (by a dated name, an ordinal or a description).
  const named = new Set(mentions.filter((m) => m.kind === 'meeting' && !genericSeries(m)).map((m) => m.id));
  const near = (series: Meeting['series'], start: number, end: number, ordinal?: number) =>
    seriesMeetingNear({
      series,
      day,
      index,
      sentence: () => sentenceAround(text, start, end),
      named,
      ...(ordinal !== undefined ? { ordinal } : {}),
    });

  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.kind === 'meeting') {
      if (LEADING_ORDINAL.test(m.text) && isPersonalOrdinal(text, m.start, m.end)) {
        // "his first ADMM-Plus": no meeting, but still the series' term.
        const series = index.meetings.get(m.id)?.series;
        const term = series ? index.termOfSeries.get(series) : undefined;
        const cut = LEADING_ORDINAL.exec(m.text)?.[0].length ?? 0;
        const rest = /^(?:-ever)?\s+/.exec(m.text.slice(cut));
        if (term && rest) {
          const start = m.start + cut + rest[0].length;
          const { candidates: _drop, ...base } = m;
          out.push({
            ...base,
            start,
            text: text.slice(start, m.end),
            kind: term.category === 'organisation' ? 'organization' : 'term',
            id: term.id,
            name: term.label,
            via: 'name',
          });
        }
        continue;
      }
      const series = genericSeries(m);
      if (series) {
        const meeting = near(series, m.start, m.end);
        if (meeting) out.push(asMeeting(m, meeting));
        continue;
      }
    } else if (m.kind === 'term' || m.kind === 'organization') {
      const series = index.unnumberedSeriesOfTerm.get(m.id);
      const meeting = series ? near(series, m.start, m.end) : undefined;
      if (meeting) {
        out.push({ ...asMeeting(m, meeting), via: 'description' });
        continue;
      }
    }
    out.push(m);
  }

  const found: SeriesReference[] = [...findPartnerSeries(text, index), ...findRetreatForms(text)];
  for (const r of found) {
    const byOrdinal = r.ordinal !== undefined ? index.meetingsBySeriesOrdinal.get(`${r.series}#${r.ordinal}`) : undefined;
    const meeting = byOrdinal?.length === 1 ? byOrdinal[0] : near(r.series, r.start, r.end, r.ordinal);
    if (!meeting) continue;
    out.push({
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      kind: 'meeting',
      id: meeting.id,
      name: meeting.name,
      via: r.ordinal !== undefined ? 'ordinal' : 'description',
      flags: [],
    });
  }
  return out;
}
