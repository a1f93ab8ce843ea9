/**
 * Issue 16: the options page in Firefox, with IndexedDB in the extension's own origin: a reader
 * edits a record and an open tab's card follows at once, imports a file after its preview, exports
 * a file, and the settings (a kind not marked, a site switched off) apply to an open tab live.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { button, cardState, fill, highlightedTexts, hoverPhrase, textOf } from './support/firefox-page';
import { useFirefoxSuite } from './support/firefox-suite';

const IMPORTS = resolve(import.meta.dirname, '../fixtures/imports');

const suite = useFirefoxSuite({
  // Back to the bundled corpus (and, after this, the default settings) for the next test.
  afterEachTest: async () => {
    const options = await openOptions();
    await (await button(options, 'Reset everything…')).click();
    await (await button(options, 'Yes, reset everything')).click();
    await expect.poll(() => userIds(options)).toEqual([]);
    await options.close();
  },
});
const { openFixture } = suite;

async function openOptions(): Promise<Page> {
  const options = suite.track(await suite.ff.openExtensionPage('options.html'));
  await options.waitForSelector('[data-testid=records-table]', { timeout: 20_000 });
  return options;
}

/** Every row of the user store, read straight from IndexedDB in the extension's origin (not through the UI). */
type UserRow = { id: string; kind?: string; origin?: string; record: unknown };
function userStore(page: Page): Promise<UserRow[]> {
  return page.evaluate(
    () =>
      new Promise<UserRow[]>((ok, fail) => {
        const req = indexedDB.open('defence-lens');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('user').objectStore('user').getAll();
          all.onsuccess = () => {
            req.result.close();
            ok((all.result as UserRow[]).sort((a, b) => a.id.localeCompare(b.id)));
          };
          all.onerror = () => fail(all.error);
        };
      }),
  );
}
const userIds = async (page: Page) => (await userStore(page)).map((r) => r.id);

describe('the options page in Firefox', () => {
  it('editing a bundled term stores an overlay in IndexedDB, and an open tab’s card shows the edit without a reload', async () => {
    const page = await openFixture('hawaii-informal-meeting.html');
    await expect.poll(() => highlightedTexts(page)).toContain('HADR');
    const options = await openOptions();
    await (await button(options, 'Terms')).click();
    const row = '[data-testid=records-table] tr[data-id=hadr]';
    await options.waitForSelector(row);
    await (await button(options, 'Edit', row)).click();
    await options.waitForSelector('[data-testid=record-form] [name=definition]');
    expect(await options.$eval('[data-testid=record-form] [name=id]', (el) => el.hasAttribute('readonly'))).toBe(true);
    const edited = 'Edited by the reader in a Firefox end-to-end test.';
    await fill(options, '[data-testid=record-form] [name=definition]', edited);
    await (await button(options, 'Save', '[data-testid=record-form]')).click();
    await expect.poll(() => textOf(options, row)).toContain('edited');
    expect(await userStore(options)).toMatchObject([{ id: 'hadr', record: { definition: edited } }]);

    await page.bringToFront();
    await hoverPhrase(page, 'HADR');
    await expect.poll(async () => (await cardState(page)).text, { timeout: 10_000 }).toContain(edited);
  });

  it('importing a file shows a preview first; the records it adds are stored, marked on a page and exported again', async () => {
    const options = await openOptions();
    const input = (await options.waitForSelector('input[data-testid=import-file]')) as ElementHandle<HTMLInputElement> | null;
    await input?.uploadFile(join(IMPORTS, 'reader-records.json'));
    await expect.poll(() => textOf(options, '[data-testid=import-preview]'), { timeout: 20_000 }).toContain('2 new');
    expect(await textOf(options, '[data-testid=import-preview]')).toContain('1 invalid');
    expect(await textOf(options, '[data-testid=import-invalid]')).toContain(
      'people[1] (broken-person): people[1].roles[0].start: not a date',
    );
    // Nothing is stored before the reader says so.
    expect(await userIds(options)).toEqual([]);
    await (await button(options, 'Skip the invalid ones and import')).click();
    await expect.poll(() => textOf(options, '[data-testid=import-summary]'), { timeout: 20_000 }).toContain('2 new');
    expect(await userIds(options)).toEqual(['quokka-protocol', 'test-person-alpha']);

    const page = await openFixture('quokka-article.html');
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('Quokka Protocol');
    await hoverPhrase(page, 'Quokka Protocol');
    await expect.poll(async () => (await cardState(page)).text, { timeout: 5000 }).toContain('made-up arrangement');

    // Export: Firefox saves the file (no dialog in this profile); it holds the reader's records.
    await options.bringToFront();
    const file = join(suite.ff.downloadDir, 'defence-lens-my-records.json');
    await (await button(options, 'Export my records')).click();
    await expect.poll(() => existsSync(file) && readFileSync(file, 'utf8').trim().endsWith('}'), { timeout: 10_000 }).toBe(true);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; terms?: { id: string }[]; people?: { id: string }[] };
    expect(exported.format).toBe('defence-lens-corpus');
    expect(exported.terms?.map((t) => t.id)).toEqual(['quokka-protocol']);
    expect(exported.people?.map((p) => p.id)).toEqual(['test-person-alpha']);
  });

  it('not marking terms, and switching the site off in the deny list, apply to an open tab without a reload', async () => {
    const page = await openFixture('hawaii-informal-meeting.html');
    await expect.poll(() => highlightedTexts(page)).toContain('HADR');
    const options = await openOptions();
    await options.click('input[name=kind-term]');
    await expect.poll(() => highlightedTexts(page)).not.toContain('HADR');
    expect((await highlightedTexts(page)).some((t) => t.includes('Ng Eng Hen'))).toBe(true);
    await options.click('input[name=kind-term]');
    await expect.poll(() => highlightedTexts(page)).toContain('HADR');

    await fill(options, 'textarea[name=disabledSites]', '127.0.0.1');
    await options.$eval('textarea[name=disabledSites]', (el) => (el as HTMLElement).blur());
    await expect.poll(async () => (await suite.ff.inspect(page))?.state).toMatch(/^off/);
    expect(await highlightedTexts(page)).toEqual([]);
    await fill(options, 'textarea[name=disabledSites]', '');
    await options.$eval('textarea[name=disabledSites]', (el) => (el as HTMLElement).blur());
    await expect.poll(() => highlightedTexts(page)).toContain('HADR');
  });
});
