/**
 * import_10k_ms: importing 10,000 generated records in the options page, through its own UI:
 * the file is chosen (validation and preview run), then "Import" is clicked (one transaction).
 * Both phases are timed inside the page, from the input's change event to the preview on screen,
 * and from the click to the summary; the figure is their sum (the reader's pause between the two
 * is not the extension's time).
 */
import type { LaunchedExtension } from '../lib/launch-extension';
import { type Figure, missing } from './bench-results';
import { importFile } from './import-records';

export interface ImportOptions {
  ext: LaunchedExtension;
  records: number;
  log: (line: string) => void;
}

/** Page-side clock: capture listeners see the event before the app does; a mutation observer sees the result. */
const WATCH = `(() => {
  const t = { change: null, preview: null, click: null, summary: null };
  Object.defineProperty(window, '__defenceLensImportBench', { value: t });
  document.addEventListener('change', (e) => { if (e.target.matches('[data-testid=import-file]')) t.change = performance.now(); }, true);
  document.addEventListener('click', (e) => { if (e.target.closest('[data-testid=import-preview] button')) t.click = performance.now(); }, true);
  new MutationObserver(() => {
    if (t.change !== null && t.preview === null && document.querySelector('[data-testid=import-preview], [data-testid=import-error]')) t.preview = performance.now();
    if (t.click !== null && t.summary === null && document.querySelector('[data-testid=import-summary]')) t.summary = performance.now();
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

export async function measureImport(o: ImportOptions): Promise<Figure> {
  const page = await o.ext.context.newPage();
  try {
    await page.goto(o.ext.extensionUrl('options.html'));
    const input = page.locator('[data-testid=import-file]');
    try {
      await input.waitFor({ state: 'attached', timeout: 20_000 });
    } catch {
      return missing('the options page has no import field');
    }
    await page.evaluate(WATCH);
    const file = Buffer.from(importFile(o.records));
    await input.setInputFiles({ name: 'bench-import.json', mimeType: 'application/json', buffer: file });
    const preview = page.locator('[data-testid=import-preview]');
    await page.locator('[data-testid=import-preview], [data-testid=import-error]').first().waitFor({ timeout: 120_000 });
    if (!(await preview.isVisible()))
      return missing(`the import was refused: ${await page.locator('[data-testid=import-error]').textContent()}`);
    const counts = (await preview.locator('p').first().textContent()) ?? '';
    await preview.locator('button').first().click();
    const summary = page.locator('[data-testid=import-summary]');
    await summary.waitFor({ timeout: 300_000 });
    const t = (await page.evaluate('window.__defenceLensImportBench')) as Record<'change' | 'preview' | 'click' | 'summary', number>;
    const prepare = t.preview - t.change;
    const apply = t.summary - t.click;
    o.log(
      `  ${o.records} records (${(file.length / 1e6).toFixed(1)} MB): preview ${prepare.toFixed(0)} ms (${counts.trim()}), apply ${apply.toFixed(0)} ms: ${await summary.textContent()}`,
    );
    return prepare + apply;
  } finally {
    await page.close();
  }
}
