/**
 * Issue 15 in the browser: a page the first pass finds nothing on (no key of the corpus) loads
 * neither the corpus nor the controller, yet everything that could give it a mention later still
 * does: text the page adds (in the document or an open shadow root), the reader's own records, the
 * extension switched on for the site. The popup's On this page answers for it too.
 */
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';
import { contentState, contentTimings } from './support/isolated-world';
import { highlightedTexts, mentionsOnPage, setSettings } from './support/page-helpers';

const IMPORTS = resolve(import.meta.dirname, '../fixtures/imports');

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

describe('the first pass', () => {
  it('a page with nothing to find is ready with no marks, and the popup hears it has no mentions', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('nothing-to-find.html');
    expect(await contentState(page)).toMatch(/^ready /);
    expect(await highlightedTexts(page)).toEqual([]);
    // The pipeline never ran: no phase of the scanner was timed, only the first pass.
    const names = (await contentTimings(page)).map((t) => t.name);
    expect(names).toContain('scan');
    expect(names).not.toContain('collect');
    const found = await mentionsOnPage(e2e, page);
    expect(found?.mentions).toEqual([]);
  });

  it('text the page adds later, in the document or in an open shadow root, is marked', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('nothing-to-find.html');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Also in town: Ng Eng Hen opened the new sports hall.';
      document.getElementById('feed')?.appendChild(p);
    });
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('Ng Eng Hen');
    expect((await mentionsOnPage(e2e, page))?.mentions.map((m) => m.id)).toContain('ng-eng-hen');

    const other = await e2e.openFixture('nothing-to-find.html');
    await other.evaluate(() => {
      const root = document.getElementById('widget')?.shadowRoot;
      if (root) root.innerHTML += '<p>Sponsored by the ADMM-Plus office.</p>';
    });
    await expect.poll(() => highlightedTexts(other), { timeout: 10_000 }).toContain('ADMM-Plus');
  });

  it('switched on for the site, a page scans what it holds', async () => {
    e2e = await startE2E();
    await setSettings(e2e, { disabledSites: ['127.0.0.1'] });
    const page = await e2e.context.newPage();
    await page.goto(e2e.server.url('nothing-to-find.html'));
    await expect.poll(() => contentState(page)).toMatch(/^off/);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Minoru Kihara visited the library.';
      document.body.appendChild(p);
    });
    await setSettings(e2e, { disabledSites: [] });
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('Minoru Kihara');
  });

  it('a record the reader imports is found in an open tab that had nothing to find, and on the next load', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('quokka-only.html');
    expect(await highlightedTexts(page)).toEqual([]);
    const options = await e2e.openExtensionPage('options.html');
    await options.locator('[data-testid=records-table]').waitFor({ timeout: 20_000 });
    await options.locator('[data-testid=import-file]').setInputFiles(resolve(IMPORTS, 'reader-records.json'));
    await options.getByRole('button', { name: 'Skip the invalid ones and import' }).click();
    await expect.poll(() => options.locator('[data-testid=import-summary]').textContent()).toContain('2 new');

    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('Quokka Protocol');
    const next = await e2e.openFixture('quokka-only.html');
    await expect.poll(() => highlightedTexts(next), { timeout: 10_000 }).toContain('Quokka Protocol');
  });
});
