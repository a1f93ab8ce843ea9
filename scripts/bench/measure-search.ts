/**
 * search_p50_ms / search_p95_ms: popup search per keystroke, in the real popup. The popup opens
 * (popup.html as a tab), builds its index from the background's corpus snapshot, and records the
 * time of each search call in window.__defenceLensPopupTimings (entrypoints/popup/popup-timings.ts).
 * 20 queries (names, terms, meetings, role phrases, two misspelt) are typed letter by letter, each
 * letter waited for until its search has run, so every keystroke is one timed search.
 */
import type { Page } from 'playwright-core';
import type { LaunchedExtension } from '../lib/launch-extension';
import { type Figure, missing, percentile } from './bench-results';
import { misspell } from './generate-news-page';
import { loadMentionVocabulary } from './mention-vocabulary';
import { seededRandom } from './seeded-random';

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

const TIMINGS = 'window.__defenceLensPopupTimings';
const count = (page: Page) => page.evaluate(`${TIMINGS}.keystrokeMs.length`) as Promise<number>;

/** Waits until the popup has recorded more than `than` searches. Polls with evaluate: the popup's
 * CSP forbids the string evaluation waitForFunction would use. */
async function searchesAbove(page: Page, than: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await count(page)) <= than) {
    if (Date.now() > deadline) throw new Error(`the popup recorded no search within ${timeoutMs / 1000} s`);
    await page.waitForTimeout(5);
  }
}

export async function measureSearch(o: SearchOptions): Promise<{ p50: Figure; p95: Figure }> {
  const page = await o.ext.context.newPage();
  try {
    await page.goto(o.ext.extensionUrl('popup.html'));
    const field = page.locator('input[type=search]');
    try {
      await field.waitFor({ timeout: 20_000 });
    } catch {
      const reason = 'the popup shows no search field';
      return { p50: missing(reason), p95: missing(reason) };
    }
    if (!(await page.evaluate(`typeof ${TIMINGS} === 'object'`))) {
      const reason = 'the popup records no search timings (window.__defenceLensPopupTimings)';
      return { p50: missing(reason), p95: missing(reason) };
    }
    const times: number[] = [];
    for (const query of searchQueries(o.queries)) {
      // Clearing the box runs one search for "": wait for it so it is not counted as a keystroke.
      const hadText = (await field.inputValue()) !== '';
      const beforeClear = await count(page);
      await field.fill('');
      if (hadText) await searchesAbove(page, beforeClear);
      await field.focus();
      for (const letter of query) {
        const before = await count(page);
        await page.keyboard.type(letter);
        await searchesAbove(page, before);
        times.push(...((await page.evaluate(`${TIMINGS}.keystrokeMs.slice(${before})`)) as number[]));
      }
    }
    const buildMs = (await page.evaluate(`${TIMINGS}.buildMs`)) as number | null;
    o.log(
      `  index built in ${buildMs?.toFixed(1) ?? '?'} ms; ${times.length} keystrokes; slowest search ${Math.max(...times).toFixed(2)} ms`,
    );
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  } finally {
    await page.close();
  }
}
