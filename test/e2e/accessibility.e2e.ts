/**
 * Issue 18, accessibility: axe-core (WCAG 2.x A/AA and best practices) finds nothing on the popup
 * (empty, results, an office's timeline, a card, On this page), on every options section in light and dark, on the
 * welcome page, in an open hover card inside its closed shadow root (support/axe.ts says how), and on
 * the card gallery, which shows every card state in both themes in open DOM (the card's contrast).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, axeViolationsInCard } from './support/axe';
import { clickInCard } from './support/card-pointer';
import { type E2E, startE2E } from './support/extension';
import { card, hoverPhrase, openPopupFor, setSettings } from './support/page-helpers';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

/** Collects the violations of each named state, so one run reports every state that fails. */
async function check(found: Record<string, string[]>, name: string, page: Page, include?: string) {
  found[name] = await axeViolations(page, include);
}

const THEMES = ['light', 'dark'] as const;

describe('accessibility (axe-core)', () => {
  it('the popup: empty search, results, a card, and On this page, in light and dark', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const found: Record<string, string[]> = {};
    for (const theme of THEMES) {
      await setSettings(e2e, { theme });
      const popup = await openPopupFor(e2e, page);
      await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await popup.getByTestId('search-empty').waitFor();
      await check(found, `${theme}: empty`, popup);
      await popup.getByRole('searchbox').fill('ADMM');
      await popup.getByTestId('search-results').waitFor();
      await check(found, `${theme}: results`, popup);
      await popup.getByRole('searchbox').fill('US secretary of defense');
      await popup.getByTestId('office-result').waitFor();
      await check(found, `${theme}: an office's result`, popup);
      await popup.getByRole('searchbox').fill('Aston Carter');
      await popup.getByTestId('search-hit').first().waitFor();
      await popup.getByRole('searchbox').press('Enter');
      await popup.getByTestId('popup-detail').locator('.dl-card').waitFor();
      await check(found, `${theme}: card`, popup);
      await popup.getByTestId('popup-detail').getByTestId('card-more').click();
      await check(found, `${theme}: card, More`, popup);
      await popup.keyboard.press('Escape');
      await popup.getByRole('tab', { name: /On this page/ }).click();
      await popup.getByTestId('page-entities').waitFor();
      await check(found, `${theme}: On this page`, popup);
      await popup.close();
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  }, 180_000);

  it('every options section, light and dark: records of each kind, the editor, an import with errors, export, settings', async () => {
    e2e = await startE2E();
    const dir = mkdtempSync(join(tmpdir(), 'dl-axe-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ terms: [{ id: 'x', label: 'X', definition: '' }] }));
    const found: Record<string, string[]> = {};
    for (const theme of THEMES) {
      await setSettings(e2e, { theme });
      const options = await e2e.openExtensionPage('options.html');
      await options.locator('[data-testid=records-table]').waitFor({ timeout: 20_000 });
      await expect.poll(() => options.evaluate(() => document.documentElement.style.colorScheme)).toBe(theme);
      for (const tab of await options.getByRole('tab').all()) {
        await tab.click();
        await check(found, `${theme}: browse ${await tab.textContent()}`, options);
      }
      await options.getByRole('tab', { name: /^Terms/ }).click();
      await options.locator('[data-testid=records-table] tbody tr').first().getByRole('button', { name: /^Edit/ }).click();
      await options.locator('[data-testid=record-form]').waitFor();
      await check(found, `${theme}: editor`, options);
      await options.locator('[data-testid=record-form]').getByRole('button', { name: 'Cancel' }).click();
      await options.locator('[data-testid=import-file]').setInputFiles(join(dir, 'bad.json'));
      await options.locator('[data-testid=import-invalid], [data-testid=import-error]').first().waitFor({ timeout: 20_000 });
      await check(found, `${theme}: import, export, settings`, options);
      await options.close();
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  }, 300_000); // fourteen axe runs over a page of a hundred rows: about a minute on two cores

  it('the welcome page, light and dark, with its practice card open', async () => {
    e2e = await startE2E();
    const found: Record<string, string[]> = {};
    const welcome = await e2e.openExtensionPage('welcome.html');
    for (const colorScheme of THEMES) {
      await welcome.emulateMedia({ colorScheme });
      await welcome.waitForSelector('html[data-welcome=ready]');
      await check(found, colorScheme, welcome);
      // With the practice paragraph's card open (an open shadow root, which axe walks itself).
      await welcome.getByTestId('practice-mark').nth(1).click();
      await welcome.getByTestId('practice-card').locator('[data-testid=defence-lens-card]').waitFor({ timeout: 10_000 });
      await check(found, `${colorScheme}, practice card`, welcome);
      await welcome.keyboard.press('Escape');
    }
    expect(found).toEqual({ light: [], dark: [], 'light, practice card': [], 'dark, practice card': [] });
  });

  it('an open hover card, inside its closed shadow root, light and dark, flagged and plain, compact and with More, and with candidates', async () => {
    e2e = await startE2E();
    const found: Record<string, string[]> = {};
    for (const theme of THEMES) {
      await setSettings(e2e, { theme });
      const page = await e2e.openFixture('hawaii-informal-meeting.html');
      for (const phrase of ['Aston Carter', 'Eng Hen']) {
        await hoverPhrase(page, phrase);
        await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
        found[`${theme}: ${phrase}`] = await axeViolationsInCard(page);
        // And with everything behind More shown (the timeline, the meetings, every source).
        await clickInCard(page, '[data-testid=card-more]');
        await expect.poll(() => card(page).locator('[data-testid=card-more]').getAttribute('aria-expanded')).toBe('true');
        found[`${theme}: ${phrase}, More`] = await axeViolationsInCard(page);
        await page.keyboard.press('Escape');
        await expect.poll(() => card(page).count()).toBe(0);
        await page.mouse.move(1, 1);
      }
      await page.close();
    }
    // An ambiguous description: its candidates, why each fits, and the buttons to choose.
    const page = await e2e.openFixture('ambiguous-meeting.html');
    await hoverPhrase(page, 'informal meeting in Singapore');
    await expect.poll(() => card(page).locator('[data-testid=card-candidate]').count(), { timeout: 5000 }).toBeGreaterThan(1);
    found.candidates = await axeViolationsInCard(page);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  }, 180_000);

  it('every card state in the card gallery, light and dark (the same card in open DOM: where its contrast is checked)', async () => {
    e2e = await startE2E();
    const gallery = await e2e.openExtensionPage('card-gallery.html');
    await gallery.waitForSelector('html[data-gallery]', { timeout: 20_000 });
    expect(await gallery.locator('.dl-card').count()).toBeGreaterThan(5);
    expect(await axeViolations(gallery)).toEqual([]);
  });
});
