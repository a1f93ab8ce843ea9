/**
 * What a sentence says about when the article was written (issue 20): the tense around a meeting or a
 * date ("will host", "held last week", "opened on Wednesday", "today"), the weekday it names, and
 * whether a date belongs to history ("signed on 8 August 1967", "founded in", "since"). Each piece of
 * evidence becomes a window of days the article's date must lie in; infer-article-date.ts combines them.
 */
import { addDays } from './relative-dates';

/** A meeting the page mentions, with the days the corpus gives it (earliest and latest possible). */
export interface MeetingEvidence {
  /** Offsets of the mention in the text. */
  start: number;
  end: number;
  /** The meeting's name, for the evidence sentence. */
  name: string;
  /** Earliest and latest day of the meeting (inclusive). */
  from: string;
  to: string;
}

export type Tense = 'past' | 'present' | 'future' | 'none';

/** An inclusive window of days for the article's date; null is unbounded on that side. */
export interface DateWindow {
  from: string | null;
  to: string | null;
  /** Plain words for the reader: what the window comes from. */
  why: string;
  /** The event at `from` is reported as done: the report is most likely from the day after. */
  afterEvent?: boolean;
  /** The event at `to` is announced: the report is most likely a few days before. */
  beforeEvent?: boolean;
  /** The text says the event is happening now ("today"): the report is from its first day. */
  onEvent?: boolean;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The sentence holding [start, end): stops at ". ", "? ", "! " and block breaks. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[.!?]\s|\n\n/.test(text.slice(s - 2, s))) s--;
  let e = end;
  while (e < text.length && !/^(?:[.!?](?:\s|$)|\n\n)/.test(text.slice(e, e + 2))) e++;
  return { start: s, end: e };
}

