/**
 * The reader's records compiled for matching (utils/match/user-layer.ts), built in the background
 * once per corpus and kept in the corpus database's meta store, so a worker that was stopped and
 * woken serves it again without compiling: keyed like the search cache (bundled version and count,
 * the reader's rows and latest write, the revision every writer bumps), so a stale layer is never served.
 */
import type { TaggedRecord } from '../corpus/schema';
import { corpusFromRecords } from '../corpus/tagged-records';
import type { MatcherSnapshot } from '../match/matcher-snapshot';
import { buildUserLayer, USER_LAYER_FORMAT, type UserLayer } from '../match/user-layer';
import { searchCacheKey } from '../search/search-cache';
import { bundledVersion, listRecords } from '../storage/corpus-store';
import type { CorpusDb } from '../storage/db';

export const USER_LAYER_CACHE_KEY = 'user-matcher-layer';

interface CachedLayer {
  key: string;
  layer: UserLayer;
}

export async function cachedUserLayer(
  db: CorpusDb,
  revision: string,
  snapshot: MatcherSnapshot | undefined,
): Promise<UserLayer & { cached: boolean }> {
  // Read before the records, as in search-cache.ts: a write in between leaves an out-of-date key, never a stale layer.
  const key = `layer${USER_LAYER_FORMAT}|${snapshot?.version ?? 'none'}|${await searchCacheKey(db, revision)}`;
  const saved = (await db.get('meta', USER_LAYER_CACHE_KEY)) as CachedLayer | undefined;
  if (saved?.key === key && saved.layer.format === USER_LAYER_FORMAT) return { ...saved.layer, cached: true };
  const listed = await listRecords(db);
  const records = listed.map((r) => ({ kind: r.kind, record: r.record }) as TaggedRecord);
  const corpus = corpusFromRecords((await bundledVersion(db)) ?? 'none', records, []);
  const userIds = listed.filter((r) => r.origin !== 'bundled').map((r) => r.record.id);
  const layer = buildUserLayer(
    corpus,
    userIds,
    (snapshot?.entries ?? []).map(([, , target]) => target),
  );
  await db.put('meta', { key, layer } satisfies CachedLayer, USER_LAYER_CACHE_KEY);
  return { ...layer, cached: false };
}
