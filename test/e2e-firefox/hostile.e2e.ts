/**
 * Issue 21 in Firefox: the attacker's page (test/fixtures/hostile/attacker-page.html) cannot open a
 * card with synthetic events, cannot read, rewrite, restyle or take over the card, and finds no
 * signal of the extension: no attribute on <html>, no element, style rule or timeline entry naming
 * it, and highlight names that are random per load. A date override that is not a real past day is
 * refused, and where the extension is off the page gets no highlight, style or card host.
 * (Writes sent from a content script are refused in the Chromium suite only: this harness cannot run
 * code in the content script's world.)
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { phrasePoint, readExtensionTraces, readProductSignals } from '../e2e/support/page-probes';
import { cardState, highlightedTexts, hoverPhrase, pressAltShift } from './support/firefox-page';
import { useFirefoxSuite } from './support/firefox-suite';

const FIXTURE = 'hostile/attacker-page.html';
const suite = useFirefoxSuite();
const openFixture = async () => {
  const page = await suite.openFixture(FIXTURE);
  await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('HADR');
  return page;
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The card's host as the page sees it (any element beside <head> and <body>), or null. */
const hostAsPageSeesIt = (page: Page) =>
  page.evaluate(() => {
    const host = [...document.documentElement.children].find((el) => el !== document.head && el !== document.body) as
      | HTMLElement
      | undefined;
    if (!host) return null;
    const s = getComputedStyle(host);
    return {
      tag: host.tagName,
      shadowRoot: host.shadowRoot !== null,
      display: s.display,
      visibility: s.visibility,
      opacity: s.opacity,
      left: s.left,
      top: s.top,
      unscaled: s.transform === 'none' || s.transform.startsWith('matrix(1, 0, 0, 1,'),
    };
  });
const openCard = async (page: Page) => {
  await hoverPhrase(page, 'Eng Hen');
  await expect.poll(async () => (await cardState(page)).open, { timeout: 5000 }).toBe(true);
};

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
    }
    expect(names[0]?.filter((n) => names[1]?.includes(n))).toEqual([]);
  });

  it("cannot read the open card's text: its root is closed, and no root the page grabbed holds it", async () => {
    const page = await openFixture();
    await openCard(page);
    expect((await cardState(page)).text).toContain('Ng Eng Hen');
    const reach = await page.evaluate(() => {
      const loot = (window as unknown as { loot: { roots: ShadowRoot[] } }).loot;
      const reachable = [...document.querySelectorAll('*')].map((el) => el.shadowRoot).filter((r): r is ShadowRoot => r !== null);
      return { text: [...loot.roots, ...reachable].map((r) => r.textContent ?? '').join(''), roots: loot.roots.length + reachable.length };
    });
    expect(reach).toEqual({ text: '', roots: 0 });
    expect((await hostAsPageSeesIt(page))?.shadowRoot).toBe(false);
  });

  it('a custom element predefined under the old host name does not take the card over', async () => {
    const page = await openFixture();
    await openCard(page);
    expect(await page.evaluate(() => (window as unknown as { loot: { definedFirst: boolean } }).loot.definedFirst)).toBe(false);
    expect((await hostAsPageSeesIt(page))?.tag).toBe('DIV');
  });

  it("the page's CSS and scripts cannot hide, move or restyle the card's host", async () => {
    const page = await openFixture();
    await openCard(page);
    const want = { display: 'block', visibility: 'visible', opacity: '1', left: '0px', top: '0px', unscaled: true };
    // The page's stylesheet hides and moves anything beside its body with !important rules.
    expect(await hostAsPageSeesIt(page)).toMatchObject(want);
    await page.evaluate(() => {
      for (const el of document.documentElement.children) {
        if (el === document.head || el === document.body) continue;
        (el as HTMLElement).style.cssText = 'display:none !important; left: 500px !important';
        el.setAttribute('class', 'owned');
      }
    });
    await expect.poll(() => hostAsPageSeesIt(page), { timeout: 5000 }).toMatchObject(want);
    expect((await cardState(page)).open).toBe(true);
  });

  it('a date override that is not a real past day is refused, and the page keeps its date', async () => {
    const page = await openFixture();
    const asked = await suite.ff.askPage(page);
    expect(asked).toBeDefined();
    const tabId = asked?.tabId as number;
    const setDate = (date: unknown) =>
      suite.ff.inExtension(
        ({ id, d }) =>
          (
            globalThis as unknown as { browser: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }
          ).browser.tabs.sendMessage(id, { type: 'page/set-date', payload: { date: d } }),
        { id: tabId, d: date },
      );
    for (const bad of ['2023-02-30', '2024-13-01', '2999-01-01', '2023-11-15T10:00:00Z', 'yesterday', 20231115]) {
      expect(await setDate(bad), JSON.stringify(bad)).toEqual({ ok: false, error: expect.stringContaining('invalid date override') });
    }
    expect((await suite.ff.askPage(page))?.data.date).toEqual(asked?.data.date);
    expect(await setDate('2018-03-01')).toEqual({ ok: true, data: { date: { date: '2018-03-01', source: 'override' } } });
  });

  it('where the extension is off, the page gets no highlight, no style and no card host, and switching it off takes them away', async () => {
    const traces = (page: Page) => page.evaluate(readExtensionTraces);
    const on = await openFixture();
    await openCard(on);
    const shown = await traces(on);
    expect(shown.highlights).toBeGreaterThan(0);
    expect(shown.extraChildren).toBe(1);
    try {
      await suite.ff.setSettings({ disabledSites: ['127.0.0.1'] });
      await suite.ff.waitForState(on, 'off', 10_000);
      // The page's own sheets: its one <style>; the marks' sheet (adopted or a <style> of ours) is gone.
      await expect.poll(() => traces(on), { timeout: 5000 }).toEqual({ highlights: 0, adopted: 0, styleSheets: 1, extraChildren: 0 });
      const off = await suite.ff.browser.newPage();
      suite.track(off);
      await off.goto(suite.ff.server.url(FIXTURE));
      await suite.ff.waitForState(off, 'off', 30_000);
      await hoverPhrase(off, 'Eng Hen');
      await pause(800);
      expect(await traces(off)).toEqual({ highlights: 0, adopted: 0, styleSheets: 1, extraChildren: 0 });
    } finally {
      await suite.ff.resetSettings();
    }
  });
});
