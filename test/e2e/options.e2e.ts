/**
 * Issue 8 in the browser: a reader imports, edits, hides, resets and tunes settings in the options
 * page, with real IndexedDB; the popup, open tabs and a restarted browser all see the result.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';
import { startFixtureServer } from './support/fixture-server';
import { contentState, inContentScript } from './support/isolated-world';
import { card, highlightedTexts, highlightNames, hoverPhrase } from './support/page-helpers';

const IMPORTS = resolve(import.meta.dirname, '../fixtures/imports');
let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

/** Every row of the user store, read straight from the page's IndexedDB (not through the UI). */
type UserRow = { id: string; record: unknown; updatedAt?: number };
async function userStore(page: Page): Promise<UserRow[]> {
  return page.evaluate(
    () =>
      new Promise<UserRow[]>((ok, fail) => {
        const open = indexedDB.open('defence-lens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('user').objectStore('user').getAll();
          all.onsuccess = () => {
            open.result.close();
            ok((all.result as UserRow[]).sort((a, b) => a.id.localeCompare(b.id)));
          };
          all.onerror = () => fail(all.error);
        };
      }),
  );
}
const userIds = async (page: Page) => (await userStore(page)).map((r) => r.id);

async function openOptions(env: E2E): Promise<Page> {
  const options = await env.openExtensionPage('options.html');
  await options.locator('[data-testid=records-table]').waitFor({ timeout: 20_000 });
  return options;
}

const source = { title: 'Reader notes', publisher: 'Reader', date: null, url: 'https://example.org/notes' };
function bulkFile(count: number): string {
  const terms = [];
  const people = [];
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(5, '0');
    if (i % 2)
      people.push({ id: `bulk-person-${n}`, name: `Bulkperson Number${n}`, country: 'SG', summary: 'Generated.', sources: [source] });
    else terms.push({ id: `bulk-term-${n}`, label: `Bulkterm ${n}`, category: 'concept', definition: 'Generated.', sources: [source] });
  }
  return JSON.stringify({ format: 'defence-lens-corpus', version: 'bulk', terms, people });
}

