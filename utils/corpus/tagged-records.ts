import type { Corpus, TaggedRecord } from './schema';

/** Every record of a corpus with its kind, in a stable order (people, meetings, terms, offices, countries). */
export function taggedRecords(corpus: Corpus): TaggedRecord[] {
  return [
    ...corpus.people.map((record) => ({ kind: 'person' as const, record })),
    ...corpus.meetings.map((record) => ({ kind: 'meeting' as const, record })),
    ...corpus.terms.map((record) => ({ kind: 'term' as const, record })),
    ...corpus.offices.map((record) => ({ kind: 'office' as const, record })),
    ...corpus.countries.map((record) => ({ kind: 'country' as const, record })),
  ];
}

/** Rebuilds a corpus from tagged records (the inverse of taggedRecords, ambiguities aside). */
export function corpusFromRecords(version: string, records: TaggedRecord[], ambiguities: Corpus['ambiguities'] = []): Corpus {
  const corpus: Corpus = { version, countries: [], offices: [], people: [], meetings: [], terms: [], ambiguities };
  for (const r of records) {
    switch (r.kind) {
      case 'person':
        corpus.people.push(r.record);
        break;
      case 'meeting':
        corpus.meetings.push(r.record);
        break;
      case 'term':
        corpus.terms.push(r.record);
        break;
      case 'office':
        corpus.offices.push(r.record);
        break;
      case 'country':
        corpus.countries.push(r.record);
        break;
    }
  }
  return corpus;
}
