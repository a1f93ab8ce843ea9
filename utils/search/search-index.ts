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
  /** Ids of records that could not be read (broken records of the reader's), left out of the index. */
  unreadable: string[];
  /** The index as JSON-safe data, for a cache that outlives the popup. */
  serialise(): SerialisedSearch;
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

/**
 * Ranking tiers, above the score: a query that is a record's whole name or alias ("ADMM", "East
 * Sea") puts that record first; a query that names an office ("Japan defence minister": every word
 * lies in a person's offices) puts its holders next. Tiers rather than score multipliers, because
 * word statistics shift as the corpus grows: a multiplier tuned on one corpus let the "ASEAN-Japan
 * Defence Ministers' Informal Meeting" overtake the Japanese minister once more meetings arrived.
 */
enum Tier {
  Other = 0,
  OfficeHolder = 1,
  WholeForm = 2,
}

/** Digits never fuzzy-match: "17th" must not find the 10th meeting. */
const fuzzyFor = (term: string): number | false => (term.length >= 4 && !/\d/.test(term) ? 0.2 : false);

/** Bumped whenever the documents, fields or options change: a cached index of another format is rebuilt. */
export const SEARCH_FORMAT = 3;

/** An index as cached between popup opens (see utils/search/README.md). */
export interface SerialisedSearch {
  format: number;
  /** MiniSearch's own JSON. */
  index: string;
  unreadable: string[];
}

/** What the index keeps of each document to show and rank a hit without the corpus. */
type IndexedDocument = SearchDocument & { forms: string[] };

// The same options must be given to load a serialised index as to build it.
const INDEX_OPTIONS = {
  idField: 'key',
  fields: [...SEARCH_FIELDS],
  storeFields: [...STORED_FIELDS, 'forms'],
  tokenize,
  processTerm: (term: string) => term,
  searchOptions: {
    boost: FIELD_BOOST,
    prefix: (term: string) => term.length >= 2,
    fuzzy: fuzzyFor,
    boostDocument: (_key: unknown, _term: string, stored?: Record<string, unknown>) => (stored?.current ? CURRENT_HOLDER_BOOST : 1),
  },
};

export function buildCorpusSearch(corpus: Corpus): CorpusSearch {
  const index = new MiniSearch<IndexedDocument>(INDEX_OPTIONS);
  const { documents, unreadable } = searchDocuments(corpus);
  index.addAll(documents.map((d) => ({ ...d, forms: wholeForms(d).map((f) => tokenize(f).join(' ')) })));
  return wrap(index, unreadable);
}

/**
 * Loads a cached index; undefined when it was written in another format (the caller rebuilds).
 * Synchronous on purpose: MiniSearch's loadJSONAsync yields with setTimeout after every thousand
 * entries and awaits each posting list, which made a reader's 10,000 records take ~0.9 s to load in
 * the popup instead of ~0.12 s in one go (the bundled corpus loads in a few milliseconds). The popup
 * has painted its search box before this runs, and keys typed meanwhile are queued, not lost.
 */
export function loadCorpusSearch(saved: SerialisedSearch): CorpusSearch | undefined {
  if (saved.format !== SEARCH_FORMAT) return undefined;
  return wrap(MiniSearch.loadJSON<IndexedDocument>(saved.index, INDEX_OPTIONS), saved.unreadable);
}

function wrap(index: MiniSearch<IndexedDocument>, unreadable: string[]): CorpusSearch {
  return {
    documentCount: index.documentCount,
    unreadable,
    serialise: () => ({ format: SEARCH_FORMAT, index: JSON.stringify(index), unreadable }),
    search(query: string): SearchGroup[] {
      const q = query.slice(0, MAX_QUERY_LENGTH);
      const words = tokenize(q);
      if (words.length === 0) return [];
      // Every word must match; when none does, settle for any word rather than show nothing.
      let results = index.search(q, { combineWith: 'AND' });
      if (results.length === 0) results = index.search(q, { combineWith: 'OR' });
      const asTyped = words.join(' ');
      const tierOf = (r: SearchResult): Tier => {
        if ((r.forms as string[] | undefined)?.includes(asTyped)) return Tier.WholeForm;
        return r.kind === 'person' && namesOffice(r, words) ? Tier.OfficeHolder : Tier.Other;
      };
      const ranked = results.map((r) => ({ hit: toHit(r), tier: tierOf(r), heldUntil: r.heldUntil as string }));
      // Holders of the office asked for: the current one, then former ones, the latest first.
      const byTenure = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
        a.tier === Tier.OfficeHolder && b.tier === Tier.OfficeHolder ? b.heldUntil.localeCompare(a.heldUntil) : 0;
      ranked.sort((a, b) => b.tier - a.tier || byTenure(a, b) || b.hit.score - a.hit.score);
      return groupByKind(ranked.map((x) => x.hit));
    },
  };
}

/** Every word the reader typed found (whole or as a prefix, not fuzzily) in the person's offices. */
function namesOffice(r: SearchResult, words: string[]): boolean {
  const matches = Object.entries(r.match);
  return words.every((w) => matches.some(([term, fields]) => fields.includes('offices') && term.startsWith(w)));
}

/** A misspelling note when a word the reader typed matched only a record's misspellings. */
function toHit(r: SearchResult): SearchHit {
  const name = r.name as string;
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
