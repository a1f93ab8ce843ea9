/** A term card: its expansion, definition and the related terms it links to. */
import type { CardFixtureBuilder } from './card-fixture';
import { dated, mentionOf, recordOf } from './card-fixture';
import { displayName } from './card-model';

export const termWithRelatedTerms: CardFixtureBuilder = (corpus) => {
  const hadr = recordOf(corpus, 'hadr');
  if (hadr.kind !== 'term' || hadr.record.related.length < 2) throw new Error('card fixture: hadr has fewer than two related records');
  return {
    name: 'term-related',
    state: 'A term with related terms',
    mention: mentionOf(corpus, 'hadr', { text: 'HA/DR', via: 'alias' }),
    date: dated('2016-09-30'),
    shows: ['HADR', 'Related', ...hadr.record.related.map((id) => displayName(corpus, id))],
  };
};
