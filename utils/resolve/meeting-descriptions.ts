/**
 * Meetings described rather than named: "The ASEAN-US Defense Ministers' Informal Meeting held last
 * week in Hawaii", "an informal meeting on November 15 ... within the framework of the 17th ADMM".
 * Each meeting word ("meeting", "summit", "talks"...) is read with the cues in its clause:
 * - partner: ASEAN and a partner country in the clause ("ASEAN-US", "ASEAN member states and Japan");
 * - date: explicit or relative to the article's date ("last week", "on November 15");
 * - place: "in Hawaii", "in Jakarta";
 * - framework: "within the framework of / on the sidelines of / alongside the 17th ADMM";
 * - "informal" (a preference among fits, not a filter: not every record's name says it).
 * A description needs a partner or "informal", plus a date, place or framework; every cue present
 * must fit. One fit -> that meeting; several -> `candidates` (nearest the article's date first),
 * led by the fit the page last spoke of, if any: "the informal meeting in Jakarta" in a caption
 * means the ASEAN-Japan meeting the story described above, not another held there that week.
 */
import { earliestDay, latestDay } from '../corpus/partial-date';
import type { Meeting } from '../corpus/schema';
import type { Mention } from '../model/mention';
import { findAnchoredMatches } from './anchored-matches';
import { addDays, type DateCue, findDateCues, rangesOverlap } from './relative-dates';
import { PARTNER_SERIES, type PlaceForm, type ResolverIndex } from './resolver-index';

const HEAD = /(?<![\p{L}\p{N}])(?:(informal)\s+)?(meeting|summit|retreat|talks|dialogue|consultations?)(?![\p{L}\p{N}])/giu;
/** HEAD's meeting words alone, case folded as HEAD folds them. */
const HEAD_WORD = /meeting|summit|retreat|talks|dialogue|consultation/giu;
export const HEAD_PATTERN = HEAD.source;
const NOUN_PHRASE_WORD =
  /^(?:\p{Lu}[\p{L}\p{N}.'\u2019+-]*|informal|defen[cs]e|ministers['\u2019]?|ministerial|annual|special|leaders['\u2019]?|security)$/u;
const DETERMINER = /^(?:The|An|A|This|That|the|an|a)$/;
const CHAIN_GAP =
  /^[\s,]*(?:(?:which|that)\s+(?:was|were|is)\s+)?(?:(?:held|convened|hosted|organi[sz]ed|took place|taking place|to be held)\s+)?(?:(?:on|in|at)\s+(?:the\s+)?)?$/i;
const FRAMEWORK =
  /(?:within the framework of|in the framework of|on the sidelines of|on the margins? of|alongside|in conjunction with|ahead of|during|as part of|at)\s+(?:the\s+)?$/i;
const MAX_CANDIDATES = 6;
/** The ADMM named right before a "Retreat" head ("ADMM Retreat", "ASEAN Defence Ministers' Meeting (ADMM) Retreat"). */
const ADMM_BEFORE = /(?:ADMM|ASEAN Defen[cs]e Ministers['\u2019]?(?:\s+Meeting)?(?:\s*\(ADMM\))?)[-\s]$/i;
/** How far a sentence is looked for on each side of a meeting word. */
const SENTENCE_REACH = 600;

interface DescriptionInput {
  text: string;
  day: string | null;
  index: ResolverIndex;
  /** Meeting mentions already found (ordinals, names), for framework cues. */
  meetingMentions: Mention[];
}

interface PlaceCue {
  start: number;
  end: number;
  place: PlaceForm;
}

export function resolveMeetingDescriptions({ text, day, index, meetingMentions }: DescriptionInput): Mention[] {
  const heads = findHeads(text);
  const out: Mention[] = [];
  const aseans = positions(text, /ASEAN/g);
  const informals = positions(text, /informal/gi);
  heads.forEach((head, i) => {
    const headStart = head.index;
    const headEnd = head.index + head[0].length;
    // Most meeting words have no cue at all: skip them before the costly sentence search. The
    // clause lies within sentenceBounds' reach and "informal" is looked for in the 60 characters
    // before the head, so with neither string near, there is no partner and no "informal".
    // "the ADMM Retreat in Ha Noi in February": the series is named, so no partner is needed.
    const series = head[2]?.toLowerCase() === 'retreat' && ADMM_BEFORE.test(text.slice(Math.max(0, headStart - 70), headStart));
    if (
      !series &&
      head[1] === undefined &&
      !near(informals, headStart - 60 - 8, headStart) &&
      !near(aseans, headStart - SENTENCE_REACH, headStart + SENTENCE_REACH)
    )
      return;
    const [sentenceStart, sentenceEnd] = sentenceBounds(text, headStart);
    const prevHead = heads[i - 1];
    const nextHead = heads[i + 1];
    const clauseStart = Math.max(sentenceStart, prevHead ? prevHead.index + prevHead[0].length : 0);
    const clauseEnd = Math.min(sentenceEnd, nextHead ? nextHead.index : text.length);
    const clause = text.slice(clauseStart, clauseEnd);

    const partners = partnerCues(clause, index);
    const informal = head[1] !== undefined || /\binformal\b/i.test(text.slice(Math.max(clauseStart, headStart - 60), headStart));
    if (partners.length === 0 && !informal && !series) return;
    const start = nounPhraseStart(text, headStart, clauseStart);
    // Dates and places count only when attached to this head ("Meeting held last week in Hawaii",
    // "last week's meeting"): a sentence often dates several events, as in "the summit at
    // Sunnylands in February 2016, and the Summit in Laos in September".
    const allDates = findDateCues(clause, day).map((c) => shift(c, clauseStart));
    const allPlaces = placeCues(clause, index).map((c) => shift(c, clauseStart));
    const end = chainEnd(text, headEnd, clauseEnd, [...allDates, ...allPlaces]);
    const attached = (c: { start: number; end: number }) =>
      (c.start >= headEnd && c.end <= end) || (c.end <= headStart && c.end >= start - 3);
    const dates = allDates.filter(attached);
    const places = allPlaces.filter(attached);
    const frameworks = meetingMentions.filter(
      (m) => m.start >= clauseStart && m.end <= clauseEnd && FRAMEWORK.test(text.slice(Math.max(clauseStart, m.start - 40), m.start)),
    );
    if (dates.length === 0 && places.length === 0 && frameworks.length === 0) return;

    const fits = preferLastSpokenOf(candidateMeetings({ index, partners, dates, places, frameworks, informal, day, series }), start, [
      ...meetingMentions,
      ...out,
    ]);
    if (fits.length === 0 || fits.length > MAX_CANDIDATES) return;

    const first = fits[0]!;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      kind: 'meeting',
      id: first.id,
      name: first.name,
      via: 'description',
      flags: [],
      ...(fits.length > 1 ? { candidates: fits.map((m) => m.id) } : {}),
    });
  });
  return out;
}

/** `fits` with the one most recently mentioned before `start` (by name, ordinal or description) first. */
function preferLastSpokenOf(fits: Meeting[], start: number, mentions: readonly Mention[]): Meeting[] {
  if (fits.length < 2) return fits;
  let last: Mention | undefined;
  for (const m of mentions) {
    if (m.end > start || (last && m.start < last.start)) continue;
    if (fits.some((f) => f.id === m.id)) last = m;
  }
  if (!last) return fits;
  const lastId = last.id;
  return [...fits.filter((f) => f.id === lastId), ...fits.filter((f) => f.id !== lastId)];
}

/** HEAD's matches, the same as a full scan gives, found from the bare meeting words outwards. */
export function findHeads(text: string): RegExpExecArray[] {
  return findAnchoredMatches(text, { anchor: HEAD_WORD, pattern: HEAD, before: 'informal'.length, after: 'consultations'.length + 1 });
}

/** Where a literal occurs (a literal pattern is scanned fast, unlike a pattern opening with a look-behind). */
function positions(text: string, literal: RegExp): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(literal)) out.push(m.index);
  return out;
}

