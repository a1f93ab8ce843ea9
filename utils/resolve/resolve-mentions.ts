/**
 * The resolution stage: raw matches in, mentions out. This first version keeps full names, aliases,
 * labels and misspellings (with a misspelling flag) and drops what needs context (short names, role
 * phrases). Issue 6 replaces it with dates, time-aware roles, coreference, fact-checks and meetings.
 */
import type { Corpus } from '../corpus/schema';
import type { DictionaryEntry, RawMatch } from '../match/dictionary-entry';
import type { ArticleDate, Mention, MentionKind } from '../match/mention';

export interface ResolveInput {
  text: string;
  matches: RawMatch[];
  corpus: Corpus;
  date: ArticleDate;
}

export function resolveMentions({ matches, corpus }: ResolveInput): Mention[] {
  const names = new Map<string, string>();
  for (const p of corpus.people) names.set(p.id, p.name);
  for (const t of corpus.terms) names.set(t.id, t.label);
  for (const m of corpus.meetings) names.set(m.id, m.name);
  const out: Mention[] = [];
  for (const match of matches) {
    const entry = match.entries.find((e): e is DictionaryEntry & { kind: MentionKind } => e.kind !== 'role' && e.via !== 'short-name');
    if (!entry) continue;
    const name = names.get(entry.target) ?? entry.form;
    out.push({
      start: match.start,
      end: match.end,
      text: match.text,
      kind: entry.kind,
      id: entry.target,
      name,
      via: entry.via,
      flags:
        entry.via === 'misspelling' ? [{ type: 'misspelling', message: `Likely misspelling of ${name}`, evidence: [entry.target] }] : [],
    });
  }
  return out;
}
