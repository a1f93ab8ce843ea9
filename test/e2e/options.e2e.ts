/**
 * Issue 8 in the browser: a reader imports, edits, resets and tunes settings in the options page,
 * with real IndexedDB, and open tabs follow.
 */
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';
import { startFixtureServer } from './support/fixture-server';
import { card, highlightedTexts, hoverPhrase } from './support/page-helpers';

const IMPORTS = resolve(import.meta.dirname, '../fixtures/imports');
let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

async function userRows(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((ok, fail) => {
        const open = indexedDB.open('defence-lens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('user').objectStore('user').getAllKeys();
          all.onsuccess = () => ok((all.result as string[]).sort());
          all.onerror = () => fail(all.error);
        };
      }),
  );
}

describe('options page', () => {
  it('imports a file through the file chooser, skipping the invalid record, and a page then marks the new term', async () => {
    const server = await startFixtureServer();
    e2e = await startE2E({ server });
    const options = await e2e.openExtensionPage('options.html');
    await options.locator('[data-testid=import-file]').setInputFiles(resolve(IMPORTS, 'reader-records.json'));
    const preview = options.locator('[data-testid=import-preview]');
    await expect.poll(() => preview.textContent()).toContain('2 new');
    expect(await preview.textContent()).toContain('1 invalid');
    expect(await options.locator('[data-testid=import-invalid]').textContent()).toContain('people[1].roles[0].start: not a date');
    await options.getByRole('button', { name: 'Skip the invalid ones and import' }).click();
    await expect.poll(() => options.locator('[data-testid=import-summary]').textContent()).toContain('2 new');
    expect(await userRows(options)).toEqual(['quokka-protocol', 'test-person-alpha']);

    const page = await e2e.openFixture('quokka-article.html');
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('Quokka Protocol');
    await hoverPhrase(page, 'Quokka Protocol');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    expect(await card(page).textContent()).toContain('made-up arrangement');

    // Still there after the browser restarts on the same profile.
    const profileDir = e2e.profileDir;
    await e2e.close();
    e2e = await startE2E({ server, profileDir });
    const again = await e2e.openExtensionPage('options.html');
    await expect.poll(() => again.locator('[data-testid=user-records]').textContent()).toContain('Quokka Protocol');
    await server.close();
  });

  it('a file that is not JSON shows a clear error and changes nothing', async () => {
    e2e = await startE2E();
    const options = await e2e.openExtensionPage('options.html');
    await options.locator('[data-testid=corpus-summary]').waitFor();
    const before = await userRows(options);
    await options.locator('[data-testid=import-file]').setInputFiles(resolve(IMPORTS, 'not-json.json'));
    await expect.poll(() => options.locator('[data-testid=import-error]').textContent()).toContain('not JSON');
    expect(await userRows(options)).toEqual(before);
  });

  it('editing a bundled record stores an overlay, and reset brings the bundled text back', async () => {
    e2e = await startE2E();
    const options = await e2e.openExtensionPage('options.html');
    await options.getByRole('tab', { name: /^term/ }).click();
    const row = options.locator('[data-testid=records-table] tr', { hasText: 'HADR' });
    await row.getByRole('button', { name: 'Edit' }).click();
    const editor = options.locator('[data-testid=record-editor] textarea');
    const text = JSON.parse(await editor.inputValue());
    text.definition = 'Edited by the reader in an end-to-end test.';
    await editor.fill(JSON.stringify(text));
    await options.locator('[data-testid=record-editor]').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.textContent()).toContain('edited');
    expect(await userRows(options)).toEqual(['hadr']);
    await row.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => row.textContent()).toContain('bundled');
    expect(await userRows(options)).toEqual([]);
  });

  it('an edit with a bad field shows the error beside the form and saves nothing', async () => {
    e2e = await startE2E();
    const options = await e2e.openExtensionPage('options.html');
    await options.getByRole('tab', { name: /^term/ }).click();
    await options.locator('[data-testid=records-table] tr', { hasText: 'HADR' }).getByRole('button', { name: 'Edit' }).click();
    const editor = options.locator('[data-testid=record-editor] textarea');
    const text = JSON.parse(await editor.inputValue());
    text.sources[0].date = '2023-02-30';
    await editor.fill(JSON.stringify(text));
    await options.locator('[data-testid=record-editor]').getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => options.locator('[data-testid=record-editor] [role=alert]').textContent())
      .toContain('sources.0.date: not a date');
    expect(await userRows(options)).toEqual([]);
  });

  it('changing which kinds to mark updates an open tab without a reload', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    await expect.poll(() => highlightedTexts(page)).toContain('HADR');
    const options = await e2e.openExtensionPage('options.html');
    await options.locator('input[name=kind-term]').uncheck();
    await expect.poll(() => highlightedTexts(page)).not.toContain('HADR');
    expect((await highlightedTexts(page)).some((t) => t.includes('Ng Eng Hen'))).toBe(true);
  });
});
