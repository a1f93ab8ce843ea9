/**
 * Issue 21 in Firefox: the attacker's page (test/fixtures/hostile/attacker-page.html) cannot open a
 * card with synthetic events, and finds no signal of the extension: no attribute on <html>, no
 * element, style rule or timeline entry naming it, and highlight names that are random per load.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { phrasePoint, readProductSignals } from '../e2e/support/page-probes';
import { type FirefoxE2E, startFirefoxE2E } from './support/firefox-e2e';
import { cardState, highlightedTexts, hoverPhrase, pressAltShift } from './support/firefox-page';

const FIXTURE = 'hostile/attacker-page.html';
let ff: FirefoxE2E;
const open: Page[] = [];
beforeAll(async () => {
  ff = await startFirefoxE2E();
});
afterAll(async () => {
  await ff?.close();
});
afterEach(async () => {
  for (const p of open.splice(0)) await p.close();
});
const openFixture = async () => {
  const page = await ff.openFixture(FIXTURE);
  open.push(page);
  await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('HADR');
  return page;
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("an attacker's page in Firefox", () => {
  it('synthetic pointer and key events open no card; the reader’s own do', async () => {
    const page = await openFixture();
    const point = await page.evaluate(phrasePoint, 'Eng Hen');
    expect(point).not.toBeNull();
    await page.evaluate(
      (p: { x: number; y: number }) => {
        for (let i = 0; i < 5; i++) {
          const init = { clientX: p.x, clientY: p.y, bubbles: true, composed: true };
          document.elementFromPoint(p.x, p.y)?.dispatchEvent(new PointerEvent('pointermove', init));
          document.dispatchEvent(new MouseEvent('mousemove', init));
        }
        const keys = { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true };
        document.body.dispatchEvent(new KeyboardEvent('keydown', keys));
        document.dispatchEvent(new KeyboardEvent('keydown', keys));
      },
      point as { x: number; y: number },
    );
    await pause(1200);
    expect((await cardState(page)).open).toBe(false);
    await hoverPhrase(page, 'Eng Hen');
    await expect.poll(async () => (await cardState(page)).open, { timeout: 5000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).open, { timeout: 5000 }).toBe(false);
    await pressAltShift(page, 'KeyN');
    await expect.poll(async () => (await cardState(page)).open, { timeout: 5000 }).toBe(true);
  });

  it('finds no signal: no attribute, element, style rule or timeline entry naming the extension; random highlight names', async () => {
    const names: string[][] = [];
    for (let load = 0; load < 2; load++) {
      const page = await openFixture();
      await hoverPhrase(page, 'Eng Hen');
      await expect.poll(async () => (await cardState(page)).open, { timeout: 5000 }).toBe(true);
      const signals = await page.evaluate(readProductSignals);
      const loot = await page.evaluate(() => {
        const w = window as unknown as { loot: { attrs: string[]; roots: ShadowRoot[] } };
        return {
          htmlAttrs: w.loot.attrs,
          rootText: w.loot.roots.map((r) => r.textContent ?? '').join(''),
          timeline: performance
            .getEntries()
            .map((e) => e.name)
            .filter((n) => /defence|lens/i.test(n)),
          highlights: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
        };
      });
      expect(signals.named).toEqual([]);
      expect(signals.productInCss).toBe(false);
      expect(loot.htmlAttrs).toEqual([]);
      expect(loot.rootText).toBe('');
      expect(loot.timeline).toEqual([]);
      expect(loot.highlights.length).toBeGreaterThan(0);
      for (const n of loot.highlights) expect(n).not.toMatch(/defence|lens|person|term|meeting|flag/i);
      names.push(loot.highlights);
      // One tab at a time: the content script is asked for its names by the page's address.
      await page.close();
      open.splice(open.indexOf(page), 1);
    }
    expect(names[0]?.filter((n) => names[1]?.includes(n))).toEqual([]);
  });
});
