/**
 * A briefing of a page in Markdown (issue 18), for an editor: the article's date and how it was
 * found, every flag with its correction and source, then every person, meeting and term mentioned
 * with its one-line fact and source, in page order or grouped by kind. Pure.
 */
import type { Corpus } from '../corpus/schema';
import type { ArticleDate, Mention, MentionKind } from '../model/mention';
import { describeArticleDate } from '../resolve/date-words';
import { entityParts, flagParts } from './cite-fact';
import { type CiteParts, escapeMarkdown, sourceMarkdown } from './cite-parts';

export type BriefingOrder = 'page' | 'kind';

export interface BriefingInput {
  corpus: Corpus;
  url: string;
  /** The page's title, when the caller knows it. */
  title?: string;
  date: ArticleDate;
  mentions: readonly Mention[];
  order: BriefingOrder;
}

const KIND_HEADING: Record<MentionKind, string> = { person: 'People', meeting: 'Meetings', term: 'Terms', organization: 'Organisations' };
const KIND_ORDER: readonly MentionKind[] = ['person', 'meeting', 'term', 'organization'];

const line = ({ fact, source }: CiteParts) => `${escapeMarkdown(fact)}${source ? `. Source: ${sourceMarkdown(source)}` : ''}`;

export function buildBriefing({ corpus, url, title, date, mentions, order }: BriefingInput): string {
  const day = date.date;
  const out: string[] = [`# Briefing: ${escapeMarkdown(title?.trim() || url)}`, ''];
  if (title?.trim()) out.push(`Page: <${url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  out.push(`Article date: ${day ?? 'unknown'} (${escapeMarkdown(describeArticleDate(date))})`, '');

  const flags: string[] = [];
  const seenFlags = new Set<string>();
  for (const m of mentions) {
    for (const flag of m.flags) {
      const key = `${m.id}|${m.text}|${flag.message}`;
      if (seenFlags.has(key)) continue;
      seenFlags.add(key);
      flags.push(`- “${escapeMarkdown(m.text)}”: ${line(flagParts({ corpus, mention: m, flag, day }))}`);
    }
  }
  out.push('## Flags', '', ...(flags.length ? flags : ['None.']), '');

  // One entry per record, at its first mention.
  const firsts: Mention[] = [];
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (!counts.has(m.id)) firsts.push(m);
    counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  }
  const entry = (m: Mention) => {
    const parts = entityParts({ corpus, id: m.id, day });
    const n = counts.get(m.id) ?? 1;
    const times = n > 1 ? ` (${n} mentions)` : '';
    return `- **${escapeMarkdown(m.name)}**${times}: ${parts ? line(parts) : 'not in the corpus any more'}`;
  };
  out.push('## Mentioned', '');
  if (firsts.length === 0) out.push('Nothing from the corpus.', '');
  else if (order === 'page') out.push(...firsts.map(entry), '');
  else {
    for (const kind of KIND_ORDER) {
      const ofKind = firsts.filter((m) => m.kind === kind);
      if (ofKind.length) out.push(`### ${KIND_HEADING[kind]}`, '', ...ofKind.map(entry), '');
    }
  }
  out.push('Made with Defence Lens from its bundled corpus; check each source before publishing.');
  return `${out.join('\n')}\n`;
}

/** A file name for the download: "briefing-example.org-2016-09-30.md". */
export function briefingFileName(url: string, day: string | null): string {
  let host = 'page';
  try {
    host = new URL(url).hostname || 'page';
  } catch {}
  return `briefing-${host.replace(/[^a-z0-9.-]/gi, '_')}${day ? `-${day}` : ''}.md`;
}
