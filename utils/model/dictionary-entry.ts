/**
 * One surface form the matcher looks for, and what it points to. The dictionary is built from the
 * corpus (names, aliases, misspellings, short names, term labels, meeting names, role phrases);
 * the matcher itself knows nothing of the corpus.
 */
import type { MentionKind, MentionVia } from './mention';

export interface DictionaryEntry {
  /** The form as written in the corpus, e.g. "Phan Văn Giang", "ADMM+", "Japanese Defence Minister". */
  form: string;
  /** Acronyms and case-sensitive terms match their case exactly; names are case-folded. */
  caseSensitive: boolean;
  /** Entity id, or for a role phrase (kind "role") the office id. */
  target: string;
  /** 'name-part': one part of a person's name, an anchor for the name-variant stage, never a mention. */
  kind: MentionKind | 'role' | 'name-part';
  via: MentionVia;
}

/** A place in the text where one form matched; `entries` holds every entry with that form. */
export interface RawMatch {
  start: number;
  end: number;
  text: string;
  entries: DictionaryEntry[];
}
