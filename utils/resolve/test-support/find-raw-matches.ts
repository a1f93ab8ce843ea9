/**
 * A deliberately naive stand-in for the matcher (issue 5), so resolver tests control their input:
 * every occurrence of every form, on word boundaries, overlaps included, grouped by span.
 */
import type { Corpus } from '../../corpus/schema';
import { rolePhraseEntries } from '../../dictionary/role-phrases';
import type { DictionaryEntry, RawMatch } from '../../model/dictionary-entry';

export function testDictionary(corpus: Corpus): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  const add = (form: string, target: string, kind: DictionaryEntry['kind'], via: DictionaryEntry['via'], caseSensitive = false) =>
    entries.push({ form, target, kind, via, caseSensitive });
  for (const p of corpus.people) {
    add(p.name, p.id, 'person', 'name');
    if (p.nativeName) add(p.nativeName, p.id, 'person', 'alias');
    for (const a of p.aliases) add(a, p.id, 'person', 'alias');
    for (const m of p.misspellings) add(m, p.id, 'person', 'misspelling');
    for (const s of p.shortNames) add(s, p.id, 'person', 'short-name');
  }
  for (const m of corpus.meetings) {
    add(m.name, m.id, 'meeting', 'name');
    for (const a of m.aliases) add(a, m.id, 'meeting', 'alias');
  }
  for (const t of corpus.terms) {
    const kind = t.category === 'organisation' ? 'organization' : 'term';
    add(t.label, t.id, kind, 'name', t.caseSensitive);
    for (const a of t.aliases) add(a, t.id, kind, 'alias', t.caseSensitive);
  }
  return [...entries, ...rolePhraseEntries(corpus)];
}

export function findRawMatches(text: string, corpus: Corpus): RawMatch[] {
  const bySpan = new Map<string, RawMatch>();
  const lower = text.toLowerCase();
  const wordChar = /[\p{L}\p{N}]/u;
  for (const entry of testDictionary(corpus)) {
    const hay = entry.caseSensitive ? text : lower;
    const needle = entry.caseSensitive ? entry.form : entry.form.toLowerCase();
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
      const end = i + needle.length;
      if (wordChar.test(text[i - 1] ?? '') || wordChar.test(text[end] ?? '')) continue;
      const key = `${i}:${end}`;
      const match = bySpan.get(key) ?? { start: i, end, text: text.slice(i, end), entries: [] };
      match.entries.push(entry);
      bySpan.set(key, match);
    }
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}
