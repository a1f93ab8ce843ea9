/**
 * Why a candidate meeting fits an ambiguous description (issue 18), in words the reader can weigh:
 * the description's own words found in the meeting's name, series or place, and how far its dates
 * lie from the article's date. Pure.
 */
import { earliestDay } from '../../utils/corpus/partial-date';
import type { Corpus, Meeting } from '../../utils/corpus/schema';
import { tokenize } from '../../utils/search/search-text';

/** Words every description has ("meeting", "held"): finding them in a name says nothing. */
const GENERIC = new Set([
  'meeting',
  'meetings',
  'summit',
  'retreat',
  'talks',
  'dialogue',
  'consultation',
  'consultations',
  'held',
  'week',
  'last',
  'this',
  'with',
  'was',
  'were',
]);

const DAY_MS = 86_400_000;

function daysApart(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function candidateReasons(corpus: Corpus, description: string, meeting: Meeting, day: string | null): string[] {
  const country = corpus.countries.find((c) => c.id === meeting.country);
  const own = new Set(
    [
      meeting.name,
      meeting.series,
      meeting.city ?? '',
      country?.name ?? '',
      ...(country?.aliases ?? []),
      ...(country?.demonyms ?? []),
    ].flatMap((t) => tokenize(t)),
  );
  const words = [...new Set(tokenize(description))].filter((w) => w.length >= 3 && !GENERIC.has(w) && own.has(w));
  const reasons = words.length > 0 ? [`fits ${words.map((w) => `“${w}”`).join(', ')}`] : [];
  if (day) {
    const start = earliestDay(meeting.start);
    const d = daysApart(start, day);
    reasons.push(
      d === 0 ? 'held on the article’s date' : d > 0 ? `held ${d} days before the article` : `held ${-d} days after the article`,
    );
  }
  return reasons;
}
