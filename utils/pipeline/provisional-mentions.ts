/**
 * Which mentions of a provisional pass (the pipeline run on the part of a page near the viewport
 * alone, before the whole page is read, without the article's date) may be shown at once. Only
 * those that more of the page cannot change: a person's or a term's own full form, unflagged. Left
 * for the whole scan:
 * - every flag (misspellings included: a false flag is the worst thing the product can do, and the
 *   title and office checks need the article's date, which the rest of the page may settle);
 * - short names and role phrases (coreference and office holders read the whole page and its date);
 * - meetings (a series name is resolved to the session nearest the article's date, ordinals and
 *   descriptions to the date too) and descriptions that fit several entities;
 * - a person with anything written before the full form (a title is fact-checked on the date) or an
 *   apposition after it ("Ng Eng Hen, the Defence Minister,": checked on the date too), and any
 *   form that is not one of the corpus's own for that person (name variants).
 * What is kept is a subset of what the whole scan marks at the same place, with the same kind.
 */
import type { Corpus } from '../corpus/schema';
import type { Mention } from '../model/mention';

const POSSESSIVE = /['’]s?$/u;
const APPOSITION_AFTER = /^\s*,/u;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The full forms of each person (name, native name, aliases), squashed, built once per corpus. */
const formsCache = new WeakMap<Corpus, Map<string, Set<string>>>();

function fullFormsOf(corpus: Corpus): Map<string, Set<string>> {
  let forms = formsCache.get(corpus);
  if (!forms) {
    forms = new Map();
    for (const p of corpus.people) {
      const set = new Set([p.name, ...(p.nativeName ? [p.nativeName] : []), ...p.aliases].map(squash));
      forms.set(p.id, set);
    }
    formsCache.set(corpus, forms);
  }
  return forms;
}

/** Whether a mention found on part of the page is marked the same by the whole page's scan. */
export function isProvisionalSafe({ mention: m, text, corpus }: { mention: Mention; text: string; corpus: Corpus }): boolean {
  if (m.flags.length > 0 || m.candidates) return false;
  if (m.via !== 'name' && m.via !== 'alias') return false;
  if (m.kind === 'term' || m.kind === 'organization') return true;
  if (m.kind !== 'person') return false;
  if (APPOSITION_AFTER.test(text.slice(m.end, m.end + 8))) return false;
  const own = squash(m.text.replace(POSSESSIVE, ''));
  return fullFormsOf(corpus).get(m.id)?.has(own) === true;
}

/** The mentions of a provisional pass that may be shown before the whole page is read, in order. */
export function provisionalMentions({ mentions, text, corpus }: { mentions: readonly Mention[]; text: string; corpus: Corpus }): Mention[] {
  return mentions.filter((mention) => isProvisionalSafe({ mention, text, corpus }));
}
