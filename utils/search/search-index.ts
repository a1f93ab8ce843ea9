/**
 * Corpus search for the popup: a MiniSearch index built once per popup open from the corpus
 * snapshot. Prefix and fuzzy matching forgive typing; exact matches score higher (MiniSearch weighs
 * prefix and fuzzy hits down); names outrank aliases, which outrank offices, places and summaries.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Corpus } from '../corpus/schema';
import { SEARCH_FIELDS, type SearchDocument, type SearchKind, STORED_FIELDS, searchDocuments, wholeForms } from './search-documents';
import { MAX_QUERY_LENGTH, tokenize } from './search-text';

export type { SearchKind } from './search-documents';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  name: string;
  detail: string;
  score: number;
  /** Set when the query matched a known misspelling, e.g. "misspelling of Ashton Carter". */
  note?: string;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

export interface CorpusSearch {
  search(query: string): SearchGroup[];
  documentCount: number;
}

const FIELD_BOOST: Record<(typeof SEARCH_FIELDS)[number], number> = {
  names: 4,
  aliases: 3,
  misspellings: 2,
  offices: 5,
  places: 1,
  summary: 0.4,
};
const CURRENT_HOLDER_BOOST = 1.5;
/** A query that is a record's whole name or alias ("ADMM", "East Sea") puts that record first. */
const WHOLE_FORM_BOOST = 3;
/**
 * A query whose every matched word is in a person's offices ("Japan defence minister") asks for an
 * office-holder: without this, a meeting named "ASEAN-Japan Defence Ministers' ..." could outrank
 * the minister as the corpus grows and word statistics shift.
 */
const OFFICE_QUERY_BOOST = 2;

/** Digits never fuzzy-match: "17th" must not find the 10th meeting. */
const fuzzyFor = (term: string): number | false => (term.length >= 4 && !/\d/.test(term) ? 0.2 : false);

export function buildCorpusSearch(corpus: Corpus): CorpusSearch {
  const index = new MiniSearch<SearchDocument>({
    idField: 'key',
    fields: [...SEARCH_FIELDS],
    storeFields: [...STORED_FIELDS],
    tokenize,
    processTerm: (term) => term,
    searchOptions: {
      boost: FIELD_BOOST,
      prefix: (term) => term.length >= 2,
      fuzzy: fuzzyFor,
      boostDocument: (_key, _term, stored) => (stored?.current ? CURRENT_HOLDER_BOOST : 1),
    },
  });
  const docs = searchDocuments(corpus);
  index.addAll(docs);
  const names = new Map(docs.map((d) => [d.key, d.name]));
  const forms = new Map(docs.map((d) => [d.key, new Set(wholeForms(d).map((f) => tokenize(f).join(' ')))]));

  return {
    documentCount: docs.length,
    search(query: string): SearchGroup[] {
      const q = query.slice(0, MAX_QUERY_LENGTH);
      if (tokenize(q).length === 0) return [];
      // Every word must match; when none does, settle for any word rather than show nothing.
      let results = index.search(q, { combineWith: 'AND' });
      if (results.length === 0) results = index.search(q, { combineWith: 'OR' });
      const asTyped = tokenize(q).join(' ');
      const hits = results.map((r) => {
        const hit = toHit(r, names.get(r.id as string) ?? '');
        let boost = forms.get(r.id as string)?.has(asTyped) ? WHOLE_FORM_BOOST : 1;
        if (hit.kind === 'person' && Object.values(r.match).every((fields) => fields.includes('offices'))) boost *= OFFICE_QUERY_BOOST;
        return { ...hit, score: hit.score * boost };
      });
      return groupByKind(hits.sort((a, b) => b.score - a.score));
    },
  };
}

/** A misspelling note when a word the reader typed matched only a record's misspellings. */
function toHit(r: SearchResult, name: string): SearchHit {
  const viaMisspelling = Object.entries(r.match).some(
    ([term, fields]) => r.queryTerms.includes(term) && fields.length > 0 && fields.every((f) => f === 'misspellings'),
  );
  return {
    kind: r.kind as SearchKind,
    id: r.id.slice(r.id.indexOf(':') + 1),
    name,
    detail: r.detail as string,
    score: r.score,
    ...(viaMisspelling ? { note: `misspelling of ${name}` } : {}),
  };
}

/** Groups in the order of their best hit; hits within a group keep their score order. */
function groupByKind(hits: SearchHit[]): SearchGroup[] {
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.kind) ?? [];
    list.push(hit);
    groups.set(hit.kind, list);
  }
  return [...groups.entries()].map(([kind, list]) => ({ kind, hits: list }));
}

/** The single best hit across groups (the first hit of the first group). */
export const topHit = (groups: SearchGroup[]): SearchHit | undefined => groups[0]?.hits[0];
