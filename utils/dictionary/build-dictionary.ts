/**
 * The dictionary the matcher looks for, built from a corpus: people's names, native names,
 * aliases, misspellings and short names; terms' labels, aliases and expansions; meetings' names
 * and aliases; and role phrases ("Japanese Defence Minister") from the resolution stage.
 */
import type { Corpus } from '../corpus/schema';
import type { DictionaryEntry } from '../model/dictionary-entry';
import type { MentionKind, MentionVia } from '../model/mention';
import { formVariants } from './form-variants';
import { namePartsOf } from './name-parts';
import { rolePhraseEntries } from './role-phrases';
import { shortNamesOf } from './short-names';

/** Acronyms (all capitals and digits, like "ADMM" or "CEPPP") always match their case. */
const looksLikeAcronym = (form: string) => /^[A-Z0-9][A-Z0-9&+\-. ]*$/.test(form) && /[A-Z]{2}/.test(form);

export function buildDictionary(corpus: Corpus): DictionaryEntry[] {
  const out: DictionaryEntry[] = [];
  // A spelling two forms of one record share ("ADSOM Plus WG" from the label "ADSOM-Plus WG" and
  // from an alias) is kept once, as the first form gave it: duplicates only made the snapshot bigger.
  const seen = new Set<string>();
  const add = (form: string, target: string, kind: DictionaryEntry['kind'], via: MentionVia, caseSensitive: boolean) => {
    // People's names keep their spelling (variants of names are the name-variant stage's job).
    for (const f of kind === 'person' ? [form.trim()] : formVariants(form.trim())) {
      if (f.length < 2) continue;
      const cased = caseSensitive || looksLikeAcronym(f);
      // People keep one entry per way of naming them (a misspelling must stay a misspelling).
      const key = `${kind}\u0000${target}\u0000${cased}\u0000${kind === 'person' ? via : ''}\u0000${f}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ form: f, caseSensitive: cased, target, kind, via });
    }
  };
  for (const p of corpus.people) {
    add(p.name, p.id, 'person', 'name', false);
    if (p.nativeName) add(p.nativeName, p.id, 'person', 'alias', false);
    for (const a of p.aliases) add(a, p.id, 'person', 'alias', false);
    for (const m of p.misspellings) add(m, p.id, 'person', 'misspelling', false);
    // Short names are case-sensitive: "Ng" and "Giang" as names, never "ng" inside running text.
    for (const s of shortNamesOf(p)) add(s, p.id, 'person', 'short-name', true);
    // Anchors for the name-variant stage (the matcher also takes them in capitals: "KIHARA Minoru").
    for (const part of namePartsOf(p)) out.push({ form: part, caseSensitive: true, target: p.id, kind: 'name-part', via: 'name' });
  }
  for (const t of corpus.terms) {
    const kind: MentionKind = t.category === 'organisation' ? 'organization' : 'term';
    add(t.label, t.id, kind, 'name', t.caseSensitive);
    for (const a of t.aliases) add(a, t.id, kind, 'alias', t.caseSensitive && looksLikeAcronym(a));
    if (t.expansion) add(t.expansion, t.id, kind, 'alias', false);
  }
  for (const m of corpus.meetings) {
    add(m.name, m.id, 'meeting', 'name', false);
    for (const a of m.aliases) add(a, m.id, 'meeting', 'alias', false);
  }
  out.push(...rolePhraseEntries(corpus));
  return out;
}
