/**
 * A citation in parts (the fact in words, the source it rests on), and the three ways the clipboard
 * takes it: plain text, Markdown and HTML. Data is escaped for Markdown and HTML, and only an http(s)
 * address ever becomes a link: corpus text is never trusted as markup.
 */
import type { Source } from '../corpus/schema';

export interface CiteParts {
  /** The fact in one sentence, without its source. */
  fact: string;
  source?: Source;
}

export interface Citation {
  plain: string;
  markdown: string;
  html: string;
}

export const isHttpUrl = (url: string): boolean => /^https?:\/\/[^\s]+$/i.test(url);

/**
 * Markdown's punctuation that can start markup, backslash-escaped. Parentheses are left alone: they
 * make a link only right after "]", which is escaped.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const tail = (s: Source) => `${s.publisher}${s.date ? `, ${s.date}` : ''}`;

export function sourcePlain(s: Source): string {
  return `${s.title}, ${tail(s)}${isHttpUrl(s.url) ? `, ${s.url}` : ''}`;
}

export function sourceMarkdown(s: Source): string {
  const title = escapeMarkdown(s.title);
  // An address with parentheses or spaces would end the link early: angle brackets keep it whole.
  const link = isHttpUrl(s.url) ? `[${title}](<${s.url.replace(/[<>]/g, encodeURIComponent)}>)` : title;
  return `${link}, ${escapeMarkdown(tail(s))}`;
}

export function sourceHtml(s: Source): string {
  const title = escapeHtml(s.title);
  const link = isHttpUrl(s.url) ? `<a href="${escapeHtml(s.url)}">${title}</a>` : title;
  return `${link}, ${escapeHtml(tail(s))}`;
}

export function renderCitation({ fact, source }: CiteParts): Citation {
  if (!source) return { plain: fact, markdown: escapeMarkdown(fact), html: `<p>${escapeHtml(fact)}</p>` };
  return {
    plain: `${fact}; source: ${sourcePlain(source)}`,
    markdown: `${escapeMarkdown(fact)}; source: ${sourceMarkdown(source)}`,
    html: `<p>${escapeHtml(fact)}; source: ${sourceHtml(source)}</p>`,
  };
}

const dayDistance = (a: string, b: string) => Math.abs(Date.parse(a.padEnd(10, '-01').slice(0, 10)) - Date.parse(b));

/**
 * The source to cite: one with an http(s) address, dated nearest the article's day when there is one
 * (the report of the week is better evidence than a profile written years later), else the first.
 */
export function bestSource(sources: readonly Source[], day: string | null): Source | undefined {
  const linked = sources.filter((s) => isHttpUrl(s.url));
  const pool = linked.length > 0 ? linked : sources;
  if (!day) return pool[0];
  const dated = pool.filter((s) => s.date);
  if (dated.length === 0) return pool[0];
  return dated.reduce((best, s) => (dayDistance(s.date!, day) < dayDistance(best.date!, day) ? s : best));
}
