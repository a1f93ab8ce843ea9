/**
 * Issue 21: an attacker's page learns nothing from the extension and changes nothing in it. The page
 * (test/fixtures/hostile/attacker-page.html) grabs every shadow root made with its prototypes,
 * predefines the old card host's custom element, watches <html> for attributes, and styles anything
 * added beside its body to be hidden and moved; each test below tries one more thing and asserts it
 * fails. What the tests themselves read, they read in the content script's world
 * (support/isolated-world.ts), which the page cannot see.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { WRITE_REQUESTS } from '../../utils/messaging/protocol';
import { type E2E, startE2E } from './support/extension';
import { cardElements, cardHostState, inContentScript, waitForContentState } from './support/isolated-world';
import { card, highlightedTexts, hoverPhrase, mentionsOnPage, setSettings, tabIdOf } from './support/page-helpers';
import { phrasePoint, readExtensionTraces, readProductSignals } from './support/page-probes';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

const FIXTURE = 'hostile/attacker-page.html';

/** What the page found out: text in any shadow root it could reach, attributes set on <html>, timeline entries. */
/** Sends each message from the content script's own world, with its own runtime API (what a compromised page context could reach), and returns the replies. */
function sendFromContentScript(page: Page, messages: readonly unknown[]) {
  return inContentScript(
    page,
    async (_i, list) => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      const out: unknown[] = [];
      for (const m of list) out.push(await c.runtime.sendMessage(m));
      return out;
    },
    messages,
  );
}

function pageLoot(page: Page) {
  return page.evaluate(() => {
    const loot = (window as unknown as { loot: { roots: ShadowRoot[]; attrs: string[]; definedFirst: boolean; clicks: string[] } }).loot;
    const reachable = [...document.querySelectorAll('*')].map((el) => el.shadowRoot).filter((r): r is ShadowRoot => r !== null);
    return {
      rootText: [...loot.roots, ...reachable].map((r) => r.textContent ?? '').join(' '),
      attrs: loot.attrs,
      htmlAttrs: document.documentElement.getAttributeNames(),
      definedFirst: loot.definedFirst,
      timeline: performance
        .getEntries()
        .map((e) => e.name)
        .filter((n) => /defence|lens/i.test(n)),
      highlightNames: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
      hostAttrs: [...document.documentElement.children]
        .filter((el) => el !== document.head && el !== document.body)
        .map((el) => el.getAttributeNames()),
    };
  });
}

