/**
 * Issue 18, cards that start well: compact first with "More"; text size and width from the
 * options page applied live to an open card; related records opening their own card (with Back);
 * an ambiguous description's candidates, why each fits, and the reader's choice remembered for the page.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { clickInCard } from './support/card-pointer';
import { type E2E, startE2E } from './support/extension';
import { inContentScript } from './support/isolated-world';
import { card, hoverPhrase } from './support/page-helpers';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

/** The open card's shell, as laid out: font size and width in pixels. */
const shellLook = (page: Page) =>
  inContentScript(page, (i) => {
    const shell = (i.cardRoot as ShadowRoot | undefined)?.querySelector('[data-testid=defence-lens-card]') as HTMLElement | null;
    return shell ? { font: getComputedStyle(shell).fontSize, width: Math.round(shell.getBoundingClientRect().width) } : null;
  });

const title = (page: Page) => card(page).locator('h2').textContent();

describe('cards', () => {
  it('a card is compact first: role, one line and the best source, with More for the timeline, meetings and other sources', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    await hoverPhrase(page, 'Eng Hen');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    expect(await card(page).locator('[data-testid=card-role]').isVisible()).toBe(true);
    const more = card(page).locator('[data-testid=card-more]');
    expect(await more.textContent()).toBe('More');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    const timeline = card(page).locator('[data-testid=office-timeline]');
    expect(await timeline.count()).toBe(1);
    expect(await timeline.isVisible()).toBe(false);
    expect(await card(page).locator('[data-testid=card-meetings]').isVisible()).toBe(false);
    expect(await card(page).locator('.dl-sources li').first().isVisible()).toBe(true);
    if ((await card(page).locator('.dl-sources li').count()) > 1) {
      expect(await card(page).locator('.dl-sources li').nth(1).isVisible()).toBe(false);
      expect(await card(page).locator('.dl-sources .dl-label').textContent()).toBe('Best source');
    }

    await clickInCard(page, '[data-testid=card-more]');
    await expect.poll(() => timeline.isVisible()).toBe(true);
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await more.textContent()).toBe('Less');
    expect(await card(page).locator('[data-testid=card-meetings]').isVisible()).toBe(true);
  });

  it('the text size and width chosen on the options page apply at once to a card already open', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    await hoverPhrase(page, 'Eng Hen');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    expect(await shellLook(page)).toEqual({ font: '14px', width: 360 });

    const options = await e2e.openExtensionPage('options.html');
    await options.locator('select[name=cardTextSize]').selectOption('larger');
    await options.locator('select[name=cardWidth]').selectOption('wide');
    await expect.poll(() => shellLook(page)).toEqual({ font: '18px', width: 460 });
    expect(await card(page).count()).toBe(1);
    await options.locator('select[name=cardTextSize]').selectOption('small');
    await options.locator('select[name=cardWidth]').selectOption('narrow');
    await expect.poll(() => shellLook(page)).toEqual({ font: '13px', width: 300 });
  });

  it("a term's related terms open their own card in the hover card, and Back returns", async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('ambiguous-meeting.html');
    await hoverPhrase(page, 'ADMM-Plus');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    const start = await title(page);
    expect(start).toContain('ADMM-Plus');
    await clickInCard(page, '[data-testid=card-more]');
    const related = card(page).locator('.dl-related .dl-link');
    await expect.poll(() => related.first().isVisible()).toBe(true);
    const name = await related.first().textContent();
    await clickInCard(page, '.dl-related .dl-link');
    await expect.poll(() => title(page)).toBe(name);
    await clickInCard(page, '[data-testid=card-back]');
    await expect.poll(() => title(page)).toBe(start);
  });

  it('an ambiguous description lists its meetings and why each fits; the one chosen is shown, and remembered after a reload', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('ambiguous-meeting.html');
    const phrase = 'informal meeting in Singapore';
    await hoverPhrase(page, phrase);
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    const candidates = card(page).locator('[data-testid=card-candidate]');
    expect(await candidates.count()).toBeGreaterThan(1);
    const first = await title(page);
    for (let i = 0; i < (await candidates.count()); i++) {
      const text = (await candidates.nth(i).textContent()) ?? '';
      expect(text).toMatch(/\(fits “informal”, “singapore”\)/);
    }
    // Choose the second: the card becomes that meeting's, and says it was chosen.
    const secondId = (await candidates.nth(1).getAttribute('data-id')) ?? '';
    await clickInCard(page, '[data-testid=card-choose]', 1);
    await expect.poll(() => candidates.nth(1).getAttribute('data-chosen')).toBe('true');
    const chosenTitle = await title(page);
    expect(chosenTitle).not.toBe(first);
    expect(await card(page).locator('[data-testid=card-choose][aria-pressed=true]').count()).toBe(1);

    await page.keyboard.press('Escape');
    await page.reload();
    await expect.poll(() => inContentScript(page, (i) => String(i.state)), { timeout: 30_000 }).toMatch(/^ready/);
    await hoverPhrase(page, phrase);
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => title(page)).toBe(chosenTitle);
    expect(await card(page).locator(`[data-testid=card-candidate][data-id="${secondId}"]`).getAttribute('data-chosen')).toBe('true');
  });
});
