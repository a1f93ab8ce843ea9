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
  /** When the person last held an office ("9999" while in one): former holders, latest first. */
  heldUntil: string;
  names: string;
  aliases: string;
  misspellings: string;
  offices: string;
  places: string;
  summary: string;
}

export const SEARCH_FIELDS = ['names', 'aliases', 'misspellings', 'offices', 'places', 'summary'] as const;
// Not 'id': MiniSearch spreads stored fields over the result and would overwrite the result's key.
export const STORED_FIELDS = ['kind', 'name', 'detail', 'current', 'heldUntil'] as const;

/** The whole forms a record is called by (name, aliases, misspellings), for the exact-match boost. */
export const wholeForms = (d: SearchDocument): string[] =>
  [d.names, d.aliases, d.misspellings].flatMap((f) => f.split(' · ')).filter(Boolean);

const STILL_HELD = '9999';

const join = (parts: unknown[]) => parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' · ');
/**
 * Reads of fields that the schema promises but a broken record of the reader's may lack: a person
 * without shortNames is still found by name, and one broken office does not take every person with it.
 */
const list = <T = string>(value: readonly T[] | undefined | null): T[] => (Array.isArray(value) ? value.filter((v) => v != null) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function countryForms(corpus: Corpus, id: string): string[] {
  if (id === 'ASEAN') return ['ASEAN'];
  const c = list(corpus.countries).find((x) => x.id === id);
  return c ? [text(c.name), ...list(c.aliases), ...list(c.shortForms), ...list(c.demonyms)] : [id];
}

function personDocument(corpus: Corpus, p: Person): SearchDocument {
  const roles = list(p.roles);
  const latest = roles.at(-1);
  const offices = roles.flatMap((role) => {
    const office = list(corpus.offices).find((o) => o.id === role.office);
    return [role.title, ...(office ? [office.name, ...list(office.titles), ...countryForms(corpus, office.country)] : [])];
  });
  const country = list(corpus.countries).find((c) => c.id === p.country)?.name;
  return {
    key: `person:${p.id}`,
    kind: 'person',
    id: p.id,
    name: text(p.name),
    detail: join([latest ? `${text(latest.title)}${latest.end ? ` (until ${latest.end})` : ''}` : undefined, country]),
    current: !!latest && latest.end === null,
    // ISO dates (full or partial) sort as text.
    heldUntil:
      roles
        .map((role) => (role.end === null ? STILL_HELD : text(role.end)))
        .sort()
        .at(-1) ?? '',
    names: join([p.name, p.nativeName]),
    aliases: join([...list(p.aliases), ...list(p.shortNames)]),
    misspellings: join(list(p.misspellings)),
    offices: join(offices),
    places: join(countryForms(corpus, p.country)),
    summary: text(p.summary),
  };
}

const SERIES_FORMS: Partial<Record<Meeting['series'], string[]>> = {
  ADMM: ['ADMM'],
  'ADMM-Plus': ['ADMM-Plus', 'ADMM+'],
  'ADMM-Retreat': ['ADMM Retreat'],
};

function meetingDocument(corpus: Corpus, m: Meeting): SearchDocument {
  const series = SERIES_FORMS[m.series] ?? [text(m.series)];
  const ordinals = m.ordinal ? series.flatMap((s) => [`${ordinalSuffix(m.ordinal as number)} ${s}`, `${s} ${m.ordinal}`]) : [];
  const year = text(m.start).slice(0, 4);
  const country = list(corpus.countries).find((c) => c.id === m.country)?.name;
  return {
    key: `meeting:${m.id}`,
    kind: 'meeting',
    id: m.id,
    name: text(m.name),
    detail: join([m.city, country, m.start]),
    current: false,
    heldUntil: '',
    names: text(m.name),
    aliases: join([...list(m.aliases), ...ordinals]),
    misspellings: '',
    offices: '',
    places: join([m.city, year, ...countryForms(corpus, m.country)]),
    summary: text(m.summary),
  };
}

function termDocument(t: Term): SearchDocument {
  return {
    key: `term:${t.id}`,
    kind: 'term',
    id: t.id,
    name: text(t.label),
    detail: text(t.expansion) || text(t.category),
    current: false,
    heldUntil: '',
    names: join([t.label, t.expansion]),
    aliases: join(list(t.aliases)),
    misspellings: '',
    offices: '',
    places: '',
    summary: '',
  };
}

/**
 * A record of the reader's that no longer fits the schema (written by an older version, or edited
 * by hand in the database) must not take the whole search down: it is left out, the rest indexed.
 */
export function searchDocuments(corpus: Corpus): { documents: SearchDocument[]; unreadable: string[] } {
  const documents: SearchDocument[] = [];
  const unreadable: string[] = [];
  const keys = new Set<string>();
  const add = <R>(records: readonly R[] | undefined, toDocument: (r: R) => SearchDocument) => {
    for (const record of records ?? []) {
      try {
        const doc = toDocument(record);
        if (typeof doc.id !== 'string' || !doc.id || !doc.name) throw new Error('no id or name');
        // Two rows with one id would make the index throw; the first one wins.
        if (keys.has(doc.key)) throw new Error('duplicate id');
        keys.add(doc.key);
        documents.push(doc);
      } catch {
        unreadable.push(String((record as { id?: unknown } | null)?.id ?? '(no id)'));
      }
    }
  };
  add(corpus.people, (p) => personDocument(corpus, p));
  add(corpus.meetings, (m) => meetingDocument(corpus, m));
  add(corpus.terms, termDocument);
  return { documents, unreadable };
}
