/**
 * An office's holders around a day (issue 18), for the small timeline on a person's card and an
 * office's search result: the holder on the day and a few before and after, each as a bar placed
 * on a common scale, with the day marked. Pure; the drawing is in components/card/OfficeTimeline.tsx.
 */
import { earliestDay, latestDay } from '../corpus/partial-date';
import type { Corpus, Office } from '../corpus/schema';
import { holdersOnDate, officeHolders } from '../resolve/office-timeline';

export interface TimelineBar {
  personId: string;
  name: string;
  title: string;
  start: string;
  /** null: still in office as far as the sources say. */
  end: string | null;
  acting: boolean;
  /** The holder the card names for the day. */
  onDay: boolean;
  /** Left edge and width as fractions (0–1) of the scale. */
  from: number;
  width: number;
}

export interface OfficeTimeline {
  office: Office;
  day: string;
  bars: TimelineBar[];
  /** The day's place on the scale (0–1). */
  mark: number;
  scale: { from: string; to: string };
  /** The same in words, for screen readers and the clipboard. */
  text: string;
}

const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Up to `around` holders either side of the one on the day (or of the day, when nobody held it). */
export function holdersAround({
  corpus,
  officeId,
  day,
  around = 2,
  today = new Date().toISOString().slice(0, 10),
}: {
  corpus: Corpus;
  officeId: string;
  day: string;
  around?: number;
  today?: string;
}): OfficeTimeline | undefined {
  const office = corpus.offices.find((o) => o.id === officeId);
  if (!office) return undefined;
  const holders = officeHolders(corpus);
  const all = [...(holders.get(officeId) ?? [])].sort((a, b) => earliestDay(a.role.start).localeCompare(earliestDay(b.role.start)));
  if (all.length === 0) return undefined;
  const onDay = holdersOnDate(officeId, day, holders)[0];
  // The place of the day among the holders: the one on the day, or the first who started after it.
  let at = onDay ? all.indexOf(onDay) : all.findIndex((h) => earliestDay(h.role.start) > day);
  if (at < 0) at = all.length;
  const shown = all.slice(Math.max(0, at - around), at + around + (onDay ? 1 : 0));
  if (shown.length === 0) return undefined;

  const endOf = (end: string | null) => (end ? latestDay(end) : today > day ? today : day);
  const starts = shown.map((h) => earliestDay(h.role.start));
  const ends = shown.map((h) => endOf(h.role.end));
  const from = [day, ...starts].sort()[0]!;
  const to = [day, ...ends].sort().at(-1)!;
  const span = Math.max(1, ms(to) - ms(from));
  const pos = (d: string) => (ms(d) - ms(from)) / span;

  const bars: TimelineBar[] = shown.map((h, i) => ({
    personId: h.person.id,
    name: h.person.name,
    title: h.role.title,
    start: h.role.start,
    end: h.role.end,
    acting: h.role.acting,
    onDay: h === onDay,
    from: pos(starts[i]!),
    width: Math.max(0.01, pos(ends[i]!) - pos(starts[i]!)),
  }));
  const words = bars.map(
    (b) => `${b.name}, ${b.start} to ${b.end ?? 'present'}${b.acting ? ' (acting)' : ''}${b.onDay ? ', in office on that day' : ''}`,
  );
  const who = onDay ? `${onDay.person.name} held it` : 'no holder in the corpus';
  const text = `${office.name}, holders around ${day} (${who}): ${words.join('; ')}.`;
  return { office, day, bars, mark: pos(day), scale: { from, to }, text };
}
