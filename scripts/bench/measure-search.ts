/**
 * search_p50_ms / search_p95_ms: popup search per keystroke. The popup's search module
 * (utils/search/search-index.ts) is bundled and run inside the popup page in Chromium on the
 * bundled corpus; 20 queries (names, terms, meetings, role phrases, two misspelt) are typed letter
 * by letter, one search per keystroke, each timed with performance.now().
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { loadBundledCorpus } from '../../utils/corpus/bundled-corpus';
import type { LaunchedExtension } from '../lib/launch-extension';
import { type Figure, missing, percentile } from './bench-results';
import { misspell } from './generate-news-page';
import { loadMentionVocabulary } from './mention-vocabulary';
import { seededRandom } from './seeded-random';

const ENTRY = resolve(import.meta.dirname, 'search-probe-entry.ts');
const SEARCH_MODULE = resolve(import.meta.dirname, '../../utils/search/search-index.ts');

export interface SearchOptions {
  ext: LaunchedExtension;
  queries: number;
  log: (line: string) => void;
}

/** Queries a reader would type: corpus forms, shortened as people type them, a few misspelt. */
export function searchQueries(count: number, seed = 9): string[] {
  const random = seededRandom(seed);
  const { forms } = loadMentionVocabulary();
  const pool = [...forms.name, ...forms.term, ...forms.meeting, ...forms.role];
  const queries = new Set<string>();
  for (let tries = 0; queries.size < count && tries < count * 20; tries++) {
    let q = random.pick(pool).toLowerCase();
    if (q.length > 24) q = q.slice(0, q.lastIndexOf(' ', 24) > 0 ? q.lastIndexOf(' ', 24) : 24);
    if (queries.size % 10 === 9) q = misspell(q, random);
    queries.add(q);
  }
  return [...queries];
}

export async function measureSearch(o: SearchOptions): Promise<{ p50: Figure; p95: Figure }> {
  if (!existsSync(SEARCH_MODULE)) {
    const reason = 'no popup search module yet (issue 7)';
    return { p50: missing(reason), p95: missing(reason) };
  }
  const bundle = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'chrome120',
    minify: true,
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  const corpus = loadBundledCorpus();
  const queries = searchQueries(o.queries);
  const page = await o.ext.context.newPage();
  try {
    await page.goto(o.ext.extensionUrl('popup.html'));
    // Evaluated through the DevTools protocol: the page's CSP does not apply to it.
    await page.evaluate(code);
    const buildMs = (await page.evaluate(`__defenceLensSearchBench.build(${JSON.stringify(corpus)})`)) as number;
    // No warm-up: the reader types into a freshly opened popup, cold code included.
    const times = (await page.evaluate(`__defenceLensSearchBench.type(${JSON.stringify(queries)})`)) as number[];
    o.log(
      `  index built in ${buildMs.toFixed(1)} ms; ${times.length} keystrokes over ${queries.length} queries; slowest ${Math.max(...times).toFixed(2)} ms`,
    );
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  } finally {
    await page.close();
  }
}
