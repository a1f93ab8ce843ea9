/**
 * The office a search names ("Japan defence minister", "US secretary of defense"), for the popup's
 * office result and its timeline of holders (issue 18). A query names an office when every word of
 * it is found in the office's own words (its name, titles and its country's names), at least one of
 * them in the country's and one in the titles, so "Japan" alone or "minister" alone names none.
 * Words match whole, as a prefix, or with one letter off for words of five letters or more
 * ("defence" finds "Defense"). Pure.
 */
import type { Corpus, Office } from '../corpus/schema';
import { tokenize } from './search-text';

const list = <T>(value: readonly T[] | null | undefined): readonly T[] => (Array.isArray(value) ? value : []);

/** At most one letter changed, added or dropped. */
function oneOff(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const wordMatches = (q: string, word: string) => word === q || word.startsWith(q) || (q.length >= 5 && oneOff(q, word));
const found = (q: string, words: readonly string[]) => words.some((w) => wordMatches(q, w));

function countryWords(corpus: Corpus, id: string): string[] {
  if (id === 'ASEAN') return ['asean'];
  const c = list(corpus.countries).find((x) => x.id === id);
  if (!c) return tokenize(id);
  return [c.name, ...list(c.aliases), ...list(c.shortForms), ...list(c.demonyms)].flatMap((f) => tokenize(String(f ?? '')));
}

/** The offices the query names, best first (the most of the query's words in the titles themselves). */
export function officesForQuery(corpus: Corpus, query: string): Office[] {
  const q = tokenize(query);
  if (q.length < 2) return [];
  const scored: { office: Office; score: number }[] = [];
  for (const office of list(corpus.offices)) {
    const country = countryWords(corpus, office.country);
    const titleForms = [office.name, ...list(office.titles)].map((t) => tokenize(String(t ?? '')));
    const titles = titleForms.flat();
    if (!q.every((w) => found(w, country) || found(w, titles))) continue;
    const inTitles = q.filter((w) => found(w, titles)).length;
    const inCountry = q.filter((w) => found(w, country)).length;
    if (inTitles === 0 || inCountry === 0) continue;
    // Fewer words left unasked for in the office's closest title: "defence minister" is the minister,
    // not the deputy or the state minister, however many other titles the minister's office lists.
    const unasked = Math.min(...titleForms.map((form) => new Set(form.filter((t) => !q.some((w) => wordMatches(w, t)))).size));
    scored.push({ office, score: inTitles * 100 - unasked });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.office);
}
