/**
 * The records a card shows whole (issue 15): a page holds the resolver's view of the corpus
 * (utils/corpus/resolver-view.ts), and asks for these by id when the card is about to show them
 * (utils/corpus/details-cache.ts). The card's record itself (its summary, definition, outcomes,
 * sources), for a person the offices of their roles (the timeline's vacancies), and for a mention
 * its candidate meetings and its flags' evidence. Related records are shown by name only, which the
 * view holds; one opened in the card asks for its own.
 */
import type { Corpus } from '../../utils/corpus/schema';
import type { Mention } from '../../utils/model/mention';

export function detailIds(corpus: Corpus, id: string, mention?: Mention): string[] {
  const ids = [id];
  const person = corpus.people.find((p) => p.id === id);
  if (person) for (const role of person.roles) ids.push(role.office);
  if (mention) {
    ids.push(...(mention.candidates ?? []));
    for (const flag of mention.flags) ids.push(...flag.evidence);
  }
  return [...new Set(ids)];
}