/** Words that make a clause about the future, the present or the past, nearest first wins. */
const CUES: { tense: Tense; regex: RegExp }[] = [
  {
    tense: 'future',
    regex:
      /\b(?:will|would|shall|is due|are due|due to|due in|is set to|are set to|scheduled|to be held|to attend|to host|follows? on|ahead of|upcoming|is expected to|are expected to|plans? to|preparing (?:for|to))\b/gi,
  },
  {
    tense: 'present',
    regex:
      /\b(?:today|this morning|under way|underway|is being held|are being held|is meeting|are meeting|meet here|begins?|opens?|is hosting)\b/gi,
  },
  {
    tense: 'past',
    regex:
      /\b(?:held|took place|took part|met|ended|opened|closed|concluded|wrapped up|hosted|chaired|attended|adopted|told|gathered|sat down|began|convened|pledged|agreed|was|were|yesterday|last week(?:'s)?|earlier)\b/gi,
  },
];

/** The tense of the clause nearest the span, within its sentence. */
export function tenseNear(text: string, start: number, end: number): Tense {
  const sentence = sentenceAround(text, start, end);
  const body = text.slice(sentence.start, sentence.end);
  let best: { tense: Tense; distance: number } | undefined;
  for (const cue of CUES) {
    cue.regex.lastIndex = 0;
    for (let m = cue.regex.exec(body); m; m = cue.regex.exec(body)) {
      const at = sentence.start + m.index;
      const distance = at >= end ? at - end : Math.max(0, start - (at + m[0].length));
      if (!best || distance < best.distance) best = { tense: cue.tense, distance };
    }
  }
  return best?.tense ?? 'none';
}

/** A relative phrase near the span that places it against the article's day. */
type Relative = 'today' | 'yesterday' | 'tomorrow' | 'last-week' | 'next-week' | 'this-weekend';
const RELATIVE: { relative: Relative; regex: RegExp }[] = [
  { relative: 'last-week', regex: /\blast week(?:'s|end)?\b/gi },
  { relative: 'next-week', regex: /\bnext week(?:'s)?\b/gi },
  { relative: 'this-weekend', regex: /\bthis weekend\b/gi },
  { relative: 'yesterday', regex: /\byesterday(?:'s)?\b/gi },
  { relative: 'tomorrow', regex: /\btomorrow(?:'s)?\b/gi },
  { relative: 'today', regex: /\b(?:today|this morning|under way|underway|is being held|are being held)\b/gi },
];

/** Within this many characters of the mention, in its sentence, a relative phrase is about it. */
const RELATIVE_REACH = 90;

function relativeNear(text: string, start: number, end: number): Relative | undefined {
  const sentence = sentenceAround(text, start, end);
  const from = Math.max(sentence.start, start - RELATIVE_REACH);
  const to = Math.min(sentence.end, end + RELATIVE_REACH);
  const body = text.slice(from, to);
  let best: { relative: Relative; distance: number } | undefined;
  for (const r of RELATIVE) {
    r.regex.lastIndex = 0;
    for (let m = r.regex.exec(body); m; m = r.regex.exec(body)) {
      const at = from + m.index;
      const distance = at >= end ? at - end : Math.max(0, start - (at + m[0].length));
      if (!best || distance < best.distance) best = { relative: r.relative, distance };
    }
  }
  return best?.relative;
}

const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** The latest day of [from, to] whose weekday the sentence names ("opened on Wednesday"), if any. */
function weekdayDay(text: string, start: number, end: number, from: string, to: string): string | undefined {
  if (from.length !== 10 || to.length !== 10 || daysBetween(from, to) > 6) return undefined;
  const sentence = sentenceAround(text, start, end);
  const body = text.slice(sentence.start, sentence.end);
  const named = new Set<number>();
  for (const m of body.matchAll(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)s?\b/g)) named.add(WEEKDAYS.indexOf(m[1]!));
  let found: string | undefined;
  for (let day = from; day <= to; day = addDays(day, 1)) if (named.has(weekdayOf(day))) found = day;
  return found;
}

const readable = (day: string) => day;

/** The window a meeting mention sets, from the tense and the relative words around it. */
export function meetingWindow(text: string, meeting: MeetingEvidence): DateWindow | undefined {
  const { from, to, name } = meeting;
  const relative = relativeNear(text, meeting.start, meeting.end);
  const tense = tenseNear(text, meeting.start, meeting.end);
  const exactDays = from.length === 10 && to.length === 10;
  if (exactDays && relative) {
    switch (relative) {
      case 'today':
        return { from, to, why: `the ${name} (${readable(from)}), which the text says is happening today`, onEvent: true };
      case 'yesterday':
        return { from: addDays(to, 1), to: addDays(to, 1), why: `the ${name}, which the text says took place yesterday`, onEvent: true };
      case 'tomorrow':
        return { from: addDays(from, -1), to: addDays(from, -1), why: `the ${name}, which the text says opens tomorrow`, onEvent: true };
      case 'last-week':
        return {
          from: addDays(to, 1),
          to: addDays(from, 13),
          why: `the ${name} (${readable(from)}), which the text says was held last week`,
        };
      case 'next-week':
        return {
          from: addDays(from, -13),
          to: addDays(from, -1),
          why: `the ${name} (${readable(from)}), which the text says is next week`,
        };
      case 'this-weekend':
        if (tense === 'future' || tense === 'none')
          return {
            from: addDays(from, -6),
            to: addDays(from, -1),
            why: `the ${name} (${readable(from)}), due "this weekend"`,
            beforeEvent: true,
          };
    }
  }
  const weekday = exactDays ? weekdayDay(text, meeting.start, meeting.end, from, to) : undefined;
  if (weekday) {
    const named = WEEKDAYS[weekdayOf(weekday)];
    if (tense === 'future')
      return {
        from: addDays(weekday, -6),
        to: weekday,
        why: `the ${name}, which the text says is on ${named} (${weekday})`,
        beforeEvent: true,
      };
    return {
      from: weekday,
      to: addDays(weekday, 6),
      why: `the ${name}, which the text says took place on ${named} (${weekday})`,
      afterEvent: true,
    };
  }
  // No day named: the tense still bounds the article on one side.
  if (tense === 'past') return { from, to: null, why: `the ${name} (${readable(from)}), reported as past` };
  if (tense === 'future') return { from: null, to: addDays(from, -1), why: `the ${name} (${readable(from)}), announced as coming` };
  return undefined;
}

/** A date in a sentence that speaks of history: it does not date the report. */
const HISTORY =
  /\b(?:signed|founded|founding|established|set up|launched|since|ago|anniversary|dates? (?:back )?to|victory|decades?|years after|first (?:held|met|convened)|was convened|created|formed|normalised|normalized|in force)\b/i;

export function speaksOfHistory(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end);
  return HISTORY.test(text.slice(sentence.start, sentence.end));
}
