/**
 * Import and export through the corpus store. An import is applied in ONE IndexedDB transaction:
 * either every record lands or none does, and a reader may cancel until it commits.
 */
import { COLLECTION_OF, emptyCorpusFile } from '../corpus/corpus-file';
import type { TaggedRecord } from '../corpus/schema';
import { listHiddenRecords, listRecords, type ResolvedRecord } from './corpus-store';
import type { CorpusDb, StoredUser } from './db';

export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled: nothing was changed.');
  }
}

export interface ApplyOptions {
  fileName: string;
  /** Bundled ids to hide (tombstones), in the same transaction. Never replaces a reader's row. */
  hide?: readonly string[];
  skipped: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export async function applyImport(
  db: CorpusDb,
  records: TaggedRecord[],
  options: ApplyOptions,
): Promise<{ added: number; changed: number; hidden: number }> {
  // Cancelled before it began (the request waited for the database): nothing to undo.
  if (options.signal?.aborted) throw new ImportCancelled();
  const tx = db.transaction(['bundled', 'user', 'imports'], 'readwrite');
  // When the reader cancels, the writes fail first; keep the transaction's own rejection handled.
  tx.done.catch(() => {});
  const user = tx.objectStore('user');
  const bundled = tx.objectStore('bundled');
  let done = 0;
  let added = 0;
  let changed = 0;
  const abort = () => {
    try {
      tx.abort();
    } catch {
      // already finished
    }
  };
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    const now = Date.now();
    // Two key reads for the whole file instead of two per record: 10,000 records are 10,000 puts.
    const [userKeys, bundledKeys] = await Promise.all([user.getAllKeys(), bundled.getAllKeys()]);
    const inUser = new Set(userKeys);
    const inBundled = new Set(bundledKeys);
    const writes = records.map(async (r) => {
      const id = r.record.id;
      if (inUser.has(id) || inBundled.has(id)) changed++;
      else added++;
      const row: StoredUser = { id, kind: r.kind, record: r.record, origin: inBundled.has(id) ? 'overlay' : 'user', updatedAt: now };
      await user.put(row);
      done++;
      if (done % 250 === 0 || done === records.length) options.onProgress?.(done, records.length);
    });
    let hidden = 0;
    const hides = (options.hide ?? []).map(async (id) => {
      if (inUser.has(id)) return;
      const b = await bundled.get(id);
      if (!b) return;
      await user.put({ id, kind: b.kind, record: null, origin: 'overlay', updatedAt: now });
      hidden++;
    });
    await Promise.all([...writes, ...hides]);
    await tx
      .objectStore('imports')
      .add({ at: now, fileName: options.fileName.slice(0, 200), added, changed, hidden, skipped: options.skipped });
    await tx.done;
    return { added, changed, hidden };
  } catch (error) {
    if (options.signal?.aborted) throw new ImportCancelled();
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', abort);
  }
}

/** An export: a file of the current format version, every collection and the hidden list written out. */
export type ExportedFile = ReturnType<typeof emptyCorpusFile>;

/** Everything visible, or only the reader's own rows (their records and edits), in the import format. */
export async function exportCorpus(db: CorpusDb, scope: 'all' | 'user'): Promise<ExportedFile> {
  const file = emptyCorpusFile();
  file.hidden = (await listHiddenRecords(db)).map((h) => h.record.id).sort();
  const rows: ResolvedRecord[] = await listRecords(db);
  for (const r of rows) {
    if (scope === 'user' && r.origin === 'bundled') continue;
    (file[COLLECTION_OF[r.kind]] as TaggedRecord['record'][]).push(r.record);
  }
  return file;
}

/** Drops every edit, tombstone and record of the reader's: the bundled corpus as shipped. */
export async function resetAll(db: CorpusDb): Promise<void> {
  await db.clear('user');
}
