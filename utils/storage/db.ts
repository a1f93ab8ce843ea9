/**
 * The corpus database, owned by the extension's origin (background and extension pages).
 * Bundled records and the reader's own records live in separate stores, so that a newer bundled
 * corpus can replace the bundled store without touching anything the reader wrote.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { RecordKind, TaggedRecord } from '../corpus/schema';

export const DB_NAME = 'defence-lens';
/**
 * Version history:
 * 1: bundled, user and meta stores.
 * 2: an "imports" store recording each import's summary, and an index of user rows by updatedAt
 *    (the options page lists recent edits). Existing rows are kept as they are.
 */
export const DB_VERSION = 2;

export interface ImportLogEntry {
  at: number;
  fileName: string;
  added: number;
  changed: number;
  /** Bundled records hidden by the import's "hidden" list (absent in entries written before it existed). */
  hidden?: number;
  skipped: number;
}

export interface StoredBundled {
  id: string;
  kind: RecordKind;
  record: TaggedRecord['record'];
}

/**
 * A user row is either a record of the reader's own, an overlay that replaces a bundled record with
 * the reader's edit, or a tombstone (record null) that hides a bundled record without destroying it.
 */
export interface StoredUser {
  id: string;
  kind: RecordKind;
  record: TaggedRecord['record'] | null;
  origin: 'user' | 'overlay';
  updatedAt: number;
}

export interface CorpusDbSchema extends DBSchema {
  bundled: { key: string; value: StoredBundled; indexes: { kind: RecordKind } };
  user: { key: string; value: StoredUser; indexes: { kind: RecordKind; updatedAt: number } };
  imports: { key: number; value: ImportLogEntry };
  meta: { key: string; value: unknown };
}

export type CorpusDb = IDBPDatabase<CorpusDbSchema>;

export function openCorpusDb(name = DB_NAME): Promise<CorpusDb> {
  return openDB<CorpusDbSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('bundled', { keyPath: 'id' }).createIndex('kind', 'kind');
        db.createObjectStore('user', { keyPath: 'id' }).createIndex('kind', 'kind');
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        tx.objectStore('user').createIndex('updatedAt', 'updatedAt');
        db.createObjectStore('imports', { autoIncrement: true });
      }
    },
  });
}
