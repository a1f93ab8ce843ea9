/**
 * What the pipeline produces for one place in a page's text: the shared currency of the matcher,
 * the resolution stage, the content script's marks and cards, the popup and `npm run scan`.
 */

/**
 * Every kind of mention, in the order the UI lists them. `organization` is a term whose category is
 * "organisation" (spelling as the scan output requires).
 */
export const MENTION_KINDS = ['person', 'term', 'meeting', 'organization'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

/** How the mention was recognised. */
export type MentionVia =
  | 'name' // canonical name or label
  | 'alias' // another correct full form (incl. native names, expansions)
  | 'misspelling' // a known wrong form: carries a misspelling flag
  | 'short-name' // culture-aware short name after a full mention (coreference)
  | 'role' // a role phrase resolved on the article's date ("Japanese Defence Minister")
  | 'ordinal' // "the 17th ADMM"
  | 'description'; // "the ASEAN-US informal meeting held last week in Hawaii"

export type FlagType = 'misspelling' | 'wrong-title' | 'not-in-office';

export interface Flag {
  type: FlagType;
  /** What the reader sees, e.g. "Likely misspelling of Ashton Carter". */
  message: string;
  /** Ids of the corpus records the flag relies on (cited on the card). */
  evidence: string[];
}

export interface Mention {
  /** UTF-16 offsets into the extracted text. */
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** The entity's id; for an ambiguous description, the first candidate. */
  id: string;
  /** The entity's canonical name or label. */
  name: string;
  via: MentionVia;
  flags: Flag[];
  /** Set when a description fits several entities: the card lists them instead of picking one. */
  candidates?: string[];
}

export type DateSource = 'override' | 'meta' | 'json-ld' | 'time' | 'dateline' | 'inferred' | 'none';

export interface ArticleDate {
  /** ISO day (YYYY-MM-DD), or null when nothing was found. */
  date: string | null;
  source: DateSource;
}
