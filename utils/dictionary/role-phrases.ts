/**
 * Role phrases: the ways news names an office instead of its holder ("Japanese Defence Minister",
 * "Vietnam's Minister of National Defence", "the Pentagon chief"). Built from the corpus as
 * dictionary entries (kind "role", target = office id) so the matcher finds them like any name;
 * the resolution stage later turns each into the person who held the office on the article's date.
 */
import type { Corpus, Country } from '../corpus/schema';
import type { DictionaryEntry } from '../model/dictionary-entry';

/**
 * Words that say what kind of office it is but not whose: a title made only of these ("Defence
 * Minister", "Secretary of State") needs a country in front to mean one office. A title with any
 * other word ("Pentagon chief", "ASEAN Secretary-General") already names one office and stands alone.
 */
const GENERIC_TITLE_WORDS = new Set(
  [
    'acting',
    'affairs',
    'and',
    'armed',
    'army',
    'cabinet',
    'chair',
    'chairman',
    'chief',
    'commander',
    'coordinating',
    'co-ordinating',
    'council',
    'defence',
    'defense',
    'department',
    'deputy',
    'director',
    'external',
    'first',
    'for',
    'foreign',
    'forces',
    'general',
    'head',
    'home',
    'interior',
    'military',
    'minister',
    'ministry',
    'national',
    'navy',
    'of',
    'office',
    'people',
    "people's",
    'political',
    'premier',
    'president',
    'prime',
    'royal',
    'secretary',
    'security',
    'senior',
    'state',
    'supreme',
    'the',
    'vice',
    'war',
  ].map((w) => w.toLowerCase()),
);

/** True when the title names one office by itself ("Pentagon chief"), false for "Defence Minister". */
export function titleStandsAlone(title: string): boolean {
  const words = title
    .toLowerCase()
    .split(/[\s\u2010-\u2015-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, ''))
    .filter((w) => w.length > 0);
  return words.some((w) => !GENERIC_TITLE_WORDS.has(w));
}

/** "Vietnam" -> "Vietnam's"; "U.S." -> "U.S.'s" is unusual in news, so dotted forms get none. */
function possessive(form: string): string | undefined {
  if (form.endsWith('.')) return undefined;
  return form.endsWith('s') ? `${form}'` : `${form}'s`;
}

/** Every way the text may name the country in front of a title. */
export function countryPrefixes(country: Country): string[] {
  const nouns = [country.name, ...country.aliases, ...country.shortForms];
  const forms = [...nouns, ...country.demonyms];
  for (const noun of nouns) {
    const p = possessive(noun);
    if (p) forms.push(p);
  }
  return unique(forms);
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))];
}

/** ASEAN offices have no country record; news writes "ASEAN Secretary-General". */
const ASEAN_PREFIXES = ['ASEAN', "ASEAN's"];

/**
 * One entry per (country form × office title), plus stand-alone titles and "<title> of <Country>".
 * Forms are case-folded by the matcher ("the US defense secretary" matches "US Defense Secretary").
 */
export function rolePhraseEntries(corpus: Corpus): DictionaryEntry[] {
  const countries = new Map(corpus.countries.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const entries: DictionaryEntry[] = [];
  const add = (form: string, officeId: string) => {
    const key = `${form.toLowerCase()}\u0000${officeId}`;
    if (seen.has(key)) return;
    seen.add(key);
    entries.push({ form, caseSensitive: false, target: officeId, kind: 'role', via: 'role' });
  };
  for (const office of corpus.offices) {
    const country = office.country === 'ASEAN' ? undefined : countries.get(office.country);
    const prefixes = office.country === 'ASEAN' ? ASEAN_PREFIXES : country ? countryPrefixes(country) : [];
    for (const title of unique(office.titles)) {
      if (titleStandsAlone(title)) add(title, office.id);
      for (const prefix of prefixes) add(`${prefix} ${title}`, office.id);
      // "Minister of National Defence of Vietnam" reads badly, so only titles without "of" get a suffix.
      if (country && !/\bof\b/i.test(title)) {
        for (const noun of [country.name, ...country.aliases]) add(`${title} of ${noun}`, office.id);
      }
    }
  }
  return entries;
}
