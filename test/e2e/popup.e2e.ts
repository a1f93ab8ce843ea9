/**
 * Issue 7 in the browser: the toolbar popup, opened as `popup.html?tab=<id>` so that it talks to a
 * fixture's tab (a test cannot click the toolbar button).
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';
import { card, highlightedTexts, mentionsOnPage, openPopupFor } from './support/page-helpers';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

interface PopupTimings {
  buildMs: number | null;
  indexSource: 'cache' | 'built' | 'snapshot' | null;
  firstRenderMs: number | null;
  searchReadyMs: number | null;
  keystrokeMs: number[];
}
const popupTimings = (popup: Page) =>
  popup.evaluate(() => (globalThis as unknown as { __defenceLensPopupTimings: PopupTimings }).__defenceLensPopupTimings);

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

describe('the toolbar popup', () => {
  it("typing a misspelt name finds the minister; Enter opens his card; links lead to his meeting, its attendees and a term's related terms; Escape comes back", async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const popup = await openPopupFor(e2e, page);
    const box = popup.getByRole('searchbox', { name: 'Search the corpus' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => popup.getByTestId('search-empty').textContent()).toContain('17th ADMM');

    await popup.keyboard.type('aston carter', { delay: 20 });
    const first = popup.getByTestId('search-hit').first();
    await expect.poll(() => first.getAttribute('data-id')).toBe('ashton-carter');
    expect(await first.textContent()).toContain('misspelling of Ashton Carter');

    await popup.keyboard.press('Enter');
    const detail = popup.getByTestId('popup-detail');
    await expect.poll(() => detail.textContent()).toContain('Secretary of Defense');
    expect(await detail.textContent()).toContain('Ashton Carter');

    // From the person to a meeting he attended, from the meeting to another attendee, then back
    // with Escape, three times.
    const meetingTitle = "ASEAN-US Defense Ministers' Informal Meeting 2016";
    // A card is compact first: its meetings, attendees and related terms are behind More.
    const more = detail.getByTestId('card-more');
    await more.click();
    await detail.getByRole('button', { name: meetingTitle }).click();
    await expect.poll(() => detail.locator('.dl-title').textContent()).toContain(meetingTitle);
    await more.click();
    const attendees = detail.locator('.dl-related', { hasText: 'Attend' }).getByRole('button');
    const others = (await attendees.allTextContents()).filter((name) => name !== 'Ashton Carter');
    expect(others.length).toBeGreaterThan(0);
    await attendees.filter({ hasText: others[0] }).click();
    await expect.poll(() => detail.locator('.dl-title').textContent()).toBe(others[0]);
    await popup.keyboard.press('Escape');
    await expect.poll(() => detail.locator('.dl-title').textContent()).toContain(meetingTitle);
    await popup.keyboard.press('Escape');
    await expect.poll(() => detail.locator('.dl-title').textContent()).toBe('Ashton Carter');
    await popup.keyboard.press('Escape');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await box.inputValue()).toBe('aston carter');

    // Arrow keys move through results across groups; Enter opens the one chosen.
    await box.fill('');
    await popup.keyboard.type('admm', { delay: 20 });
    const hits = popup.getByTestId('search-hit');
    await expect.poll(() => hits.count()).toBeGreaterThan(1);
    const secondId = await hits.nth(1).getAttribute('data-id');
    await popup.keyboard.press('ArrowDown');
    await expect.poll(() => hits.nth(1).getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('Enter');
    await expect.poll(() => detail.locator('.dl-title').count()).toBe(1);
    expect(secondId).not.toBe('admm');

    // From a term to a related term.
    await popup.keyboard.press('Escape');
    await box.fill('admm plus');
    await expect.poll(() => hits.first().getAttribute('data-id')).toBe('admm-plus');
    await popup.keyboard.press('Enter');
    await expect.poll(() => detail.locator('.dl-title').textContent()).toContain('ADMM-Plus');
    await more.click();
    const related = detail.locator('.dl-related', { hasText: 'Related' }).getByRole('button');
    const relatedName = (await related.first().textContent()) ?? '';
    expect(relatedName).not.toBe('');
    await related.first().click();
    await expect.poll(() => detail.locator('.dl-title').textContent()).toBe(relatedName);
    await popup.keyboard.press('Escape');
    await expect.poll(() => detail.locator('.dl-title').textContent()).toContain('ADMM-Plus');

    // More typing, for the per-keystroke measurement printed below.
    await popup.keyboard.press('Escape');
    for (const q of ['phan van giang', 'hawaii 2016', 'japan defence minister', 'admm plus']) {
      await box.fill('');
      await popup.keyboard.type(q, { delay: 10 });
    }
    await expect.poll(() => hits.first().getAttribute('data-id')).toBe('admm-plus');

    const timings = await popupTimings(popup);
    const keys = timings.keystrokeMs.filter((_ms, i) => i > 0);
    console.log(
      `popup timings: box painted ${timings.firstRenderMs?.toFixed(0)} ms after navigation, results ready ${timings.searchReadyMs?.toFixed(0)} ms ` +
        `(index from ${timings.indexSource} in ${timings.buildMs?.toFixed(1)} ms), ` +
        `search per keystroke p50 ${quantile(keys, 0.5).toFixed(3)} ms, p95 ${quantile(keys, 0.95).toFixed(3)} ms (n=${keys.length})`,
    );
    expect(keys.length).toBeGreaterThan(10);
  });

  it("On this page lists the article's entities, and clicking one scrolls the article to it and opens its card", async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const popup = await openPopupFor(e2e, page);
    await popup.getByTestId('tab-page').click();
    const entries = popup.getByTestId('page-entity');
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBeGreaterThan(0);

    const found = await mentionsOnPage(e2e, page);
    const expected = [...new Set(found?.mentions.map((m) => m.id))].sort();
    const listed = (await entries.evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''))).sort();
    expect(listed).toEqual(expected);

    // Entities with fact-check flags come first.
    const flagged = new Set(found?.mentions.filter((m) => m.flags.length > 0).map((m) => m.id));
    const order = await entries.evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
    const firstUnflagged = order.findIndex((id) => !flagged.has(id));
    expect(order.slice(firstUnflagged === -1 ? order.length : firstUnflagged).some((id) => flagged.has(id))).toBe(false);

    // The article's date and where it came from.
    expect(await popup.locator('[data-testid=page-date] input').inputValue()).toBe(found?.date.date ?? '');

    // Reveal the entity first mentioned last in the article (the popup reveals first mentions
    // first), in a short window, so that the page must scroll.
    const firstMentions = [...new Map(found?.mentions.map((m) => [m.id, m])).keys()];
    const last = found?.mentions.find((m) => m.id === firstMentions.at(-1));
    if (!last) throw new Error('the fixture has no mentions');
    await page.setViewportSize({ width: 900, height: 300 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.locator(`[data-testid=page-entity][data-id="${last.id}"]`).click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(0);
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    expect(await card(page).textContent()).toContain(last.name);
  });

  it('clicking the same entry again moves the article on to the next mention of that entity', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const found = await mentionsOnPage(e2e, page);
    // The entity whose first and second mentions lie furthest apart in the article's text.
    const byId = new Map<string, number[]>();
    for (const m of found?.mentions ?? []) byId.set(m.id, [...(byId.get(m.id) ?? []), m.start]);
    const gap = (starts: number[]) => (starts[1] ?? 0) - (starts[0] ?? 0);
    const [id, starts] = [...byId].filter(([, s]) => s.length >= 2).sort((a, b) => gap(b[1]) - gap(a[1]))[0] ?? [];
    if (!id || !starts) throw new Error('the fixture has no entity mentioned twice');
    expect(gap(starts)).toBeGreaterThan(800);

    await page.setViewportSize({ width: 900, height: 300 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopupFor(e2e, page);
    await popup.getByTestId('tab-page').click();
    const entry = popup.locator(`[data-testid=page-entity][data-id="${id}"]`);
    const settledScroll = async () => {
      let last = -1;
      await expect
        .poll(async () => {
          const now = await page.evaluate(() => window.scrollY);
          const still = now === last;
          last = now;
          return still;
        })
        .toBe(true);
      return last;
    };
    await entry.click();
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    const first = await settledScroll();
    await entry.click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(first);
  });

  it('switching Defence Lens off for the site removes the marks, and on again brings them back', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    expect((await highlightedTexts(page)).length).toBeGreaterThan(0);
    const popup = await openPopupFor(e2e, page);
    const site = popup.getByTestId('toggle-site');
    await site.waitFor({ timeout: 10_000 });
    expect(await popup.locator('.switch .site').textContent()).toBe('On 127.0.0.1');
    expect(await site.isChecked()).toBe(true);

    await site.uncheck();
    await expect.poll(() => highlightedTexts(page), { timeout: 5000 }).toEqual([]);
    const stored = await e2e.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get: Function } } } }).chrome;
      return (await c.storage.local.get('settings')).settings;
    });
    expect(stored.disabledSites).toEqual(['127.0.0.1']);
    await popup.getByTestId('tab-page').click();
    await expect.poll(() => popup.getByTestId('page-off').count(), { timeout: 5000 }).toBe(1);

    await site.check();
    await expect.poll(async () => (await highlightedTexts(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it("changing the article date re-reads the page on that day, and 'Use the page's date' goes back", async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const detected = (await mentionsOnPage(e2e, page))?.date;
    const popup = await openPopupFor(e2e, page);
    await popup.getByTestId('tab-page').click();
    const input = popup.locator('[data-testid=page-date] input');
    await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toBe(detected?.date ?? '');

    await input.fill('2018-03-01');
    await expect
      .poll(async () => (await mentionsOnPage(e2e as E2E, page))?.date, { timeout: 10_000 })
      .toEqual({ date: '2018-03-01', source: 'override' });
    await expect.poll(() => popup.getByTestId('page-date').textContent()).toContain('set by you');

    await popup.getByRole('button', { name: 'Use the page’s date' }).click();
    await expect.poll(async () => (await mentionsOnPage(e2e as E2E, page))?.date, { timeout: 10_000 }).toEqual(detected);
    await expect.poll(() => input.inputValue()).toBe(detected?.date ?? '');
  });

  it('switching Defence Lens off everywhere removes the marks and greys out the site switch', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const popup = await openPopupFor(e2e, page);
    await popup.getByTestId('toggle-site').waitFor({ timeout: 10_000 });
    await popup.getByTestId('toggle-global').uncheck();
    await expect.poll(() => highlightedTexts(page), { timeout: 5000 }).toEqual([]);
    expect(await popup.getByTestId('toggle-site').isDisabled()).toBe(true);
    await popup.getByTestId('toggle-global').check();
    await expect.poll(async () => (await highlightedTexts(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('the search index is built once and reused on the next open; a record the reader adds is found at once', async () => {
    e2e = await startE2E();
    const env = e2e;
    const openPopup = async () => {
      const popup = await env.openExtensionPage('popup.html');
      await popup.locator('[data-testid=corpus-summary]').waitFor({ timeout: 20_000 });
      await expect.poll(async () => (await popupTimings(popup)).indexSource).not.toBeNull();
      return popup;
    };
    const first = await openPopup();
    await first.close();
    const second = await openPopup();
    expect((await popupTimings(second)).indexSource).toBe('cache');

    const added = await second.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage: Function } } }).chrome.runtime.sendMessage({
        type: 'record/put',
        payload: {
          kind: 'term',
          record: {
            id: 'zephyr-drill',
            label: 'Zephyr Drill',
            aliases: [],
            caseSensitive: false,
            category: 'concept',
            definition: "A reader's own note.",
            related: [],
            sources: [{ title: 'My notes', publisher: 'Me', date: null, url: 'https://example.org/notes' }],
            unverified: [],
          },
        },
      }),
    );
    expect(added).toEqual({ ok: true, data: { id: 'zephyr-drill', origin: 'user' } });
    // The open popup hears of the change, gets an index rebuilt with the new record, and finds it.
    await expect.poll(async () => (await popupTimings(second)).indexSource).toBe('built');
    await second.getByRole('searchbox', { name: 'Search the corpus' }).fill('zephyr');
    await expect.poll(() => second.getByTestId('search-hit').first().getAttribute('data-id')).toBe('zephyr-drill');
    await second.close();

    // The next open reuses that index.
    const third = await openPopup();
    expect((await popupTimings(third)).indexSource).toBe('cache');
    await third.getByRole('searchbox', { name: 'Search the corpus' }).fill('zephyr');
    await expect.poll(() => third.getByTestId('search-hit').first().getAttribute('data-id')).toBe('zephyr-drill');
  });

  it("a broken record of the reader's leaves the rest searchable, and its card says it cannot be shown", async () => {
    e2e = await startE2E();
    const first = await e2e.openExtensionPage('popup.html');
    await first.locator('[data-testid=corpus-summary]').waitFor({ timeout: 20_000 });
    // Written straight into the database, as an older version or a hand edit might have left it.
    await first.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('defence-lens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('user', 'readwrite');
            const now = Date.now();
            tx.objectStore('user').put({
              id: 'zorba-broken',
              kind: 'person',
              record: { id: 'zorba-broken', name: 'Zorba Broken' },
              origin: 'user',
              updatedAt: now,
            });
            tx.objectStore('user').put({
              id: 'no-name',
              kind: 'term',
              record: { id: 'no-name', aliases: 5 },
              origin: 'user',
              updatedAt: now,
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await first.close();

    const popup = await e2e.openExtensionPage('popup.html');
    await popup.locator('[data-testid=corpus-summary]').waitFor({ timeout: 20_000 });
    const box = popup.getByRole('searchbox', { name: 'Search the corpus' });
    await box.fill('phan van giang');
    await expect.poll(() => popup.getByTestId('search-hit').first().getAttribute('data-id')).toBe('phan-van-giang');

    await box.fill('zorba');
    await expect.poll(() => popup.getByTestId('search-hit').first().getAttribute('data-id')).toBe('zorba-broken');
    await box.press('Enter');
    await expect.poll(() => popup.getByTestId('card-broken').textContent()).toContain('cannot be shown');
    await popup.keyboard.press('Escape');
    await expect.poll(() => box.inputValue()).toBe('zorba');
    await box.fill('kihara');
    await expect.poll(() => popup.getByTestId('search-hit').first().getAttribute('data-id')).toBe('minoru-kihara');
  });

  it.each([
    ['a 10,000-character query', 'admm '.repeat(2000), 'search-results'],
    ['regex characters', '.*?^${}()|[]\\', 'search-none'],
    ['emoji', '🛡️🚢', 'search-none'],
    ['another writing system', 'Министр обороны', 'search-none'],
  ])('%s gives no error and a sensible answer', async (_name, query, expected) => {
    e2e = await startE2E();
    const popup = await e2e.openExtensionPage('popup.html');
    const errors: string[] = [];
    popup.on('pageerror', (error) => errors.push(error.message));
    await popup.locator('[data-testid=corpus-summary]').waitFor({ timeout: 20_000 });
    const box = popup.getByRole('searchbox', { name: 'Search the corpus' });
    await box.fill(query);
    await expect.poll(() => popup.getByTestId(expected).count()).toBe(1);
    expect(errors).toEqual([]);
    await box.fill('');
    await expect.poll(() => popup.getByTestId('search-empty').count()).toBe(1);
  });

  it('the popup follows the system light or dark scheme, and the theme setting overrides it live', async () => {
    e2e = await startE2E();
    const popup = await e2e.openExtensionPage('popup.html');
    await popup.locator('[data-testid=corpus-summary]').waitFor({ timeout: 20_000 });
    const theme = () => popup.evaluate(() => document.documentElement.dataset.theme);
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await popup.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(theme).toBe('dark');
    const darkBackground = await background();
    await popup.emulateMedia({ colorScheme: 'light' });
    await expect.poll(theme).toBe('light');
    expect(await background()).not.toBe(darkBackground);

    const setTheme = (value: string) =>
      e2e?.worker.evaluate(async (t) => {
        const c = (globalThis as unknown as { chrome: { storage: { local: { get: Function; set: Function } } } }).chrome;
        const { settings } = await c.storage.local.get('settings');
        await c.storage.local.set({ settings: { ...settings, theme: t } });
      }, value);
    await setTheme('dark');
    await expect.poll(theme).toBe('dark');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await setTheme('light');
    await expect.poll(theme).toBe('light');
  });

  it('a tab the extension cannot talk to gets a plain message', async () => {
    e2e = await startE2E();
    const popup = await e2e.openExtensionPage('popup.html?tab=999999');
    await popup.getByTestId('tab-page').click();
    await expect
      .poll(() => popup.getByTestId('page-unreadable').textContent(), { timeout: 10_000 })
      .toContain('Defence Lens cannot read this page');
    expect(await popup.getByTestId('toggle-site').count()).toBe(0);
  });
});
