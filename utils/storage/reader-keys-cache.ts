/**
 * The prefilter keys of the reader's own records, kept in browser.storage.local beside the corpus
 * revision they were made for (issue 15). The background writes them when it computes them
 * (`prefilter/user-keys`); the first pass of every page reads them with one storage read instead of
 * a message to the background, and asks only when they are missing or stale: after any write to the
 * corpus (a new revision) or an update that brings another bundled corpus (another version).
 * Pure, but for the storage keys' names: the reads and writes are at the edges.
 */
import { CORPUS_REVISION_KEY } from './corpus-revision';

export const READER_KEYS_KEY = 'readerPrefilterKeys';
/** 2: the keys include those of the offices the reader's people held (utils/match/page-user-records.ts). */
export const READER_KEYS_FORMAT = 2;

export interface CachedReaderKeys {
  format: typeof READER_KEYS_FORMAT;
  /** The corpus revision the keys were made for; null before the reader's first write. */
  revision: string | null;
  /** The bundled corpus's version they were made beside (its offices and countries name role phrases). */
  version: string;
  keys: string[];
}

export function readerKeysEntry(o: { revision: unknown; version: string; keys: string[] }): Record<string, CachedReaderKeys> {
  return {
    [READER_KEYS_KEY]: {
      format: READER_KEYS_FORMAT,
      revision: typeof o.revision === 'string' ? o.revision : null,
      version: o.version,
      keys: o.keys,
    },
  };
}

/** The cached keys when they are those of the current revision and version, else undefined (ask the background). */
export function freshReaderKeys(stored: Record<string, unknown>, version: string): string[] | undefined {
  const cached = stored[READER_KEYS_KEY] as Partial<CachedReaderKeys> | undefined;
  if (
    !cached ||
    typeof cached !== 'object' ||
    cached.format !== READER_KEYS_FORMAT ||
    cached.version !== version ||
    !Array.isArray(cached.keys)
  )
    return undefined;
  const revision = stored[CORPUS_REVISION_KEY];
  if ((typeof revision === 'string' ? revision : null) !== cached.revision) return undefined;
  return cached.keys.every((k) => typeof k === 'string') ? cached.keys : undefined;
}
