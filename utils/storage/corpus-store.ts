/**
 * Every read and write of corpus records goes through here. Reads merge the two stores:
 * a user row wins over the bundled row with the same id, and a tombstone hides it.
 */
import type { RecordKind, TaggedRecord } from '../corpus/schema';
import type { CorpusDb, StoredUser } from './db';

const BUNDLED_VERSION_KEY = 'bundledVersion';

/** Replaces the bundled store when the shipped corpus version changed. User rows are never touched. */
export async function seedBundled(db: CorpusDb, version: string, records: TaggedRecord[]): Promise<boolean> {
  if ((await db.get('meta', BUNDLED_VERSION_KEY)) === version) return false;
  const tx = db.transaction(['bundled', 'meta'], 'readwrite');
  const bundled = tx.objectStore('bundled');
  await bundled.clear();
  for (const r of records) void bundled.put({ id: r.record.id, kind: r.kind, record: r.record });
  await tx.objectStore('meta').put(version, BUNDLED_VERSION_KEY);
  await tx.done;
  return true;
}

export async function bundledVersion(db: CorpusDb): Promise<string | undefined> {
  return (await db.get('meta', BUNDLED_VERSION_KEY)) as string | undefined;
}

export type RecordOrigin = 'bundled' | 'user' | 'overlay';
export interface ResolvedRecord {
  kind: RecordKind;
  record: TaggedRecord['record'];
  origin: RecordOrigin;
}

export async function getRecord(db: CorpusDb, id: string): Promise<ResolvedRecord | undefined> {
  const tx = db.transaction(['bundled', 'user']);
  const [user, bundled] = await Promise.all([tx.objectStore('user').get(id), tx.objectStore('bundled').get(id)]);
  if (user) return user.record ? { kind: user.kind, record: user.record, origin: bundled ? 'overlay' : 'user' } : undefined;
  return bundled ? { kind: bundled.kind, record: bundled.record, origin: 'bundled' } : undefined;
}

/** All visible records (optionally of one kind), user rows merged over bundled ones. */
export async function listRecords(db: CorpusDb, kind?: RecordKind): Promise<ResolvedRecord[]> {
  const [bundled, user] = kind
    ? await Promise.all([db.getAllFromIndex('bundled', 'kind', kind), db.getAllFromIndex('user', 'kind', kind)])
    : await Promise.all([db.getAll('bundled'), db.getAll('user')]);
  const userById = new Map(user.map((u) => [u.id, u]));
  const out: ResolvedRecord[] = [];
  const bundledIds = new Set<string>();
  for (const b of bundled) {
    bundledIds.add(b.id);
    if (!userById.has(b.id)) out.push({ kind: b.kind, record: b.record, origin: 'bundled' });
  }
  // Whether a user row is an overlay is decided now, not when it was written: an update may have
  // started shipping the reader's own id, or stopped shipping a record the reader had edited.
  for (const u of user) if (u.record) out.push({ kind: u.kind, record: u.record, origin: bundledIds.has(u.id) ? 'overlay' : 'user' });
  return out;
}

/** Stores the reader's record: an overlay when it replaces a bundled id, a user record otherwise. */
export async function putRecord(db: CorpusDb, tagged: TaggedRecord): Promise<StoredUser> {
  const tx = db.transaction(['bundled', 'user'], 'readwrite');
  const isBundled = (await tx.objectStore('bundled').getKey(tagged.record.id)) !== undefined;
  const row: StoredUser = {
    id: tagged.record.id,
    kind: tagged.kind,
    record: tagged.record,
    origin: isBundled ? 'overlay' : 'user',
    updatedAt: Date.now(),
  };
  await tx.objectStore('user').put(row);
  await tx.done;
  return row;
}

/** Deletes a user record, or hides a bundled one behind a tombstone so that it can be restored. */
export async function deleteRecord(db: CorpusDb, id: string): Promise<void> {
  const tx = db.transaction(['bundled', 'user'], 'readwrite');
  const bundled = await tx.objectStore('bundled').get(id);
  if (bundled) {
    await tx.objectStore('user').put({ id, kind: bundled.kind, record: null, origin: 'overlay', updatedAt: Date.now() });
  } else {
    await tx.objectStore('user').delete(id);
  }
  await tx.done;
}

/** Drops the reader's edit or tombstone of a bundled record, bringing the bundled version back. A no-op for the reader's own records. */
export async function resetRecord(db: CorpusDb, id: string): Promise<void> {
  const tx = db.transaction(['bundled', 'user'], 'readwrite');
  // Only when there is a bundled version to go back to: otherwise this row is the reader's only copy.
  if ((await tx.objectStore('bundled').getKey(id)) !== undefined) await tx.objectStore('user').delete(id);
  await tx.done;
}

/** Counts of visible records by kind. */
export async function countRecords(db: CorpusDb): Promise<Record<RecordKind, number>> {
  const counts: Record<RecordKind, number> = { person: 0, meeting: 0, term: 0, office: 0, country: 0 };
  for (const r of await listRecords(db)) counts[r.kind] += 1;
  return counts;
}

/** A bundled record the reader hid, with its bundled text. */
export interface HiddenRecord {
  kind: RecordKind;
  record: TaggedRecord['record'];
}

/** Bundled records the reader has hidden (deleted), with the bundled text, so that they can be restored. */
export async function listHiddenRecords(db: CorpusDb): Promise<HiddenRecord[]> {
  const tx = db.transaction(['bundled', 'user']);
  const tombstones = (await tx.objectStore('user').getAll()).filter((u) => u.record === null);
  const out: HiddenRecord[] = [];
  for (const t of tombstones) {
    const b = await tx.objectStore('bundled').get(t.id);
    if (b) out.push({ kind: b.kind, record: b.record });
  }
  await tx.done;
  return out;
}

/** The reader's most recent records and edits, newest first (the v2 updatedAt index). */
export async function recentUserRows(db: CorpusDb, limit: number): Promise<StoredUser[]> {
  const out: StoredUser[] = [];
  let cursor = await db.transaction('user').store.index('updatedAt').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}