describe('options page', () => {
  it('imports a file through the file chooser; the popup, a page’s hover card and a restarted browser all have the new record', async () => {
    const server = await startFixtureServer();
    e2e = await startE2E({ server });
    const options = await openOptions(e2e);
    await options.locator('[data-testid=import-file]').setInputFiles(resolve(IMPORTS, 'reader-records.json'));
    const preview = options.locator('[data-testid=import-preview]');
    await expect.poll(() => preview.textContent()).toContain('2 new');
    expect(await preview.textContent()).toContain('1 invalid');
    expect(await options.locator('[data-testid=import-invalid]').textContent()).toContain(
      'people[1] (broken-person): people[1].roles[0].start: not a date',
    );
    await options.getByRole('button', { name: 'Skip the invalid ones and import' }).click();
    await expect.poll(() => options.locator('[data-testid=import-summary]').textContent()).toContain('2 new');
    expect(await userIds(options)).toEqual(['quokka-protocol', 'test-person-alpha']);

    const popup = await e2e.openExtensionPage('popup.html');
    await popup.getByRole('searchbox', { name: 'Search the corpus' }).fill('quokka');
    await expect.poll(() => popup.getByTestId('search-hit').first().getAttribute('data-id')).toBe('quokka-protocol');

    const page = await e2e.openFixture('quokka-article.html');
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('Quokka Protocol');
    await hoverPhrase(page, 'Quokka Protocol');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    expect(await card(page).textContent()).toContain('made-up arrangement');

    // Still there after the browser restarts on the same profile: in the page and in IndexedDB.
    const profileDir = e2e.profileDir;
    await e2e.close();
    e2e = await startE2E({ server, profileDir });
    const again = await openOptions(e2e);
    await expect.poll(() => again.locator('[data-testid=user-records]').textContent()).toContain('Quokka Protocol');
    expect(await userIds(again)).toEqual(['quokka-protocol', 'test-person-alpha']);
    await server.close();
  });

  it('imports 10,000 records with a progress bar and then a summary (timings logged)', async () => {
    e2e = await startE2E();
    const options = await openOptions(e2e);
    const file = join(mkdtempSync(join(tmpdir(), 'dl-import-')), 'bulk-10000.json');
    writeFileSync(file, bulkFile(10_000));
    // Timestamps on the page's own clock: file chosen, preview shown, Import clicked, progress seen, summary shown.
    await options.evaluate(() => {
      const w = window as unknown as { importTimes: Record<string, number> };
      w.importTimes = {};
      const seen = (name: string) => {
        w.importTimes[name] ??= performance.now();
      };
      document.addEventListener('change', () => seen('chosen'), true);
      document.addEventListener('click', (e) => (e.target as Element).closest('button')?.textContent === 'Import' && seen('clicked'), true);
      new MutationObserver(() => {
        if (document.querySelector('[data-testid=import-preview]')) seen('preview');
        if (document.querySelector('[data-testid=import-progress]')) seen('progress');
        if (document.querySelector('[data-testid=import-summary]')) seen('summary');
      }).observe(document.body, { childList: true, subtree: true });
    });
    await options.locator('[data-testid=import-file]').setInputFiles(file);
    await expect.poll(() => options.locator('[data-testid=import-preview]').textContent(), { timeout: 30_000 }).toContain('10000 new');
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => options.locator('[data-testid=import-summary]').textContent(), { timeout: 60_000 })
      .toContain('Imported: 10000 new');
    const t = await options.evaluate(() => (window as unknown as { importTimes: Record<string, number> }).importTimes);
    expect(t.progress).toBeGreaterThan(t.clicked as number);
    expect(t.summary).toBeGreaterThan(t.progress as number);
    console.log(
      `[import 10,000 records in Chromium] check+preview ${Math.round((t.preview as number) - (t.chosen as number))} ms, ` +
        `apply (one transaction) ${Math.round((t.summary as number) - (t.clicked as number))} ms`,
    );
    expect((await userStore(options)).length).toBe(10_000);
    await options.locator('input[name=filter]').fill('bulkterm 09998');
    await expect.poll(() => options.locator('[data-testid=records-table] tbody tr').count()).toBe(0);
    await options.getByRole('tab', { name: /^Terms/ }).click();
    await expect.poll(() => options.locator('[data-testid=records-table] tbody tr').count()).toBe(1);
  });

  it('cancelling while the progress bar runs leaves the data unchanged', async () => {
    e2e = await startE2E();
    const options = await openOptions(e2e);
    const before = await userStore(options);
    const file = join(mkdtempSync(join(tmpdir(), 'dl-cancel-')), 'bulk-5000.json');
    writeFileSync(file, bulkFile(5000));
    await options.locator('[data-testid=import-file]').setInputFiles(file);
    await expect.poll(() => options.locator('[data-testid=import-preview]').textContent(), { timeout: 30_000 }).toContain('5000 new');
    // The reader's click on Cancel, made the moment the progress bar shows: no round trip to the test.
    await options.evaluate(() => {
      new MutationObserver((_, observer) => {
        const cancel = document.querySelector('[data-testid=import-progress]')?.parentElement?.querySelector('button');
        if (!cancel) return;
        observer.disconnect();
        cancel.click();
      }).observe(document.body, { childList: true, subtree: true });
    });
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => options.locator('[data-testid=import-summary]').textContent(), { timeout: 30_000 })
      .toContain('nothing was changed');
    expect(await userStore(options)).toEqual(before);
    expect(await options.locator('[data-testid=user-records]').textContent()).not.toContain('Bulk');
  });

  it('bad files show their errors and leave the data unchanged', async () => {
    e2e = await startE2E();
    const options = await openOptions(e2e);
    // One record of the reader's, so "unchanged" covers more than an empty store.
    await options.getByRole('tab', { name: /^Terms/ }).click();
    await options.getByRole('button', { name: 'Add a term' }).click();
    const form = options.locator('[data-testid=record-form]');
    await form.locator('[name=label]').fill('Kept Term');
    await form.locator('[name=definition]').fill('Must survive every bad import.');
    await form.locator('[name="sources.0.title"]').fill('Note');
    await form.locator('[name="sources.0.publisher"]').fill('Reader');
    await form.locator('[name="sources.0.url"]').fill('https://example.org/kept');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => userIds(options)).toEqual(['kept-term']);
    const before = await userStore(options);

    const dir = mkdtempSync(join(tmpdir(), 'dl-bad-'));
    const hadr = {
      id: 'hadr',
      label: '<script>alert(1)</script>',
      category: 'concept',
      definition: 'x',
      sources: [{ ...source, date: '2023-02-30' }],
    };
    const bad: [string, string, RegExp][] = [
      ['empty.json', '', /empty/],
      ['not-json.json', 'people: [', /not JSON/],
      ['top-level.json', '[{"id": "x"}]', /top level/],
      ['proto.json', '{"terms": [{"__proto__": {"polluted": true}, "id": "p"}]}', /terms\[0\]\.__proto__: key not allowed/],
      ['constructor.json', '{"people": [{"constructor": {"prototype": {}}, "id": "c"}]}', /people\[0\]\.constructor: key not allowed/],
      ['bundled-collision.json', JSON.stringify({ terms: [hadr] }), /terms\[0\] \(hadr\): terms\[0\]\.sources\[0\]\.date: not a date/],
      ['huge-string.json', JSON.stringify({ terms: [{ ...hadr, id: 'big', definition: 'y'.repeat(1 << 20) }] }), /terms\[0\]\.definition/],
    ];
    for (const [name, text] of bad) writeFileSync(join(dir, name), text);
    // 50 MB: refused from its size, before it is read.
    writeFileSync(join(dir, 'fifty-mb.json'), `{"terms": [${' '.repeat(50 * 1024 * 1024)}]}`);
    bad.push(['fifty-mb.json', '', /50\.0 MB; files over 20 MB are not imported/]);

    for (const [name, , message] of bad) {
      await options.locator('[data-testid=import-file]').setInputFiles(join(dir, name));
      const shown = options.locator('[data-testid=import-error], [data-testid=import-invalid]');
      await expect.poll(() => shown.textContent(), { timeout: 20_000 }).toMatch(message);
      if (name === 'bundled-collision.json') {
        // The hostile label is shown as the literal text it is, never as markup.
        expect(await options.locator('[data-testid=import-invalid] script').count()).toBe(0);
      }
      const importButton = options.locator('[data-testid=import-preview]').getByRole('button', { name: /import$/i });
      if ((await importButton.count()) > 0) expect(await importButton.isDisabled()).toBe(true);
      expect(await userStore(options)).toEqual(before);
    }
    expect(await options.evaluate(() => (({}) as Record<string, unknown>).polluted === undefined)).toBe(true);

    // A valid edit of a bundled record is previewed as "changed", and cancelling stores nothing.
    const edit = { id: 'hadr', label: 'HADR', category: 'concept', definition: 'My own wording.', sources: [source] };
    writeFileSync(join(dir, 'edit.json'), JSON.stringify({ terms: [edit] }));
    await options.locator('[data-testid=import-file]').setInputFiles(join(dir, 'edit.json'));
    await expect.poll(() => options.locator('[data-testid=import-preview]').textContent()).toContain('1 changed');
    expect(await options.locator('[data-testid=import-changed]').textContent()).toContain('hadr');
    await options.locator('[data-testid=import-preview]').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => options.locator('[data-testid=import-summary]').textContent()).toContain('nothing was changed');
    expect(await userStore(options)).toEqual(before);
  });

  it('editing a bundled record stores an overlay that an open tab’s card follows, and reset brings the bundled text back', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    await expect.poll(() => highlightedTexts(page)).toContain('HADR');
    const options = await openOptions(e2e);
    await options.getByRole('tab', { name: /^Terms/ }).click();
    const row = options.locator('[data-testid=records-table] tr[data-id=hadr]');
    await row.getByRole('button', { name: 'Edit' }).click();
    const form = options.locator('[data-testid=record-form]');
    expect(await form.locator('[name=id]').getAttribute('readonly')).not.toBeNull();
    await form.locator('[name=definition]').fill('Edited by the reader in an end-to-end test.');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.textContent()).toContain('edited');
    expect(await userStore(options)).toMatchObject([{ id: 'hadr', record: { definition: 'Edited by the reader in an end-to-end test.' } }]);

    await page.bringToFront();
    await hoverPhrase(page, 'HADR');
    await expect.poll(() => card(page).textContent(), { timeout: 10_000 }).toContain('Edited by the reader');

    await options.bringToFront();
    await row.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => row.textContent()).toContain('bundled');
    expect(await userIds(options)).toEqual([]);
  });

  it('a person’s role with an impossible date shows the error beside that field and saves nothing', async () => {
    e2e = await startE2E();
    const options = await openOptions(e2e);
    await options.getByRole('button', { name: 'Add a person' }).click();
    const form = options.locator('[data-testid=record-form]');
    await form.locator('[name=name]').fill('Test Minister');
    await form.locator('[name=country]').fill('SG');
    await form.locator('[name=summary]').fill('A fictional minister for this test.');
    await form.getByRole('button', { name: 'Add a role' }).click();
    // The office box offers the offices the corpus holds.
    const officeList = await form.locator('[name="roles.0.office"]').getAttribute('list');
    expect(await form.locator(`datalist#${officeList} option[value=sg-minister-for-defence]`).count()).toBe(1);
    await form.locator('[name="roles.0.office"]').fill('sg-nowhere');
    await form.locator('[name="roles.0.title"]').fill('Minister');
    await form.locator('[name="roles.0.start"]').fill('2023-02-30');
    await form.locator('[name="sources.0.title"]').fill('Note');
    await form.locator('[name="sources.0.publisher"]').fill('Reader');
    await form.locator('[name="sources.0.url"]').fill('https://example.org/minister');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.locator('[data-error-for="roles.0.start"]').textContent()).toContain('not a date');
    expect(await form.locator('[name="roles.0.start"]').getAttribute('aria-invalid')).toBe('true');
    expect(await userIds(options)).toEqual([]);

    // Fixed date; the unknown office is a warning, and a second Save keeps it anyway.
    await form.locator('[name="roles.0.start"]').fill('2023-02-28');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.locator('[data-warning-for="roles.0.office"]').textContent()).toContain('not in the corpus');
    expect(await userIds(options)).toEqual([]);
    await form.getByRole('button', { name: 'Save anyway' }).click();
    await expect.poll(() => userIds(options)).toEqual(['test-minister']);
  });

  it('hiding a bundled record unmarks it in an open tab and keeps it restorable, and reset everything asks first', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    await expect.poll(() => highlightedTexts(page)).toContain('HADR');
    const options = await openOptions(e2e);
    // Kind tabs follow the arrow keys.
    await options.getByRole('tab', { name: /^Meetings/ }).click();
    await options.keyboard.press('ArrowRight');
    await expect.poll(() => options.getByRole('tab', { name: /^Terms/ }).getAttribute('aria-selected')).toBe('true');
    expect(await options.getByRole('tab', { name: /^Terms/ }).evaluate((el) => el === document.activeElement)).toBe(true);
    const table = options.locator('[data-testid=records-table]');
    await table.locator('tr[data-id=hadr]').getByRole('button', { name: 'Hide' }).click();
    await table.locator('tr[data-id=hadr]').getByRole('button', { name: 'Confirm: hide' }).click();
    await expect.poll(() => table.locator('tr[data-id=hadr]').count()).toBe(0);
    expect(await userStore(options)).toEqual([expect.objectContaining({ id: 'hadr', record: null })]);
    await expect.poll(() => highlightedTexts(page)).not.toContain('HADR');

    await options.locator('input[name=show-hidden]').check();
    await table.locator('tr[data-id=hadr]').getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => table.locator('tr[data-id=hadr]').textContent()).toContain('bundled');
    expect(await userIds(options)).toEqual([]);
    await expect.poll(() => highlightedTexts(page)).toContain('HADR');

    await table.locator('tr[data-id=admm]').getByRole('button', { name: 'Hide' }).click();
    await table.locator('tr[data-id=admm]').getByRole('button', { name: 'Confirm: hide' }).click();
    await expect.poll(() => userIds(options)).toEqual(['admm']);
    await options.getByRole('button', { name: 'Reset everything…' }).click();
    expect(await userIds(options)).toEqual(['admm']);
    await options.getByRole('button', { name: 'Keep my data' }).click();
    expect(await userIds(options)).toEqual(['admm']);
    await options.getByRole('button', { name: 'Reset everything…' }).click();
    await options.getByRole('button', { name: 'Yes, reset everything' }).click();
    await expect.poll(() => userIds(options)).toEqual([]);
  });

  it('exporting, resetting everything and importing the export gives back exactly the same data', async () => {
    e2e = await startE2E();
    const options = await openOptions(e2e);
    await options.locator('[data-testid=import-file]').setInputFiles(resolve(IMPORTS, 'reader-records.json'));
    await options.getByRole('button', { name: 'Skip the invalid ones and import' }).click();
    await options.locator('[data-testid=import-summary]').waitFor();
    await options.getByRole('tab', { name: /^Terms/ }).click();
    const table = options.locator('[data-testid=records-table]');
    await table.locator('tr[data-id=hadr]').getByRole('button', { name: 'Hide' }).click();
    await table.locator('tr[data-id=hadr]').getByRole('button', { name: 'Confirm: hide' }).click();
    await table.locator('tr[data-id=admm]').getByRole('button', { name: 'Edit' }).click();
    await options.locator('[data-testid=record-form] [name=definition]').fill('The reader’s own wording of ADMM.');
    await options.locator('[data-testid=record-form]').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => userIds(options)).toEqual(['admm', 'hadr', 'quokka-protocol', 'test-person-alpha']);
    const withoutTimes = async () => (await userStore(options)).map(({ updatedAt: _, ...row }) => row);
    const before = await withoutTimes();

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export my records' }).click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'dl-export-')), download.suggestedFilename());
    await download.saveAs(file);

    await options.getByRole('button', { name: 'Reset everything…' }).click();
    await options.getByRole('button', { name: 'Yes, reset everything' }).click();
    await expect.poll(() => userIds(options)).toEqual([]);

    await options.locator('[data-testid=import-file]').setInputFiles(file);
    const preview = options.locator('[data-testid=import-preview]');
    await expect.poll(() => preview.textContent()).toContain('2 new · 1 changed');
    expect(await preview.textContent()).toContain('1 bundled to hide');
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => options.locator('[data-testid=import-summary]').textContent()).toContain('2 new, 1 changed, 1 hidden');
    expect(await withoutTimes()).toEqual(before);
  });

  it('changing which kinds to mark, the mark style and the deny list updates an open tab without a reload', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    await expect.poll(() => highlightedTexts(page)).toContain('HADR');
    const options = await e2e.openExtensionPage('options.html');
    await options.locator('input[name=kind-term]').uncheck();
    await expect.poll(() => highlightedTexts(page)).not.toContain('HADR');
    expect((await highlightedTexts(page)).some((t) => t.includes('Ng Eng Hen'))).toBe(true);
    await options.locator('input[name=kind-term]').check();
    await expect.poll(() => highlightedTexts(page)).toContain('HADR');

    await options.locator('select[name=theme]').selectOption('dark');
    await expect.poll(() => options.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');

    await options.locator('select[name=markStyle]').selectOption('background');
    // The style lives in the marks' own sheet: no attribute on the page, and the marks turn to a tint.
    await expect.poll(() => inContentScript(page, (i) => i.markStyle)).toBe('background');
    expect(await page.evaluate(() => document.documentElement.getAttributeNames().filter((a) => a.startsWith('data-')))).toEqual([]);
    const names = await highlightNames(page);
    await expect
      .poll(() => page.evaluate((name) => getComputedStyle(document.body, `::highlight(${name})`).backgroundColor, names?.person ?? ''))
      .toBe('rgba(59, 130, 246, 0.16)');

    // The site deny list switches the open tab off, and emptying it switches it back on.
    await options.locator('textarea[name=disabledSites]').fill('127.0.0.1');
    await options.locator('textarea[name=disabledSites]').blur();
    await expect.poll(() => contentState(page)).toMatch(/^off/);
    expect(await highlightedTexts(page)).toEqual([]);
    await options.locator('textarea[name=disabledSites]').fill('');
    await options.locator('textarea[name=disabledSites]').blur();
    await expect.poll(() => highlightedTexts(page)).toContain('HADR');
  });
});
