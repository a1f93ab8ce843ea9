/**
 * The popup's figures in a real Chromium: time to first render (search box painted), time until
 * results can show (index loaded), where the index came from, and the search time per keystroke
 * (p50, p95) over the whole corpus. The popup records these itself (entrypoints/popup/popup-timings.ts).
 *
 *   npm run build && npx tsx scripts/measure-popup.ts [--opens 10] [--user-records N] [--extension-dir DIR]
 *
 * The first open of a fresh profile has the background build the index; later opens load it from
 * the cache in IndexedDB. Each open types every query letter by letter.
 */
import type { Page } from 'playwright-core';
import { launchExtension } from './lib/launch-extension';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const opens = Number(option('opens') ?? 10);
const QUERIES = [
  'phan van giang',
  'aston carter',
  'admm plus',
  '17th admm',
  'hawaii 2016',
  'japan defence minister',
  'kihara',
  'humanitarian assistance',
  'south china sea',
  'ng eng hen',
];

interface Timings {
  buildMs: number | null;
  indexSource: string | null;
  firstRenderMs: number | null;
  searchReadyMs: number | null;
  keystrokeMs: number[];
}
const timingsOf = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __defenceLensPopupTimings: Timings }).__defenceLensPopupTimings);
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

const userRecords = Number(option('user-records') ?? 0);

/** Writes `count` made-up terms of the reader's straight into the corpus database, as an import would leave them. */
async function seedUserRecords(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('defence-lens');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('user', 'readwrite');
    const now = Date.now();
    for (let i = 0; i < n; i++) {
      const id = `bench-term-${i}`;
      const record = {
        id,
        label: `Bench Term ${i}`,
        expansion: `Benchmark expansion number ${i} for a reader's own glossary`,
        aliases: [`BT${i}`],
        caseSensitive: false,
        category: 'concept',
        definition: 'A made-up record for measuring.',
        related: [],
        sources: [{ title: 'Bench', publisher: 'Bench', date: null, url: 'https://example.org/' }],
        unverified: [],
      };
      tx.objectStore('user').put({ id, kind: 'term', record, origin: 'user', updatedAt: now });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    await (globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } }).chrome.storage.local.set({
      corpusRevision: `bench-${now}`,
    });
  }, count);
}

const ext = await launchExtension({ extensionDir: option('extension-dir') });
try {
  if (userRecords > 0) {
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('popup.html'));
    await page.locator('[data-testid=corpus-summary]').waitFor({ timeout: 20_000 });
    await seedUserRecords(page, userRecords);
    await page.close();
    console.log(`${userRecords} records of the reader's written to the database`);
  }
  const firstRenders: number[] = [];
  const readies: number[] = [];
  const keystrokes: number[] = [];
  for (let n = 0; n < opens; n++) {
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('popup.html'));
    await page.waitForFunction(
      () => (globalThis as unknown as { __defenceLensPopupTimings: Timings }).__defenceLensPopupTimings.searchReadyMs !== null,
      undefined,
      {
        timeout: 20_000,
      },
    );
    const box = page.locator('input[type=search]');
    // Only typed letters count: the searches for "" run when the box is cleared would flatter the figures.
    for (const query of QUERIES) {
      await box.fill('');
      for (const letter of query) {
        const before = (await timingsOf(page)).keystrokeMs.length;
        await page.keyboard.type(letter);
        await page.waitForFunction(
          (b) => (globalThis as unknown as { __defenceLensPopupTimings: Timings }).__defenceLensPopupTimings.keystrokeMs.length > b,
          before,
        );
        keystrokes.push(...(await timingsOf(page)).keystrokeMs.slice(before));
      }
    }
    const t = await timingsOf(page);
    console.log(
      `open ${n + 1}: box painted ${t.firstRenderMs?.toFixed(0)} ms, results ready ${t.searchReadyMs?.toFixed(0)} ms, index from ${t.indexSource} in ${t.buildMs?.toFixed(1)} ms`,
    );
    firstRenders.push(t.firstRenderMs ?? NaN);
    readies.push(t.searchReadyMs ?? NaN);
    await page.close();
  }
  const cached = (xs: number[]) => xs.slice(1);
  console.log(
    `\nfirst render (box painted): first open ${firstRenders[0]?.toFixed(0)} ms; later opens p50 ${percentile(cached(firstRenders), 50).toFixed(0)} ms` +
      `\nresults ready: first open ${readies[0]?.toFixed(0)} ms; later opens p50 ${percentile(cached(readies), 50).toFixed(0)} ms, p95 ${percentile(cached(readies), 95).toFixed(0)} ms` +
      `\nsearch per keystroke: p50 ${percentile(keystrokes, 50).toFixed(2)} ms, p95 ${percentile(keystrokes, 95).toFixed(2)} ms (n=${keystrokes.length}; Chromium rounds to 0.1 ms on extension pages)`,
  );
} finally {
  await ext.close();
}
