import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { TaggedRecord } from '../corpus/schema';
import { corpusFromRecords } from '../corpus/tagged-records';
import { buildMatcherSnapshot, matcherForCorpus } from '../match/corpus-matcher';
import { findMatches } from '../match/find-matches';
import { deleteRecord, putRecord, seedBundled } from '../storage/corpus-store';
import { openCorpusDb } from '../storage/db';
import { cachedUserLayer } from './user-layer-cache';

const source = { title: 'A page', publisher: 'A publisher', date: null, url: 'https://example.org/' };
const term = (id: string, label: string, aliases: string[] = []): TaggedRecord => ({
  kind: 'term',
  record: {
    id,
    label,
    aliases,
    caseSensitive: false,
    category: 'mechanism',
    definition: 'A test term.',
    related: [],
    sources: [source],
    unverified: [],
  },
});
const bundled = [term('admm', 'ADMM'), term('adsom', 'ADSOM')];
const snapshot = buildMatcherSnapshot(corpusFromRecords('v1', bundled));

let n = 0;
async function seededDb() {
  const db = await openCorpusDb(`user-layer-${n++}`);
  await seedBundled(db, 'v1', bundled);
  return db;
}
const targets = (m: ReturnType<typeof matcherForCorpus>, text: string) =>
  [...new Set(findMatches(m, text).flatMap((r) => r.entries.map((e) => e.target)))].sort();

describe("the reader's compiled layer", () => {
  it('is built once per corpus, served from the database after, and rebuilt when the corpus changes', async () => {
    const db = await seededDb();
    await putRecord(db, term('quokka', 'Quokka Protocol', ['Quokka Pact']));
    const first = await cachedUserLayer(db, '1', snapshot);
    expect(first.cached).toBe(false);
    expect(first.suppress).toEqual(['quokka']);
    expect((await cachedUserLayer(db, '1', snapshot)).cached).toBe(true);
    await deleteRecord(db, 'adsom');
    const after = await cachedUserLayer(db, '2', snapshot);
    expect(after.cached).toBe(false);
    expect(after.suppress.sort()).toEqual(['adsom', 'quokka']);
  });

  it('marks what compiling in the page would mark: the reader’s records found, deleted bundled ones not', async () => {
    const db = await seededDb();
    await putRecord(db, term('quokka', 'Quokka Protocol', ['Quokka Pact']));
    await deleteRecord(db, 'adsom');
    const layer = await cachedUserLayer(db, '3', snapshot);
    const corpus = corpusFromRecords('v1', [bundled[0] as TaggedRecord, term('quokka', 'Quokka Protocol', ['Quokka Pact'])]);
    const text = 'At the ADMM and the ADSOM, the Quokka Pact was signed.';
    const shared = matcherForCorpus({ snapshot, corpus, userIds: ['quokka', 'adsom'], userLayer: layer });
    const local = matcherForCorpus({ snapshot, corpus, userIds: ['quokka', 'adsom'] });
    expect(targets(shared, text)).toEqual(['admm', 'quokka']);
    expect(targets(shared, text)).toEqual(targets(local, text));
  });
});
