/**
 * Issues 15 and 21 in the browser: a person the reader adds (through the options page's form or an
 * import) is marked on the next page load, and a page receives only the reader's records it names:
 * read in the content script's own world (inspect.readerRecords), a page naming none of them
 * received none, and text the page adds later that names one fetches it. A record over the alias
 * cap is listed as invalid in the import preview, by name and cap, and not imported.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';
import { inContentScript } from './support/isolated-world';
import { highlightedTexts } from './support/page-helpers';

const IMPORTS = resolve(import.meta.dirname, '../fixtures/imports');

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

/** The ids of the reader's records the content world received with its corpus. */
const received = async (page: Page) => ((await inContentScript(page, (i) => i.readerRecords)) ?? []).slice().sort();

async function addPersonInForm(options: Page, name: string): Promise<void> {
  await options.getByRole('tab', { name: /^People/ }).click();
  await options.getByRole('button', { name: 'Add a person' }).click();
  const form = options.locator('[data-testid=record-form]');
  await form.locator('[name=name]').fill(name);
  await form.locator('[name=country]').fill('SG');
  await form.locator('[name=summary]').fill('A fictional person of the reader’s, added through the form.');
  await form.locator('[name="sources.0.title"]').fill('Note');
  await form.locator('[name="sources.0.publisher"]').fill('Reader');
  await form.locator('[name="sources.0.url"]').fill('https://example.org/tove');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached', timeout: 10_000 });
}

describe("the reader's own people on pages", () => {
  it('are marked on the next load, and only the pages naming them receive them', async () => {
    e2e = await startE2E();
    const options = await e2e.openExtensionPage('options.html');
    await options.locator('[data-testid=records-table]').waitFor({ timeout: 20_000 });
    await options.locator('[data-testid=import-file]').setInputFiles(resolve(IMPORTS, 'reader-people.json'));
    // The record over the cap is listed by its place, name and the cap, and left out.
    const invalid = options.locator('[data-testid=import-invalid]');
    await expect.poll(() => invalid.textContent()).toContain('Heavy Aliasperson');
    expect(await invalid.textContent()).toContain('has 51 aliases');
    expect(await invalid.textContent()).toContain('at most 50');
    await options.getByRole('button', { name: 'Skip the invalid ones and import' }).click();
    await expect.poll(() => options.locator('[data-testid=import-summary]').textContent()).toContain('2 new');
    await addPersonInForm(options, 'Tove Marshwick');

    const page = await e2e.openFixture('reader-people.html');
    await expect
      .poll(() => highlightedTexts(page), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['Zara Quillfeather', 'Tove Marshwick', 'Ng Eng Hen']));
    // The page named two of the reader's three people: it received those two only.
    expect(await received(page)).toEqual(['tove-marshwick', 'zara-quillfeather']);

    const none = await e2e.openFixture('reader-people-none.html');
    await expect.poll(() => highlightedTexts(none), { timeout: 10_000 }).toContain('Ng Eng Hen');
    expect(await received(none)).toEqual([]);

    // Text added later names a person the page did not hold: the rescan fetches them.
    await none.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Olan Brookhaven arrived in the afternoon.';
      document.getElementById('feed')?.appendChild(p);
    });
    await expect.poll(() => highlightedTexts(none), { timeout: 10_000 }).toContain('Olan Brookhaven');
    expect(await received(none)).toEqual(['olan-brookhaven']);
    expect(await highlightedTexts(none)).toContain('Ng Eng Hen');
  });
});