/** Whether a sorted position list has one in [from, to). */
function near(sorted: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && (sorted[lo] as number) < to;
}

function shift<T extends { start: number; end: number }>(cue: T, by: number): T {
  return { ...cue, start: cue.start + by, end: cue.end + by };
}

/** A sentence around `pos`: stops at ". " before a capital, but not after "U.S." or "Dr.", and at blank lines
 * (block boundaries); a single line break is only wrapped text. */
function sentenceBounds(text: string, pos: number): [number, number] {
  const boundary =
    /(?<!\b\p{Lu})(?<!\b(?:Dr|Mr|Ms|Mrs|Gen|Lt|Col|Adm|Prof|St|No))[.!?]["'\u201d\u2019]?\s+(?=["'\u201c\u2018]?\p{Lu})|\n\s*\n/gu;
  let start = Math.max(0, pos - SENTENCE_REACH);
  const windowEnd = Math.min(text.length, pos + SENTENCE_REACH);
  boundary.lastIndex = start;
  let end = windowEnd;
  for (let m = boundary.exec(text); m && m.index < windowEnd; m = boundary.exec(text)) {
    const after = m.index + m[0].length;
    if (after <= pos) start = after;
    else {
      end = m.index + 1;
      break;
    }
  }
  return [start, end];
}

/** Partner countries named with ASEAN in the clause ("ASEAN-US", "ASEAN ... and Japan"). */
function partnerCues(clause: string, index: ResolverIndex): string[] {
  if (!/(?<![\p{L}\p{N}])ASEAN(?![\p{L}\p{N}])/u.test(clause)) return [];
  const found = new Set<string>();
  for (const { form, country } of index.partnerForms) {
    if (found.has(country)) continue;
    if (containsWord(clause, form)) found.add(country);
  }
  return [...found];
}

function containsWord(haystack: string, needle: string): boolean {
  let from = 0;
  for (let i = haystack.indexOf(needle, from); i >= 0; i = haystack.indexOf(needle, from)) {
    const before = haystack[i - 1];
    const after = haystack[i + needle.length];
    const wordChar = /[\p{L}\p{N}]/u;
    // "U.S." ends in a dot; a following letter would still make it another word.
    if ((before === undefined || !wordChar.test(before)) && (after === undefined || !wordChar.test(after))) return true;
    from = i + 1;
  }
  return false;
}

function placeCues(clause: string, index: ResolverIndex): PlaceCue[] {
  const cues: PlaceCue[] = [];
  const intro = /(?<![\p{L}\p{N}])(?:in|at)\s+(?:the\s+)?/gu;
  for (let m = intro.exec(clause); m; m = intro.exec(clause)) {
    const at = m.index + m[0].length;
    const place = index.places.find((p) => clause.startsWith(p.form, at) && !/[\p{L}\p{N}]/u.test(clause[at + p.form.length] ?? ''));
    if (place) cues.push({ start: at, end: at + place.form.length, place });
  }
  return cues;
}

interface CandidateInput {
  index: ResolverIndex;
  partners: string[];
  dates: DateCue[];
  places: PlaceCue[];
  frameworks: Mention[];
  informal: boolean;
  day: string | null;
  /** The head names the ADMM Retreat itself: only its meetings fit. */
  series?: boolean;
}

function meetingRange(m: Meeting): { from: string; to: string } {
  return { from: earliestDay(m.start), to: latestDay(m.end ?? m.start) };
}

function candidateMeetings({ index, partners, dates, places, frameworks, informal, day, series }: CandidateInput): Meeting[] {
  const frameworkIds = new Set(frameworks.map((f) => f.id));
  const frameworkMeetings = [...frameworkIds].map((id) => index.meetings.get(id)).filter((m): m is Meeting => Boolean(m));
  const partnerSeries = new Set(partners.map((c) => PARTNER_SERIES[c]).filter(Boolean));
  let fits = index.corpus.meetings.filter((m) => {
    if (frameworkIds.has(m.id)) return false;
    // Only a retreat already begun: an announced one stays the series (news of a plan is not the meeting).
    if (series && (m.series !== 'ADMM-Retreat' || (day !== null && earliestDay(m.start) > day))) return false;
    if (partners.length > 0 && !partnerSeries.has(m.series)) return false;
    const range = meetingRange(m);
    if (dates.length > 0 && !dates.some((d) => rangesOverlap(d, range))) return false;
    if (places.length > 0 && !places.some((p) => placeFits(p.place, m))) return false;
    if (frameworkMeetings.length > 0 && !frameworkMeetings.some((f) => withinFramework(m, f))) return false;
    return true;
  });
  if (informal) {
    const named = fits.filter((m) => [m.name, ...m.aliases].some((n) => /\binformal\b/i.test(n)));
    if (named.length > 0) fits = named;
  }
  if (!day) return fits;
  if (dates.length === 0) {
    // Undated descriptions in news are about recent meetings: prefer those of the year before the article.
    const recent = fits.filter((m) => rangesOverlap(meetingRange(m), { from: addDays(day, -366), to: addDays(day, 31) }));
    if (recent.length > 0) fits = recent;
  }
  const distance = (m: Meeting) => {
    const start = earliestDay(m.start);
    const ms = Math.abs(Date.parse(start) - Date.parse(day));
    return start <= day ? ms : ms * 2; // News reports the past: a later meeting is a weaker fit.
  };
  return fits.sort((a, b) => distance(a) - distance(b));
}

function placeFits(place: PlaceForm, m: Meeting): boolean {
  if (place.cities.length > 0) return m.city !== undefined && place.cities.includes(m.city);
  return m.country === place.country;
}

/** Held within another meeting's framework: linked in the corpus, or same city within its dates (± a day). */
function withinFramework(m: Meeting, f: Meeting): boolean {
  if (f.related.includes(m.id) || m.related.includes(f.id)) return true;
  const range = meetingRange(f);
  return (
    m.city !== undefined && m.city === f.city && rangesOverlap(meetingRange(m), { from: addDays(range.from, -1), to: addDays(range.to, 1) })
  );
}

/** Back over the words that name the meeting: "The [ASEAN-US Defense Ministers' Informal] Meeting". */
function nounPhraseStart(text: string, headStart: number, floor: number): number {
  let start = headStart;
  for (let n = 0; n < 8; n++) {
    const m = /(\S+)\s+$/u.exec(text.slice(Math.max(floor, start - 40), start));
    if (!m) break;
    const word = m[1]!;
    if (DETERMINER.test(word) || !NOUN_PHRASE_WORD.test(word)) break;
    start -= m[0].length;
  }
  return start;
}

/** Forward over date and place cues joined to the head: "Meeting[ held last week in Hawaii]". */
function chainEnd(text: string, headEnd: number, limit: number, cues: { start: number; end: number }[]): number {
  let end = headEnd;
  const sorted = cues.filter((c) => c.start >= headEnd && c.end <= limit).sort((a, b) => a.start - b.start);
  for (const cue of sorted) {
    if (cue.start < end) continue;
    if (!CHAIN_GAP.test(text.slice(end, cue.start))) break;
    end = cue.end;
  }
  return end;
}
