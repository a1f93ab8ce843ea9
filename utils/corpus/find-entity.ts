/**
 * Look-ups by id that the card (components/card/card-model.ts) and the citation
 * (utils/cite/cite-fact.ts) share, so that both read the same record for a mention.
 */
import type { Corpus, Meeting, Person, Term } from './schema';

/** A record a mention can be of: a person, a term or a meeting, with its kind. */
export type CorpusEntity = { kind: 'person'; record: Person } | { kind: 'term'; record: Term } | { kind: 'meeting'; record: Meeting };

/** The person, term or meeting with this id (looked for in that order), or undefined. */
export function findEntity(corpus: Corpus, id: string): CorpusEntity | undefined {
  const person = corpus.people.find((p) => p.id === id);
  if (person) return { kind: 'person', record: person };
  const term = corpus.terms.find((t) => t.id === id);
  if (term) return { kind: 'term', record: term };
  const meeting = corpus.meetings.find((m) => m.id === id);
  return meeting ? { kind: 'meeting', record: meeting } : undefined;
}

/** The country's name, or its id when the corpus has no such country. */
export const countryName = (corpus: Corpus, id: string): string => corpus.countries.find((c) => c.id === id)?.name ?? id;
