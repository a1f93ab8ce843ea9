/**
 * The corpus turned into flat search documents. Offices are searched through the people who held
 * them ("Japan defence minister" finds the minister, not an office record the popup cannot show),
 * so a person's document carries the titles and country forms of every office they held.
 */
import type { Corpus, Meeting, Person, Term } from '../corpus/schema';
import { ordinalSuffix } from './search-text';

export type SearchKind = 'person' | 'meeting' | 'term';

export interface SearchDocument {
  key: string;
  kind: SearchKind;
  id: string;
  name: string;
  /** One line under the name: the latest role, the meeting's place and date, a term's expansion. */
  detail: string;
  /** A person whose latest role is still open: ranks before former holders. */
  current: boolean;
  names: string;
  aliases: string;
  misspellings: string;
  offices: string;
  places: string;
  summary: string;
}

export const SEARCH_FIELDS = ['names', 'aliases', 'misspellings', 'offices', 'places', 'summary'] as const;
// Not 'id': MiniSearch spreads stored fields over the result and would overwrite the result's key.
export const STORED_FIELDS = ['kind', 'name', 'detail', 'current'] as const;

/** The whole forms a record is called by (name, aliases, misspellings), for the exact-match boost. */
export const wholeForms = (d: SearchDocument): string[] =>
  [d.names, d.aliases, d.misspellings].flatMap((f) => f.split(' · ')).filter(Boolean);

const join = (parts: (string | undefined)[]) => parts.filter((p): p is string => !!p).join(' · ');

function countryForms(corpus: Corpus, id: string): string[] {
  if (id === 'ASEAN') return ['ASEAN'];
  const c = corpus.countries.find((x) => x.id === id);
  return c ? [c.name, ...c.aliases, ...c.shortForms, ...c.demonyms] : [id];
}

function personDocument(corpus: Corpus, p: Person): SearchDocument {
  const latest = p.roles.at(-1);
  const offices = p.roles.flatMap((role) => {
    const office = corpus.offices.find((o) => o.id === role.office);
    return [role.title, ...(office ? [office.name, ...office.titles, ...countryForms(corpus, office.country)] : [])];
  });
  const country = corpus.countries.find((c) => c.id === p.country)?.name;
  return {
    key: `person:${p.id}`,
    kind: 'person',
    id: p.id,
    name: p.name,
    detail: join([latest ? `${latest.title}${latest.end ? ` (until ${latest.end})` : ''}` : undefined, country]),
    current: !!latest && latest.end === null,
    names: join([p.name, p.nativeName]),
    aliases: join([...p.aliases, ...p.shortNames]),
    misspellings: join(p.misspellings),
    offices: join(offices),
    places: join(countryForms(corpus, p.country)),
    summary: p.summary,
  };
}

const SERIES_FORMS: Partial<Record<Meeting['series'], string[]>> = {
  ADMM: ['ADMM'],
  'ADMM-Plus': ['ADMM-Plus', 'ADMM+'],
  'ADMM-Retreat': ['ADMM Retreat'],
};

function meetingDocument(corpus: Corpus, m: Meeting): SearchDocument {
  const series = SERIES_FORMS[m.series] ?? [m.series];
  const ordinals = m.ordinal ? series.flatMap((s) => [`${ordinalSuffix(m.ordinal as number)} ${s}`, `${s} ${m.ordinal}`]) : [];
  const year = m.start.slice(0, 4);
  const country = corpus.countries.find((c) => c.id === m.country)?.name;
  return {
    key: `meeting:${m.id}`,
    kind: 'meeting',
    id: m.id,
    name: m.name,
    detail: join([m.city, country, m.start]),
    current: false,
    names: m.name,
    aliases: join([...m.aliases, ...ordinals]),
    misspellings: '',
    offices: '',
    places: join([m.city, year, ...countryForms(corpus, m.country)]),
    summary: m.summary ?? '',
  };
}

function termDocument(t: Term): SearchDocument {
  return {
    key: `term:${t.id}`,
    kind: 'term',
    id: t.id,
    name: t.label,
    detail: t.expansion ?? t.category,
    current: false,
    names: join([t.label, t.expansion]),
    aliases: join(t.aliases),
    misspellings: '',
    offices: '',
    places: '',
    summary: '',
  };
}

export function searchDocuments(corpus: Corpus): SearchDocument[] {
  return [
    ...corpus.people.map((p) => personDocument(corpus, p)),
    ...corpus.meetings.map((m) => meetingDocument(corpus, m)),
    ...corpus.terms.map(termDocument),
  ];
}
