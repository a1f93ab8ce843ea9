/**
 * The prefilter's keys (page-prefilter.ts), made at build time from the bundled corpus and in the
 * background from the reader's own records: one folded word of every dictionary form, the rarest
 * one (not an English word if the form has such a word, then the longest), so that a page holding
 * the form holds the key. Name parts are dictionary forms (the name-variant stage is anchored on
 * them), so a page with any exact part of a person's name gets through. The resolver's own text
 * searches need words too: ordinal meeting references name the ADMM or ASEAN, and a described
 * meeting needs "ASEAN" or "informal" near its meeting word (utils/resolve/meeting-descriptions.ts).
 */
import type { Corpus } from '../corpus/schema';
import { buildDictionary } from '../dictionary/build-dictionary';
import { foldLowerUnit, IGNORABLE, isWordUnit } from '../match/normalise';
import type { DictionaryEntry } from '../model/dictionary-entry';
import { FOLD_FROM, FOLD_TO, IGNORED, runsWithCase, SEPARATOR } from './page-prefilter';

/** Words the resolver looks for in the text itself, beside the dictionary's forms. */
export const RESOLVER_WORDS = ['asean', 'admm', 'informal'];

/** The matcher's folding for units 128..0x2fff, as the page-side reader takes it. */
export function foldString(): string {
  let out = '';
  for (let code = FOLD_FROM; code < FOLD_TO; code++) {
    const f = foldLowerUnit(code);
    out += String.fromCharCode(f === IGNORABLE ? IGNORED : isWordUnit(code) && f !== SEPARATOR && f !== IGNORED ? f : SEPARATOR);
  }
  return out;
}

/** Words of most news pages: a key only when a form has no other. */
const NEWS_WORDS = new Set(
  'minister ministers defence defense security president secretary cooperation military maritime countries working group south east west north sea centre center office prime united states state national forum plus meeting us the of and on in for'.split(
    ' ',
  ),
);

/**
 * The key of one dictionary entry, or undefined for a form without a word. A name part (or a short
 * name) counts only where the page writes it with a capital: the name-variant stage anchors only on
 * capitalised words, so its key is its first run, marked "^". A case-sensitive form keeps the
 * capital of the run chosen. Otherwise the rarest run: not a news word, not an English word, longest.
 */
export function keyOfEntry(
  entry: Pick<DictionaryEntry, 'form' | 'kind' | 'via' | 'caseSensitive'>,
  folds: string,
  common: ReadonlySet<string>,
): string | undefined {
  const cased = runsWithCase(entry.form, folds);
  const runs = cased.map((r) => r.run);
  if (runs.length === 0) return undefined;
  // A non-ASCII first letter counts as a capital on both sides (page-prefilter.ts).
  const capitalAt = (i: number) => cased[i]?.capital === true;
  // Initials as an anchor ("A.K.", issue 19) have no word to key on: a one-letter key would let
  // nearly every page through, so such a page needs another key (the surname, a term, "ASEAN").
  if (entry.kind === 'name-part' && runs.every((r) => r.length === 1)) return undefined;
  if ((entry.kind === 'name-part' || entry.via === 'short-name') && capitalAt(0)) return `^${runs[0]}`;
  const score = (r: string) =>
    r.length === 1 ? 0 : (NEWS_WORDS.has(r) ? 100 : /^\d+$/.test(r) ? 500 : common.has(r) ? 1000 : 2000) + r.length;
  let best = -1;
  for (let i = 0; i < runs.length; i++) if (best < 0 || score(runs[i] as string) > score(runs[best] as string)) best = i;
  const run = runs[best] as string;
  return entry.caseSensitive && capitalAt(best) ? `^${run}` : run;
}

/** The keys of a corpus (or of some of its records, with the offices and countries their role phrases need). */
export function prefilterKeys(corpus: Corpus, { folds = foldString(), common = new Set<string>() as ReadonlySet<string> } = {}): string[] {
  const keys = new Set<string>(RESOLVER_WORDS);
  for (const entry of buildDictionary(corpus)) {
    const key = keyOfEntry(entry, folds, common);
    if (key) keys.add(key);
  }
  return [...keys].sort();
}
