/** A record with facts no source read could confirm: shown, and listed as not confirmed. */
import type { CardFixtureBuilder } from './card-fixture';
import { dated, mentionOf } from './card-fixture';
import { unverifiedLabel } from './card-model';

/**
 * Halbi Mohd Yussof's current title is unverified; as the corpus's sourcing goes on and that fact is
 * confirmed, the fixture moves to the first person who still has an unverified fact.
 */
const PREFERRED = 'halbi-mohd-yussof';

export const unverifiedFacts: CardFixtureBuilder = (corpus) => {
  const person =
    corpus.people.find((p) => p.id === PREFERRED && p.unverified.length > 0) ??
    corpus.people.find((p) => p.unverified.length > 0 && p.roles.length > 0);
  if (!person) throw new Error('card fixture: no person in the corpus has an unverified fact');
  const latest = person.roles.at(-1);
  // A day inside the latest role, so that the card shows that role (a partial start date gives no day).
  const day = latest && /^\d{4}-\d{2}-\d{2}$/.test(latest.start) ? latest.start : null;
  return {
    name: 'unverified-facts',
    state: 'A record with unverified facts',
    mention: mentionOf(corpus, person.id),
    date: dated(day),
    shows: [person.name, 'Not confirmed by a source:', ...person.unverified.map((path) => unverifiedLabel(person.roles, path))],
  };
};
