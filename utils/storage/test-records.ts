/** Records for the storage tests: a bundled-looking term, tagged as the stores keep it. */
import type { TaggedRecord } from '../corpus/schema';

export const testSource = { title: 'A page', publisher: 'A publisher', date: null, url: 'https://example.org/' };

export const testTerm = (id: string, definition = 'bundled'): TaggedRecord => ({
  kind: 'term',
  record: {
    id,
    label: id.toUpperCase(),
    aliases: [],
    caseSensitive: true,
    category: 'mechanism',
    definition,
    related: [],
    sources: [testSource],
    unverified: [],
  },
});
