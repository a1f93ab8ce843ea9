/**
 * The article's date in plain words for the popup and the cards (issue 20): where it came from and
 * how far to trust it. Kept apart from article-date.ts so the popup does not bundle the detector.
 */
import type { ArticleDate } from '../model/mention';

const SOURCE: Record<Exclude<ArticleDate['source'], 'inferred' | 'none'>, string> = {
  override: 'set by you',
  meta: "from the page's metadata",
  'json-ld': "from the page's structured data",
  time: "from the date in the article's header",
  dateline: "from the article's dateline",
};

/** How far the date can be trusted, in a word or two. */
export function dateTrustWords(date: ArticleDate): string {
  if (!date.date) return 'unknown';
  if (date.source !== 'inferred' || date.confidence === 'high') return 'reliable';
  if (date.confidence === 'medium') return 'probably right to within a few days';
  return 'a rough guess';
}

/** One sentence: where the date came from, how sure it is, and what it is used for. */
export function describeArticleDate(date: ArticleDate): string {
  const range = date.range ? `between ${date.range.from} and ${date.range.to}` : '';
  if (!date.date) {
    return range
      ? `No date found; the text places the article ${range}${date.evidence ? ` (${date.evidence})` : ''}. Roles are shown as latest known.`
      : 'No date found: roles are shown as latest known.';
  }
  if (date.source !== 'inferred') return SOURCE[date.source as keyof typeof SOURCE] ?? 'unknown';
  const from = date.evidence ? `: ${date.evidence}` : '';
  if (date.confidence === 'high') return `inferred from the text, reliably${from}`;
  if (date.confidence === 'medium') return `inferred from the text, probably right to within a few days${from}`;
  if (range) return `a rough guess from the text, ${range}${from}; fact-checks hold only if true on every one of those days`;
  return `a rough guess from the latest date written in the text; not used to fact-check titles`;
}

/**
 * Under a title or office flag checked on an inferred date: says so, and where to set the date.
 * Undefined when the date is one the reader can trust as it is.
 */
export function flagDateNote(date: ArticleDate): string | undefined {
  if (!date.date || date.source !== 'inferred' || date.confidence === 'high') return undefined;
  return `Checked against a date inferred from the text (${date.date}, ${dateTrustWords(date)}). If the article is from another day, set its date in the Defence Lens popup (toolbar button, "Article date").`;
}
