/**
 * The surface forms a benchmark page mentions: names, terms, meeting names and role phrases read
 * from data/corpus/*.json when the page is generated, so pages follow the corpus as it grows.
 * The files are read loosely (no schema parse): a half-edited corpus must not stop a benchmark.
 * When the corpus is thin, a fallback list of widely reported forms fills in; it only supplies
 * words for generated text and claims no facts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../data/corpus');

export type VocabularyKind = 'name' | 'term' | 'meeting' | 'role';

export interface MentionVocabulary {
  /** Correct forms by kind, each list without duplicates. */
  forms: Record<VocabularyKind, string[]>;
  /** Wrong spellings the corpus records (e.g. "Aston Carter"); generated ones are added on the page. */
  misspellings: string[];
  /** Where the forms came from, for the benchmark's header line. */
  source: 'corpus' | 'corpus+fallback' | 'fallback';
}

/** Below this many correct forms the corpus is too thin to give a varied page. */
export const THIN_CORPUS_FORMS = 40;

export const FALLBACK_FORMS: Record<VocabularyKind, string[]> = {
  name: [
    'Phan Van Giang',
    'Ng Eng Hen',
    'Prabowo Subianto',
    'Lloyd Austin',
    'Ashton Carter',
    'Minoru Kihara',
    'Gilberto Teodoro',
    'Mohamed Khaled Nordin',
    'Richard Marles',
    'Rajnath Singh',
    'Pete Hegseth',
    'Chan Chun Sing',
  ],
  term: [
    'ADMM',
    'ADMM-Plus',
    'ADSOM',
    'HADR',
    'South China Sea',
    'Code of Conduct',
    'maritime security',
    'peacekeeping operations',
    'counter-terrorism',
    'military medicine',
    'humanitarian mine action',
    'cyber security',
    'Direct Communications Infrastructure',
  ],
  meeting: [
    "ASEAN Defence Ministers' Meeting",
    "ASEAN Defence Ministers' Meeting-Plus",
    '17th ADMM',
    '10th ADMM-Plus',
    'ADMM Retreat',
    'ASEAN-Japan Defence Ministers Informal Meeting',
    'ASEAN-US Defense Ministers Informal Meeting',
    'ASEAN-China Defence Ministers Informal Meeting',
  ],
  role: [
    'Japanese Defence Minister',
    'Vietnamese Defence Minister',
    'US Defense Secretary',
    "Singapore's Defence Minister",
    'Indonesian Defence Minister',
    'Philippine Defense Secretary',
    'Malaysian Defence Minister',
    'Australian Defence Minister',
    'Indian Defence Minister',
    'ASEAN Secretary-General',
  ],
};

type Loose = Record<string, unknown>;

function readArray(dir: string, file: string): Loose[] {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(data) ? data.filter((x): x is Loose => typeof x === 'object' && x !== null) : [];
  } catch {
    return [];
  }
}

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const usable = (form: string) => form.trim().length >= 2 && form.length <= 80;

/** Role phrases as news writes them: "Japanese Defence Minister", "Japan's Defence Minister". */
function rolePhrases(offices: Loose[], countries: Loose[]): string[] {
  const byId = new Map(countries.map((c) => [c.id, c]));
  const phrases: string[] = [];
  for (const office of offices) {
    const country = byId.get(office.country);
    const prefixes = country
      ? [...strings(country.demonyms), ...strings(country.name).map((n) => (n.endsWith('s') ? `${n}'` : `${n}'s`))]
      : office.country === 'ASEAN'
        ? ['ASEAN']
        : [];
    for (const title of strings(office.titles)) {
      phrases.push(title);
      for (const prefix of prefixes.slice(0, 2)) phrases.push(`${prefix} ${title}`);
    }
  }
  return phrases;
}

export function loadMentionVocabulary(dir = CORPUS_DIR): MentionVocabulary {
  const people = readArray(dir, 'people.json');
  const terms = readArray(dir, 'terms.json');
  const meetings = readArray(dir, 'meetings.json');
  const offices = readArray(dir, 'offices.json');
  const countries = readArray(dir, 'countries.json');
  const corpus: Record<VocabularyKind, string[]> = {
    name: people.flatMap((p) => [...strings(p.name), ...strings(p.aliases)]),
    term: terms.flatMap((t) => [...strings(t.label), ...strings(t.aliases), ...strings(t.expansion)]),
    meeting: meetings.flatMap((m) => [...strings(m.name), ...strings(m.aliases)]),
    role: rolePhrases(offices, countries),
  };
  const misspellings = [...new Set(people.flatMap((p) => strings(p.misspellings)).filter(usable))];
  const total = Object.values(corpus).reduce((n, list) => n + list.length, 0);
  const thin = total < THIN_CORPUS_FORMS;
  const forms = {} as Record<VocabularyKind, string[]>;
  for (const kind of Object.keys(FALLBACK_FORMS) as VocabularyKind[]) {
    const list = corpus[kind].length === 0 || thin ? [...corpus[kind], ...FALLBACK_FORMS[kind]] : corpus[kind];
    forms[kind] = [...new Set(list.filter(usable))];
  }
  return { forms, misspellings, source: total === 0 ? 'fallback' : thin ? 'corpus+fallback' : 'corpus' };
}

/** Every correct and recorded wrong form, once: the alias list mark.js is given when the extension offers none. */
export function allForms(vocabulary: MentionVocabulary): string[] {
  return [...new Set([...Object.values(vocabulary.forms).flat(), ...vocabulary.misspellings])];
}
