/**
 * The popup's corpus and search index. The index is built once per corpus change by the background
 * and cached in the corpus database; the popup reads that cache directly (much faster than a
 * message carrying megabytes), asks the background to build it when it is out of date, and builds
 * it from the whole corpus itself only if the background cannot, so search still works. The whole
 * corpus (`corpus/full`, sent only to the extension's own pages; a page gets the resolver's view) is
 * needed for the cards. Both are asked for again when another page changes the corpus while the popup is open.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Corpus } from '../../utils/corpus/schema';
import { request } from '../../utils/messaging/client';
import { readCachedSearch } from '../../utils/search/search-cache';
import { buildCorpusSearch, type CorpusSearch, loadCorpusSearch, type SerialisedSearch } from '../../utils/search/search-index';
import { CORPUS_REVISION_KEY, watchCorpusRevision } from '../../utils/storage/corpus-revision';
import { openCorpusDb } from '../../utils/storage/db';

export interface CorpusSearchState {
  /** Ready first: results need only the index, whose stored fields carry each hit's name and line. */
  search?: CorpusSearch;
  /** The whole corpus, which the cards need; asked for after the index so as not to slow it down. */
  corpus?: Corpus;
  indexSource?: IndexSource;
  error?: string;
}

type IndexSource = 'cache' | 'built' | 'snapshot';

export interface IndexTimings {
  /** Time to get the index from the background and load it (or build it from the snapshot). */
  onIndex?: (ms: number, source: IndexSource) => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The background's cached index read straight from the database, when it still fits the corpus.
 * The one place outside the background that opens the database, and only to read: every write goes
 * through the background's handlers (utils/messaging/corpus-writes.ts). Kept direct because the
 * same megabytes through a runtime message took ten times as long with 10,000 records of the
 * reader's (~110 ms against ~10 ms; utils/search/README.md); utils/messaging/one-write-path.test.ts
 * holds this file to reading.
 */
async function readCache(): Promise<SerialisedSearch | undefined> {
  try {
    const db = await openCorpusDb();
    try {
      const revision = (await browser.storage.local.get(CORPUS_REVISION_KEY))[CORPUS_REVISION_KEY];
      return await readCachedSearch(db, typeof revision === 'string' ? revision : '');
    } finally {
      db.close(); // Held open, it would block the background's next schema upgrade.
    }
  } catch {
    return undefined;
  }
}

async function indexFromBackground(): Promise<{ search: CorpusSearch; source: IndexSource } | undefined> {
  try {
    const fromCache = await readCache();
    if (fromCache) {
      const search = loadCorpusSearch(fromCache);
      if (search) return { search, source: 'cache' };
    }
    const saved = await request('search/index', {});
    const search = loadCorpusSearch(saved);
    return search && { search, source: saved.cached ? 'cache' : 'built' };
  } catch {
    return undefined; // A database that failed: the index is built from the snapshot instead.
  }
}

export function useCorpusSearch(timings: IndexTimings = {}): CorpusSearchState {
  const [state, setState] = useState<CorpusSearchState>({});
  const [revision, setRevision] = useState(0);

  useEffect(() => watchCorpusRevision(() => setRevision((r) => r + 1)), []);

  useEffect(() => {
    let live = true;
    const update = (patch: CorpusSearchState) => live && setState((s) => ({ ...s, ...patch }));
    void (async () => {
      const t0 = performance.now();
      const fromBackground = await indexFromBackground();
      if (fromBackground) {
        timings.onIndex?.(performance.now() - t0, fromBackground.source);
        update({ search: fromBackground.search, indexSource: fromBackground.source });
      }
      try {
        const corpus = await request('corpus/full', {});
        update({ corpus });
        if (!fromBackground) {
          const t1 = performance.now();
          const search = buildCorpusSearch(corpus);
          timings.onIndex?.(performance.now() - t1, 'snapshot');
          update({ search, indexSource: 'snapshot' });
        }
      } catch (error) {
        update({ error: messageOf(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [revision]);

  return state;
}
