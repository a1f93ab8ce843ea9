/**
 * Issue 18, keyboard: the popup's tabs follow the WAI-ARIA tab pattern; Edit takes focus into the
 * record editor, Escape cancels it (nothing saved) and gives focus back to the row; each row's
 * buttons say which record they act on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';
import { askPage } from './support/page-helpers';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

const focusedTestId = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

describe('keyboard', () => {
  it("the popup's tabs: one tab stop, arrows and Home/End move and select, the panel is labelled by its tab", async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const id = (await askPage(e2e, page))?.tabId;
    const popup = await e2e.openExtensionPage(`popup.html?tab=${id}`);
    await popup.locator('[data-testid=corpus-summary]').waitFor({ timeout: 20_000 });
    const tabs = popup.getByRole('tab');
    expect(await tabs.count()).toBe(2);
    expect(await popup.getByRole('tablist').getAttribute('aria-label')).toBe('Views');
    const state = () =>
      popup.evaluate(() =>
        [...document.querySelectorAll('[role=tab]')].map((t) => [t.id, t.getAttribute('aria-selected'), t.getAttribute('tabindex')]),
      );
    expect(await state()).toEqual([
      ['tab-search', 'true', '0'],
      ['tab-page', 'false', '-1'],
    ]);
    // Shift+Tab from the search box reaches the selected tab only.
    await popup.getByRole('searchbox').focus();
    await popup.keyboard.press('Shift+Tab');
    expect(await focusedTestId(popup)).toBe('tab-search');
    await popup.keyboard.press('ArrowRight');
    expect(await focusedTestId(popup)).toBe('tab-page');
    expect(await state()).toEqual([
      ['tab-search', 'false', '-1'],
      ['tab-page', 'true', '0'],
    ]);
    const panel = popup.getByRole('tabpanel');
    expect(await panel.getAttribute('id')).toBe(await popup.getByTestId('tab-page').getAttribute('aria-controls'));
    expect(await panel.getAttribute('aria-labelledby')).toBe('tab-page');
    await expect.poll(() => panel.getByTestId('page-panel').count()).toBe(1);
    await popup.keyboard.press('Home');
    expect(await focusedTestId(popup)).toBe('tab-search');
    await popup.keyboard.press('End');
    expect(await focusedTestId(popup)).toBe('tab-page');
    await popup.keyboard.press('ArrowLeft');
    expect(await focusedTestId(popup)).toBe('tab-search');
    expect(await panel.getAttribute('aria-labelledby')).toBe('tab-search');
  });

  it('Edit moves focus into the editor, Escape cancels it and gives focus back; the row buttons name their record', async () => {
    e2e = await startE2E();
    const options = await e2e.openExtensionPage('options.html');
    await options.getByRole('tab', { name: /^Terms/ }).click();
    const row = options.locator('[data-testid=records-table] tr[data-id=hadr]');
    await options.locator('[data-testid=records-table] [data-id]').first().waitFor({ timeout: 20_000 });
    await options.locator('[name=filter]').fill('hadr');
    const name = (await row.locator('td').first().textContent()) ?? '';
    expect(name).not.toBe('');
    const labels = await row.getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    expect(labels).toEqual([`Edit ${name}`, `Hide ${name}`]);
    // Names as assistive technology gets them (the accessible name), unique on the page.
    expect(await options.getByRole('button', { name: `Edit ${name}`, exact: true }).count()).toBe(1);

    await row.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
    const form = options.locator('[data-testid=record-form]');
    await form.waitFor();
    const focused = () => options.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
    await expect.poll(focused).toBe('label');
    expect(await options.getByRole('form', { name: 'Edit hadr' }).count()).toBe(1);
    await options.keyboard.type(' changed');
    await options.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    // Back on the row's Edit button, and nothing was saved.
    await expect.poll(() => options.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Edit ${name}`);
    expect(await row.locator('td').nth(2).textContent()).toBe('bundled');
    expect(await row.locator('td').first().textContent()).toBe(name);

    // A new record the same way: the form takes focus, Escape leaves it, focus is back on Add.
    await options.getByRole('button', { name: 'Add a term' }).click();
    await form.waitFor();
    await expect.poll(focused).toBe('label');
    await options.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Add a term');
  });
});
