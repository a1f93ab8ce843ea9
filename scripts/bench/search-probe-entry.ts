/**
 * Bundled by the benchmark (esbuild, IIFE) and evaluated in the popup page: the popup's own search
 * module, timed per call in the browser's JavaScript engine.
 */
import type { Corpus } from '../../utils/corpus/schema';
import { buildCorpusSearch, type CorpusSearch } from '../../utils/search/search-index';

let search: CorpusSearch | undefined;

Object.defineProperty(globalThis, '__defenceLensSearchBench', {
  value: {
    /** Builds the index as the popup does when it opens; returns the time it took. */
    build(corpus: Corpus): number {
      const started = performance.now();
      search = buildCorpusSearch(corpus);
      return performance.now() - started;
    },
    /** Types each query letter by letter, one search per keystroke; returns each search's time. */
    type(queries: string[]): number[] {
      if (!search) throw new Error('build the index first');
      const times: number[] = [];
      for (const query of queries) {
        for (let i = 1; i <= query.length; i++) {
          const started = performance.now();
          search.search(query.slice(0, i));
          times.push(performance.now() - started);
        }
      }
      return times;
    },
  },
});
