import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { TaggedRecord } from '../corpus/schema';
import { deleteRecord, putRecord, seedBundled } from '../storage/corpus-store';
import { openCorpusDb } from '../storage/db';
import { cachedSearch, readCachedSearch, SEARCH_CACHE_KEY } from './search-cache';
import { loadCorpusSearch, SEARCH_FORMAT, topHit } from './search-index';

const source = { title: 'A page', publisher: 'A publisher', date: null, url: 'https://example.org/' };
const term = (id: string, label: string): TaggedRecord => ({
  kind: 'term',
  record: {
    id,
    label,
    aliases: [],
    caseSensitive: false,
    category: 'mechanism',
    definition: 'A test term.',
    related: [],
    sources: [source],
    unverified: [],
  },
});

let n = 0;
async function seededDb() {
  const db = await openCorpusDb(`search-cache-${n++}`);
  await seedBundled(db, 'v1', [term('admm', 'ADMM'), term('adsom', 'ADSOM')]);
  return db;
}
const top = (saved: Parameters<typeof loadCorpusSearch>[0], q: string) => topHit(loadCorpusSearch(saved)?.search(q) ?? [])?.id;

describe('the cached search index', () => {
  it('is built once, then served from the database until the corpus changes', async () => {
    const db = await seededDb();
    const first = await cachedSearch(db);
    expect(first.cached).toBe(false);
    expect(top(first, 'adsom')).toBe('adsom');

    const second = await cachedSearch(db);
    expect(second.cached).toBe(true);
    expect(second.index).toBe(first.index);
  });

  it("is rebuilt after the reader adds, edits or deletes a record, and finds the reader's records", async () => {
    const db = await seededDb();
    await cachedSearch(db);

    await putRecord(db, term('my-term', 'Zephyr Drill'));
    const added = await cachedSearch(db);
    expect(added.cached).toBe(false);
    expect(top(added, 'zephyr')).toBe('my-term');

    await putRecord(db, term('adsom', 'Quokka Senior Officials'));
    const edited = await cachedSearch(db);
    expect(edited.cached).toBe(false);
    expect(top(edited, 'quokka')).toBe('adsom');

    await deleteRecord(db, 'my-term');
    const deleted = await cachedSearch(db);
    expect(deleted.cached).toBe(false);
    expect(top(deleted, 'zephyr')).toBeUndefined();
  });

  it('can be read directly while it fits, and not once the corpus has changed', async () => {
    const db = await seededDb();
    expect(await readCachedSearch(db, 'r1')).toBeUndefined();
    const built = await cachedSearch(db, 'r1');
    expect((await readCachedSearch(db, 'r1'))?.index).toBe(built.index);
    expect(await readCachedSearch(db, 'r2')).toBeUndefined();
    await putRecord(db, term('my-term', 'Zephyr Drill'));
    expect(await readCachedSearch(db, 'r1')).toBeUndefined();
  });

  it('is rebuilt when the corpus revision or the bundled version changes', async () => {
    const db = await seededDb();
    await cachedSearch(db, 'r1');
    expect((await cachedSearch(db, 'r1')).cached).toBe(true);
    expect((await cachedSearch(db, 'r2')).cached).toBe(false);

    await seedBundled(db, 'v2', [term('admm', 'ADMM'), term('hadr', 'HADR')]);
    const reseeded = await cachedSearch(db, 'r2');
    expect(reseeded.cached).toBe(false);
    expect(top(reseeded, 'hadr')).toBe('hadr');
  });

  it('an entry of another format is rebuilt, and loading one gives undefined', async () => {
    const db = await seededDb();
    const built = await cachedSearch(db);
    const saved = (await db.get('meta', SEARCH_CACHE_KEY)) as { key: string; search: { format: number } };
    await db.put('meta', { ...saved, search: { ...saved.search, format: SEARCH_FORMAT - 1 } }, SEARCH_CACHE_KEY);
    expect((await cachedSearch(db)).cached).toBe(false);
    expect(loadCorpusSearch({ ...built, format: SEARCH_FORMAT + 1 })).toBeUndefined();
  });
});
