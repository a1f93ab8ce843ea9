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

/**
 * How far the date can be trusted (issue 20):
 * - high: the reader's choice, publisher metadata, a header <time>, a dateline with its year, or a
 *   year-explicit date at the top of the text;
 * - medium: inferred, and the evidence pins the day to within a few days;
 * - low: inferred, the year is settled but the day only within `range`. Good enough to name who held
 *   an office (a role phrase), never enough for a fact-check flag.
 */
export type DateConfidence = 'high' | 'medium' | 'low';

export interface ArticleDate {
  /** ISO day (YYYY-MM-DD), or null when nothing was found. */
  date: string | null;
  source: DateSource;
  /** Absent on dates made before issue 20: read as high unless the source is 'inferred'. */
  confidence?: DateConfidence;
  /** What dated the page, in plain words ("the 17th ADMM, which the text says opened on Wednesday"). */
  evidence?: string;
  /** The inclusive days the evidence allows, when it does not settle one day. */
  range?: { from: string; to: string };
}
