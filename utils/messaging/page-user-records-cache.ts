/**
 * Page-sized reader records in the background (issue 21): `corpus/snapshot { keys }` and
 * `matcher/user-layer { keys }` answer a page with only the reader's records that own one of the
 * key hashes its text holds (utils/match/page-user-records.ts).
 *
 * The key index is built once per corpus revision and kept in the corpus database's meta store
 * beside the compiled layer (keyed the same way: a write changes the key, so a stale index is never
 * served), so a worker that was stopped and woken reads it back instead of building it again. What
 * the worker keeps in memory (the merged records and the index for the current revision, the last
 * few pages' layers) only saves work: every answer can be rebuilt from the database.
 */
import type { Corpus, TaggedRecord } from '../corpus/schema';
import { corpusFromRecords } from '../corpus/tagged-records';
import type { MatcherSnapshot } from '../match/matcher-snapshot';
import { buildPageUserIndex, PAGE_USER_INDEX_FORMAT, type PageUserIndex, pageCorpus, pageUserIds } from '../match/page-user-records';
import { buildUserLayer, type UserLayer } from '../match/user-layer';
import { searchCacheKey } from '../search/search-cache';
import { bundledVersion, listRecords } from '../storage/corpus-store';
import type { CorpusDb } from '../storage/db';

export const PAGE_USER_INDEX_CACHE_KEY = 'page-user-index';

interface CachedIndex {
  key: string;
  index: PageUserIndex;
}

/** The corpus as the background holds it for pages: every record merged, the reader's ids, and the key index. */
export interface ReaderRecords {
  corpus: Corpus;
  /** The reader's records, new and edited (the matcher layers them over the bundled snapshot). */
  userIds: string[];
  index: PageUserIndex & { cached: boolean };
}

export async function readerRecords(db: CorpusDb, revision: string, ambiguities: Corpus['ambiguities'] = []): Promise<ReaderRecords> {
  // Read before the records, as in search-cache.ts: a write in between leaves an out-of-date key, never a stale index.
  const key = `pages${PAGE_USER_INDEX_FORMAT}|${await searchCacheKey(db, revision)}`;
  const listed = await listRecords(db);
  const records = listed.map((r) => ({ kind: r.kind, record: r.record }) as TaggedRecord);
  const corpus = corpusFromRecords((await bundledVersion(db)) ?? 'none', records, ambiguities);
  const rows = listed.flatMap((r) => (r.origin === 'bundled' ? [] : [{ id: r.record.id, origin: r.origin }]));
  const userIds = rows.map((r) => r.id);
  const saved = (await db.get('meta', PAGE_USER_INDEX_CACHE_KEY)) as CachedIndex | undefined;
  if (saved?.key === key && saved.index.format === PAGE_USER_INDEX_FORMAT)
    return { corpus, userIds, index: { ...saved.index, cached: true } };
  const index = buildPageUserIndex(corpus, rows);
  await db.put('meta', { key, index } satisfies CachedIndex, PAGE_USER_INDEX_CACHE_KEY);
  return { corpus, userIds, index: { ...index, cached: false } };
}

/** What `corpus/snapshot { keys }` sends: the bundled records and only the reader's records the page needs. */
export function pageSnapshot(records: ReaderRecords, keys: Iterable<number>): Corpus & { userIds: string[] } {
  const ids = pageUserIds(records.index, keys);
  const keyed = new Set(records.index.ids);
  return { ...pageCorpus(records.corpus, records.index, ids), userIds: records.userIds.filter((id) => !keyed.has(id) || ids.has(id)) };
}

/** The reader's layer for those records only (the matcher compiles a page's handful, not thousands). */
export function pageUserLayer(records: ReaderRecords, keys: Iterable<number>, snapshot: MatcherSnapshot | undefined): UserLayer {
  const sent = pageSnapshot(records, keys);
  return buildUserLayer(
    sent,
    sent.userIds,
    (snapshot?.entries ?? []).map(([, , target]) => target),
  );
}

/** The ids a page's reply holds, as one string: pages naming the same records share one compiled layer. */
export function pageLayerKey(records: ReaderRecords, keys: Iterable<number>): string {
  return [...pageUserIds(records.index, keys)].sort().join('\n');
}