describe("an attacker's page", () => {
  it('synthetic pointer events on a mark open no card', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture(FIXTURE);
    const point = await page.evaluate(phrasePoint, 'Eng Hen');
    expect(point).not.toBeNull();
    await page.evaluate(
      ({ x, y }) => {
        for (let i = 0; i < 5; i++) {
          const init = { clientX: x, clientY: y, bubbles: true, composed: true, altKey: true, shiftKey: true };
          document.elementFromPoint(x, y)?.dispatchEvent(new PointerEvent('pointermove', init));
          document.dispatchEvent(new MouseEvent('mousemove', init));
        }
      },
      point as { x: number; y: number },
    );
    await page.waitForTimeout(1200);
    expect(await card(page).count()).toBe(0);
    expect(await cardElements(page, '[data-testid=defence-lens-card-pending]').count()).toBe(0);
    // The reader's own pointer on the same words does open it: the page changed nothing.
    await hoverPhrase(page, 'Eng Hen');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
  });

  it('a synthetic Alt+Shift+N opens no card and moves no focus', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture(FIXTURE);
    await page.evaluate(() => {
      const init = { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true };
      document.body.dispatchEvent(new KeyboardEvent('keydown', init));
      document.dispatchEvent(new KeyboardEvent('keydown', init));
    });
    await page.waitForTimeout(800);
    expect(await card(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // The same keys pressed by the reader step to the first mention.
    await page.focus('body');
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
  });

  it("cannot read the open card's text, even by grabbing every shadow root made with its prototypes", async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture(FIXTURE);
    await hoverPhrase(page, 'Eng Hen');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    const shown = (await card(page).textContent()) ?? '';
    expect(shown).toContain('Ng Eng Hen');
    const loot = await pageLoot(page);
    // The page's own text is in the page; what only the card says is not anywhere the page can reach.
    expect(loot.rootText).not.toContain('Minister');
    expect(loot.rootText).toBe('');
  });

  it('cannot rewrite the card: its host has no reachable root, and its links are http(s) only', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture(FIXTURE);
    await hoverPhrase(page, 'Eng Hen');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    const rewritten = await page.evaluate(() => {
      let n = 0;
      for (const el of document.documentElement.children) {
        const root = el.shadowRoot;
        if (root) {
          root.innerHTML = '<a href="https://phish.invalid/">Minister of nothing</a>';
          n++;
        }
      }
      return n;
    });
    expect(rewritten).toBe(0);
    expect(await card(page).textContent()).not.toContain('Minister of nothing');
    const hrefs = await inContentScript(page, (i) =>
      [...(i.cardRoot?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? ''),
    );
    expect(hrefs?.length).toBeGreaterThan(0);
    for (const h of hrefs ?? []) expect(h).toMatch(/^https?:\/\//);
  });

  it('a custom element predefined under the old host name does not break the card', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture(FIXTURE);
    await hoverPhrase(page, 'Eng Hen');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    expect((await pageLoot(page)).definedFirst).toBe(false);
    expect(await inContentScript(page, (i) => i.cardHost?.tagName)).toBe('DIV');
  });

  it("the page's CSS and scripts cannot hide, move or restyle the card's host", async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture(FIXTURE);
    await hoverPhrase(page, 'Eng Hen');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    const box = () =>
      inContentScript(page, (i) => {
        const host = i.cardHost as HTMLElement;
        const s = getComputedStyle(host);
        return {
          display: s.display,
          visibility: s.visibility,
          opacity: s.opacity,
          left: s.left,
          top: s.top,
          scale: s.transform.startsWith('matrix(1, 0, 0, 1,'),
        };
      });
    const want = { display: 'block', visibility: 'visible', opacity: '1', left: '0px', top: '0px', scale: true };
    expect(await box()).toEqual(want);
    // The page's script overwrites the host's style and adds a class: the host puts its own back.
    await page.evaluate(() => {
      for (const el of document.documentElement.children) {
        if (el === document.head || el === document.body) continue;
        (el as HTMLElement).style.cssText = 'display:none !important; left: 500px !important';
        el.setAttribute('class', 'owned');
      }
    });
    await expect.poll(box).toEqual(want);
    expect(await card(page).isVisible()).toBe(true);
  });

  it('learns nothing of the extension: no attributes on <html> or the host, no timeline entries, highlight names without record ids', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture(FIXTURE);
    await hoverPhrase(page, 'Eng Hen');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    await page.keyboard.press('Escape');
    const loot = await pageLoot(page);
    expect(loot.attrs).toEqual([]);
    expect(loot.htmlAttrs.filter((a) => a.startsWith('data-'))).toEqual([]);
    expect(loot.timeline).toEqual([]);
    for (const attrs of loot.hostAttrs) expect(attrs.filter((a) => a !== 'style')).toEqual([]);
    const ids = new Set((await mentionsOnPage(e2e, page))?.mentions.map((m) => m.id));
    expect(ids.size).toBeGreaterThan(0);
    expect(loot.highlightNames.length).toBeGreaterThan(0);
    for (const name of loot.highlightNames) for (const id of ids) expect(name).not.toContain(id);
    expect(await cardHostState(page)).toMatchObject({ hidden: true });
  });

  it("the page's own click handler still runs while the extension is on", async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture(FIXTURE);
    await page.click('#probe');
    expect(await page.evaluate(() => (window as unknown as { loot: { clicks: string[] } }).loot.clicks)).toEqual(['click']);
  });

  it('highlight names are drawn anew on every load and name neither the product nor the entries; no product-named attribute, element or style rule', async () => {
    e2e = await startE2E();
    const seen: string[][] = [];
    for (let load = 0; load < 2; load++) {
      const page = await e2e.openFixture(FIXTURE);
      await expect.poll(() => highlightedTexts(page)).toContain('HADR');
      await hoverPhrase(page, 'Eng Hen');
      await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
      const signals = await page.evaluate(readProductSignals);
      const found = await page.evaluate(() => {
        return {
          names: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
        };
      });
      expect(signals.named).toEqual([]);
      expect(signals.productInCss).toBe(false);
      expect(found.names.length).toBeGreaterThan(0);
      const words = ((await mentionsOnPage(e2e, page))?.mentions ?? []).flatMap((m) => [m.id, ...m.text.toLowerCase().split(/\W+/)]);
      for (const name of found.names) {
        expect(name).not.toMatch(/defence|lens|person|term|meeting|organi[sz]ation|flag|tint|flash/i);
        for (const w of words.filter((x) => x.length > 2)) expect(name.toLowerCase()).not.toContain(w);
      }
      seen.push(found.names);
      await page.close();
    }
    // Two loads of the same page share no name: the page cannot learn them once and look for them later.
    expect(seen[0]?.filter((n) => seen[1]?.includes(n))).toEqual([]);
  });

  it('where the extension is off, the page gets no highlight, no style and no card host, and switching it off takes them away', async () => {
    e2e = await startE2E();
    const traces = (page: Page) => page.evaluate(readExtensionTraces);
    // On: marks, the sheet and the card's host are there.
    const on = await e2e.openFixture(FIXTURE);
    const pageSheets = await on.evaluate(() => document.styleSheets.length);
    await hoverPhrase(on, 'Eng Hen');
    await expect.poll(() => card(on).count(), { timeout: 5000 }).toBe(1);
    // The marks are styled by the user sheet the background inserted at document start, which the
    // page cannot see: no adopted sheet, no stylesheet of ours in its lists.
    expect(await traces(on)).toMatchObject({ adopted: 0, styleSheets: pageSheets, extraChildren: 1 });
    expect((await traces(on)).highlights).toBeGreaterThan(0);
    const person = (await inContentScript(on, (i) => i.highlightNames))?.person ?? '';
    const styled = (page: Page) =>
      page.evaluate((name) => getComputedStyle(document.body, `::highlight(${name})`).textDecorationLine, person);
    expect(await styled(on)).toBe('underline');
    // Switched off for this site: every trace goes.
    await setSettings(e2e, { disabledSites: ['127.0.0.1'] });
    await expect.poll(() => traces(on)).toEqual({ highlights: 0, adopted: 0, styleSheets: pageSheets, extraChildren: 0 });
    // The user sheet is taken out too.
    await expect.poll(() => styled(on)).toBe('none');
    // A page loaded while off never gets any.
    const off = await e2e.context.newPage();
    await off.goto(e2e.server.url(FIXTURE));
    await waitForContentState(off, 'off', 30_000);
    await hoverPhrase(off, 'Eng Hen');
    await off.waitForTimeout(800);
    expect(await traces(off)).toEqual({ highlights: 0, adopted: 0, styleSheets: pageSheets, extraChildren: 0 });
  });

  it('every write message sent from a content script is refused, and the corpus stays as it was', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture(FIXTURE);
    await expect.poll(() => highlightedTexts(page)).toContain('HADR');
    const person = (await mentionsOnPage(e2e, page))?.mentions.find((m) => m.text.includes('Ng Eng Hen'))?.id ?? '';
    expect(person).not.toBe('');
    const record = {
      id: 'zebra-accord',
      label: 'Zebra Accord',
      category: 'agreement',
      definition: 'Planted by a page.',
      sources: [{ title: 'Note', publisher: 'Page', date: null, url: 'https://example.org/zebra' }],
    };
    const writes = [
      { type: 'record/put', payload: { kind: 'term', record } },
      { type: 'record/delete', payload: { id: person } },
      { type: 'record/reset', payload: { id: person } },
      { type: 'corpus/reset-all', payload: {} },
    ];
    // One of each kind of write there is.
    expect(writes.map((w) => w.type).sort()).toEqual([...WRITE_REQUESTS].sort());
    // Sent from the content script's own world, with its own runtime API (what a compromised page context could reach).
    const replies = await sendFromContentScript(page, writes);
    expect(replies).toHaveLength(writes.length);
    for (const reply of replies ?? []) expect(reply).toEqual({ ok: false, error: expect.stringContaining('only from the extension') });
    // Nor may it read the reader's records whole (notes included), list or export them: a card's records come without notes (corpus/details).
    const reads = [
      { type: 'record/get', payload: { id: person } },
      { type: 'record/list', payload: {} },
      { type: 'record/hidden', payload: {} },
      { type: 'record/recent', payload: { limit: 5 } },
      { type: 'corpus/export', payload: { scope: 'user' } },
      { type: 'corpus/full', payload: {} },
    ];
    const readReplies = await sendFromContentScript(page, reads);
    expect(readReplies).toHaveLength(reads.length);
    for (const reply of readReplies ?? []) expect(reply).toEqual({ ok: false, error: expect.stringContaining('extension’s own pages') });
    const options = await e2e.openExtensionPage('options.html');
    const get = (id: string) =>
      options.evaluate(
        (i) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: unknown }> } } }
          ).chrome.runtime.sendMessage({ type: 'record/get', payload: { id: i } }),
        id,
      );
    expect(await get('zebra-accord')).toEqual({ ok: true, data: null });
    expect(await get(person)).toMatchObject({ ok: true, data: { origin: 'bundled' } });
    // The same put from the extension's own page is taken: the refusals were the sender's, not the payload's.
    const fromOptions = await options.evaluate(
      (m) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
      writes[0],
    );
    expect(fromOptions).toMatchObject({ ok: true });
  });

  it('a date override that is not a real past day is refused, and the page keeps its date', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture(FIXTURE);
    await expect.poll(() => highlightedTexts(page)).toContain('HADR');
    const detected = (await mentionsOnPage(e2e, page))?.date;
    const tabId = await tabIdOf(e2e, page);
    const setDate = (date: unknown) =>
      e2e?.worker.evaluate(
        ({ id, d }) =>
          (
            globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }
          ).chrome.tabs.sendMessage(id, {
            type: 'page/set-date',
            payload: { date: d },
          }),
        { id: tabId, d: date },
      );
    for (const bad of [
      '2023-02-30',
      '2024-13-01',
      '2999-01-01',
      '1850-06-01',
      '2023-11-15T10:00:00Z',
      'yesterday',
      '',
      20231115,
      { day: 1 },
    ]) {
      expect(await setDate(bad), JSON.stringify(bad)).toEqual({ ok: false, error: expect.stringContaining('invalid date override') });
    }
    expect((await mentionsOnPage(e2e, page))?.date).toEqual(detected);
    // A real past day is taken, and null goes back to the page's own date.
    expect(await setDate('2018-03-01')).toEqual({ ok: true, data: { date: { date: '2018-03-01', source: 'override' } } });
    expect(await setDate(null)).toMatchObject({ ok: true, data: { date: detected } });
  });

  it("the marks' style reaches every mark, on the page and inside a shadow root, with no rule on every element", async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('frames-and-shadows.html');
    await expect.poll(() => highlightedTexts(page)).toContain('Minoru Kihara');
    const person = (await inContentScript(page, (i) => i.highlightNames))?.person ?? '';
    expect(person).not.toBe('');
    const seen = await page.evaluate((name) => {
      const deep = [document.querySelector('p'), document.getElementById('widget')?.shadowRoot?.querySelector('p')];
      const rules = [...document.adoptedStyleSheets, ...(document.getElementById('widget')?.shadowRoot?.adoptedStyleSheets ?? [])].flatMap(
        (sheet) => [...sheet.cssRules].map((r) => (r as CSSStyleRule).selectorText),
      );
      return {
        styled: deep.map((el) => (el ? getComputedStyle(el, `::highlight(${name})`).textDecorationLine : 'missing')),
        selectors: [...new Set(rules)],
      };
    }, person);
    expect(seen.styled).toEqual(['underline', 'underline']);
    expect(seen.selectors.length).toBeGreaterThan(0);
    // Every rule is on the root or a shadow host: none makes the browser resolve highlights on every element.
    for (const selector of seen.selectors) expect(selector).toMatch(/^:root::highlight\([a-z0-9]+\), :host::highlight\([a-z0-9]+\)$/);
  });

  it('a service worker stopped again and again while the page loads: the page is marked once it is back, and so is text added later', async () => {
    e2e = await startE2E();
    // An extension page's DevTools session stops the extension's worker (ServiceWorker.stopAllWorkers).
    const control = await e2e.openExtensionPage('options.html');
    const session = await control.context().newCDPSession(control);
    await session.send('ServiceWorker.enable');
    let stopping = true;
    const stops = (async () => {
      let n = 0;
      while (stopping && n++ < 40) {
        await session.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    const page = await e2e.context.newPage();
    await page.goto(e2e.server.url(FIXTURE));
    await page.waitForTimeout(600);
    stopping = false;
    await stops;
    // It gets there: the requests that met a stopped worker were sent again.
    await waitForContentState(page, 'ready', 30_000);
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('HADR');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, the ADMM-Plus experts met again.';
      document.querySelector('article')?.append(p);
    });
    await expect
      .poll(async () => (await highlightedTexts(page)).filter((t) => t.startsWith('ADMM')).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
  });

  it('one lower-case form found 600 times on a page makes at most 100 marks; the popup still lists every mention', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hostile/repeated-form.html');
    const found = ((await mentionsOnPage(e2e, page))?.mentions ?? []).filter(
      (m) => m.text === 'humanitarian assistance and disaster relief',
    );
    expect(found.length).toBe(600);
    await expect.poll(() => inContentScript(page, (i) => i.marks)).toBe(100);
    expect((await highlightedTexts(page)).filter((t) => t === 'humanitarian assistance and disaster relief').length).toBeLessThanOrEqual(
      100,
    );
  });
});
