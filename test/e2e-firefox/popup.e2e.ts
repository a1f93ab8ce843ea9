/**
 * Issue 16: the toolbar popup in Firefox, opened as `popup.html?tab=<id>` in a tab of its own (a
 * test cannot click the toolbar button): search opens a card, "On this page" lists the article's
 * entities and jumps to one, and the site switch applies to the open tab at once.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { cardState, countOf, highlightedTexts, setViewportSize, textOf } from './support/firefox-page';
import { useFirefoxSuite } from './support/firefox-suite';

const people = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/corpus/people.json'), 'utf8')) as {
  id: string;
  name: string;
  misspellings: string[];
  roles: { title: string }[];
}[];

const suite = useFirefoxSuite();
const { openFixture } = suite;

async function openPopupFor(page: Page | undefined): Promise<Page> {
  let query = '';
  if (page) {
    const tabId = (await suite.ff.askPage(page))?.tabId;
    if (typeof tabId !== 'number') throw new Error('no tab shows the fixture');
    query = `?tab=${tabId}`;
  }
  const popup = suite.track(await suite.ff.openExtensionPage(`popup.html${query}`));
  await popup.waitForSelector('[data-testid=corpus-summary]', { timeout: 20_000 });
  return popup;
}

const hitIds = (popup: Page) =>
  popup.evaluate(() => [...document.querySelectorAll('[data-testid=search-hit]')].map((el) => el.getAttribute('data-id')));

describe('the popup in Firefox', () => {
  it("typing a misspelt name finds the person; Enter opens the card with the person's office; Escape comes back to the box", async () => {
    const person = people.find((p) => p.misspellings.length > 0 && p.roles.length > 0);
    if (!person) throw new Error('no person with a misspelling in the corpus');
    const typo = (person.misspellings[0] as string).toLowerCase();
    const popup = await openPopupFor(undefined);
    const box = 'input[type=search]';
    expect(await popup.evaluate((s: string) => document.activeElement === document.querySelector(s), box)).toBe(true);
    await popup.keyboard.type(typo, { delay: 15 });
    await expect.poll(async () => (await hitIds(popup))[0], { timeout: 10_000 }).toBe(person.id);
    expect(await textOf(popup, '[data-testid=search-hit]')).toContain(`misspelling of ${person.name}`);

    await popup.keyboard.press('Enter');
    await expect.poll(() => textOf(popup, '[data-testid=popup-detail]')).toContain(person.name);
    for (const role of person.roles) expect(await textOf(popup, '[data-testid=popup-detail]')).toContain(role.title);
    await popup.keyboard.press('Escape');
    await expect.poll(() => countOf(popup, '[data-testid=popup-detail]')).toBe(0);
    expect(await popup.$eval(box, (el) => (el as HTMLInputElement).value)).toBe(typo);

    // The arrow keys choose among the results; Enter opens the one chosen.
    await popup.$eval(box, (el) => {
      (el as HTMLInputElement).select();
    });
    await popup.keyboard.type('admm', { delay: 15 });
    await expect.poll(async () => (await hitIds(popup)).length).toBeGreaterThan(1);
    const second = (await hitIds(popup))[1];
    await popup.keyboard.press('ArrowDown');
    await expect
      .poll(() => popup.evaluate(() => document.querySelectorAll('[data-testid=search-hit]')[1]?.getAttribute('aria-selected')))
      .toBe('true');
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('[data-testid=popup-detail] .dl-title')?.textContent ?? ''))
      .not.toBe('');
    const title = await popup.evaluate(() => document.querySelector('[data-testid=popup-detail] .dl-title')?.textContent);
    const reply = await suite.ff.inExtension(
      async (id) =>
        (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({
          type: 'record/get',
          payload: { id },
        }),
      second,
    );
    const record = (reply as { data: { record: { name?: string; label?: string; title?: string } } }).data.record;
    expect(title).toContain(record.name ?? record.label ?? record.title);
  });

  it("On this page lists the article's entities; clicking one scrolls the article to it and opens its card", async () => {
    const page = await openFixture('hawaii-informal-meeting.html');
    const popup = await openPopupFor(page);
    await popup.click('[data-testid=tab-page]');
    await expect.poll(() => countOf(popup, '[data-testid=page-entity]'), { timeout: 10_000 }).toBeGreaterThan(0);

    const found = (await suite.ff.askPage(page))?.data;
    const listed = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid=page-entity]')].map((el) => el.getAttribute('data-id') ?? ''),
    );
    expect([...listed].sort()).toEqual([...new Set(found?.mentions.map((m) => m.id))].sort());
    expect(await popup.$eval('[data-testid=page-date] input', (el) => (el as HTMLInputElement).value)).toBe(found?.date.date ?? '');

    // The entity first mentioned last, in a short window, so that the page must scroll to it.
    const firstMentions = [...new Map(found?.mentions.map((m) => [m.id, m])).keys()];
    const last = found?.mentions.find((m) => m.id === firstMentions.at(-1));
    if (!last) throw new Error('the fixture has no mentions');
    await setViewportSize(page, 900, 300);
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.click(`[data-testid=page-entity][data-id="${last.id}"]`);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await cardState(page)).open, { timeout: 5000 }).toBe(true);
    expect((await cardState(page)).text).toContain(last.name);
  });

  it('the site switch takes the marks off the open tab and puts them back, without a reload', async () => {
    const page = await openFixture('hawaii-informal-meeting.html');
    const marked = (await highlightedTexts(page)).length;
    expect(marked).toBeGreaterThan(0);
    const popup = await openPopupFor(page);
    await popup.waitForSelector('[data-testid=toggle-site]', { timeout: 10_000 });
    expect(await textOf(popup, '.switch .site')).toBe('On 127.0.0.1');
    await popup.click('[data-testid=toggle-site]');
    await expect.poll(() => highlightedTexts(page), { timeout: 5000 }).toEqual([]);
    await expect.poll(async () => (await suite.ff.inspect(page))?.state, { timeout: 5000 }).toMatch(/^off/);
    await popup.click('[data-testid=toggle-site]');
    await expect.poll(async () => (await highlightedTexts(page)).length, { timeout: 10_000 }).toBe(marked);
  });
});
