/**
 * Issue 16: nothing leaves the machine. Firefox sends every request for another host to a proxy
 * that refuses it and notes it (support/network-recorder.ts); a reader's whole round — pages, a
 * card, the popup's search, the options page — must leave that list empty, and the fixture page
 * must load nothing but itself.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxE2E, startFirefoxE2E } from './support/firefox-e2e';
import { cardState, hoverPhrase } from './support/firefox-page';

let ff: FirefoxE2E;
beforeAll(async () => {
  ff = await startFirefoxE2E();
});
afterAll(async () => {
  await ff?.close();
});

describe('the network in Firefox', () => {
  it('a reader’s round through pages, a card, the popup and the options page sends nothing off the machine', async () => {
    const fromPage: string[] = [];
    const page: Page = await ff.browser.newPage();
    page.on('request', (r: HTTPRequest) => fromPage.push(r.url()));
    await page.goto(ff.server.url('jakarta-asean-japan.html'));
    await ff.waitForState(page, 'ready');
    await page.reload();
    await ff.waitForState(page, 'ready');
    await hoverPhrase(page, 'Minoru Kihara');
    await expect.poll(async () => (await cardState(page)).open, { timeout: 5000 }).toBe(true);
    // The card links to its sources on other hosts; showing them fetches nothing.
    expect((await cardState(page)).links.some((l) => /^https?:/.test(l.href ?? '') && !l.href?.includes('127.0.0.1'))).toBe(true);

    const popup = await ff.openExtensionPage('popup.html');
    await popup.waitForSelector('[data-testid=corpus-summary]', { timeout: 20_000 });
    await popup.keyboard.type('hadr', { delay: 10 });
    await popup.waitForSelector('[data-testid=search-hit]', { timeout: 10_000 });
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-testid=popup-detail]');
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('[data-testid=records-table]', { timeout: 20_000 });
    await new Promise((r) => setTimeout(r, 1000));

    expect(ff.network.seen).toEqual([]);
    // On the fixture's server the tab asked for the page (twice) and Firefox for its icon; nothing
    // came from the content script. (data: URLs are read in memory.)
    const fetched = fromPage.filter((url) => !url.startsWith('data:'));
    const allowed = [ff.server.url('jakarta-asean-japan.html'), ff.server.url('favicon.ico')];
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.filter((url) => !allowed.includes(url))).toEqual([]);

    // The proxy does see what would have left: a page's own request to another host is noted (and refused).
    await page.evaluate(() => fetch('http://example.org/probe').catch(() => undefined));
    await expect.poll(() => ff.network.seen).toEqual(['GET http://example.org/probe']);
  });
});
