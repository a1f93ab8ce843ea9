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

export type CorpusSearchState =
  | { state: 'loading' }
  | { state: 'error'; error: string }
  | { state: 'ready'; corpus: Corpus; search: CorpusSearch; source: 'cache' | 'built' | 'snapshot' };

export interface IndexTimings {
  /** Time to get the index from the background and load it (or build it from the snapshot). */
  onIndex?: (ms: number, source: 'cache' | 'built' | 'snapshot') => void;
}

async function loadIndex(corpusPromise: Promise<Corpus>, timings: IndexTimings) {
  const t0 = performance.now();
  try {
    const saved = await request('search/index', {});
    const search = await loadCorpusSearch(saved);
    if (search) {
      const source = saved.cached ? 'cache' : 'built';
      timings.onIndex?.(performance.now() - t0, source);
      return { search, source } as const;
    }
  } catch {
    // An older background, or a database that failed: build from the snapshot below.
  }
  const t1 = performance.now();
  const search = buildCorpusSearch(await corpusPromise);
  timings.onIndex?.(performance.now() - t1, 'snapshot');
  return { search, source: 'snapshot' } as const;
}

export function useCorpusSearch(timings: IndexTimings = {}): CorpusSearchState {
  const [state, setState] = useState<CorpusSearchState>({ state: 'loading' });
  const [revision, setRevision] = useState(0);

  useEffect(() => watchCorpusRevision(() => setRevision((r) => r + 1)), []);

  useEffect(() => {
    let live = true;
    const corpus = request('corpus/snapshot', {});
    Promise.all([corpus, loadIndex(corpus, timings)]).then(
      ([c, { search, source }]) => live && setState({ state: 'ready', corpus: c, search, source }),
      (error: unknown) => live && setState({ state: 'error', error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [revision]);

  return state;
}
