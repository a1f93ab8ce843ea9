/**
 * The popup's corpus and search index. The index comes from the background's cache (built once per
 * corpus change, not per popup open) and is loaded here; if the background cannot give it, it is
 * built from the corpus snapshot instead, so search still works. The snapshot itself is needed for
 * the cards. Both are asked for again when another page changes the corpus while the popup is open.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Corpus } from '../../utils/corpus/schema';
import { request } from '../../utils/messaging/client';
import { buildCorpusSearch, type CorpusSearch, loadCorpusSearch } from '../../utils/search/search-index';
import { watchCorpusRevision } from '../../utils/storage/corpus-revision';

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

async function indexFromBackground(): Promise<{ search: CorpusSearch; source: IndexSource } | undefined> {
  try {
    const saved = await request('search/index', {});
    const search = await loadCorpusSearch(saved);
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
        const corpus = await request('corpus/snapshot', {});
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
