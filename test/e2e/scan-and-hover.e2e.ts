/**
 * Issue 5 in the browser: what a reader sees on a news page — the marks, the hover card, and a
 * page that stays whole whatever it does.
 */
import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';
import { cardElements, cardHostState, contentMarks, contentState, waitForContentState } from './support/isolated-world';
import { card, highlightedTexts, highlightNames, hoverPhrase, mentionsOnPage, registeredMarks, setSettings } from './support/page-helpers';
import { shadowTextPoint } from './support/page-probes';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

describe('marks and hover cards', () => {
  it("marks the article's people, terms and meetings", async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const found = await mentionsOnPage(e2e, page);
    const ids = new Set(found?.mentions.map((m) => m.id));
    for (const id of ['ashton-carter', 'ng-eng-hen', 'barack-obama', 'hadr', 'admm-plus', 'asean-us-2016']) expect(ids, id).toContain(id);
    const texts = await highlightedTexts(page);
    expect(texts).toContain('HADR');
    expect(texts.some((t) => t.includes('Ng Eng Hen'))).toBe(true);
    expect(await contentMarks(page)).toBe(texts.length);
  });

  it('hovering "Ng Eng Hen" shows a card saying he was Singapore\'s Minister for Defence, and Escape closes it', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    await hoverPhrase(page, 'Eng Hen');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    const text = await card(page).textContent();
    expect(text).toContain('Ng Eng Hen');
    expect(text).toContain('Minister for Defence');
    expect(text).toContain('Singapore');
    expect(await card(page).getByRole('link').count()).toBeGreaterThan(0);
    expect(await card(page).getByRole('link').first().getAttribute('target')).toBe('_blank');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
  });

  it('a pointer that passes over a mark and leaves before the hover delay ends opens no card and leaves nothing behind', async () => {
    e2e = await startE2E();
    // A long delay, so that the checks below run well inside it.
    await setSettings(e2e, { hoverDelayMs: 2000 });
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    await hoverPhrase(page, 'Eng Hen');
    // The card is made ready, hidden, while the delay runs: nothing a reader or a screen reader sees.
    await expect.poll(() => cardElements(page, '[data-testid=defence-lens-card-pending]').count()).toBe(1);
    expect(await card(page).count()).toBe(0);
    expect(await cardElements(page, '[data-testid=defence-lens-card-pending]').isVisible()).toBe(false);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(2300);
    expect(await card(page).count()).toBe(0);
    expect(await cardElements(page, '[data-testid=defence-lens-card-pending]').count()).toBe(0);
    // The card's host stays in the page for the next card, empty and hidden.
    expect(await cardHostState(page)).toMatchObject({ empty: true, hidden: true });
  });

  it('never marks text in an input, a textarea or code', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('jakarta-asean-japan.html');
    // The highlight names are random per load: the content script's world says which are its own.
    const ours = Object.values((await highlightNames(page)) ?? {});
    const inFields = await page.evaluate((own: string[]) => {
      const reg = (CSS as unknown as { highlights: Map<string, Iterable<AbstractRange>> }).highlights;
      let inside = 0;
      let total = 0;
      for (const [name, h] of reg) {
        if (!own.includes(name)) continue;
        for (const r of h) {
          total++;
          if ((r.startContainer.parentElement as Element).closest('input, textarea, code, form')) inside++;
        }
      }
      return { inside, total };
    }, ours);
    expect(inFields.total).toBeGreaterThan(5);
    expect(inFields.inside).toBe(0);
  });

  it('marks content added after the page loaded', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('dynamic-page.html');
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('Minoru Kihara');
    expect(await highlightedTexts(page)).toContain('17th ADMM');
  });

  it('turning the extension off for the site removes the marks, and on again brings them back', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    expect((await highlightedTexts(page)).length).toBeGreaterThan(3);
    await setSettings(e2e, { disabledSites: ['127.0.0.1'] });
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    expect(await contentState(page)).toMatch(/^off/);
    await setSettings(e2e, { disabledSites: [] });
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(3);
  });

  it('shows a record whose text holds HTML as literal text, and runs no script', async () => {
    e2e = await startE2E();
    const options = await e2e.openExtensionPage('options.html');
    const hostile = '<img src=x onerror="window.__pwned = 1"> stays text';
    const reply = await options.evaluate(async (definition) => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      return c.runtime.sendMessage({
        type: 'record/put',
        payload: {
          kind: 'term',
          record: {
            id: 'zebra-accord',
            label: 'Zebra Accord',
            category: 'agreement',
            definition,
            sources: [{ title: 'Test note', publisher: 'Test', date: null, url: 'https://example.org/zebra' }],
          },
        },
      });
    }, hostile);
    expect(reply).toMatchObject({ ok: true });
    const page = await e2e.openFixture('record-display-check.html');
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('Zebra Accord');
    await hoverPhrase(page, 'Zebra Accord');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    expect(await card(page).textContent()).toContain(hostile);
    expect(await card(page).locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

describe('reading with the keyboard, in frames and shadow roots', () => {
  it('Alt+Shift+N steps through the mentions and opens each card, Alt+Shift+P goes back, Escape returns focus', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    await page.focus('body');
    const title = () => card(page).locator('h2').textContent();
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => card(page).count()).toBe(1);
    const first = await title();
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(title).not.toBe(first);
    const second = await title();
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(title).toBe(first);
    // The card took focus, so a screen reader reads it; Escape closes it and gives focus back.
    expect((await cardHostState(page))?.focused).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    expect(second).not.toBe(first);
  });

  it('does not steal Alt+Shift+N from a text field', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('jakarta-asean-japan.html');
    await page.focus('input');
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.waitForTimeout(300);
    expect(await card(page).count()).toBe(0);
  });

  it('marks mentions inside an open shadow root and in same- and cross-origin frames, and hovers them', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('frames-and-shadows.html');
    await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(['Minoru Kihara', 'Phan Van Giang', 'ADMM-Plus']));
    const frames = ['#same-origin', '#cross-origin'].map(async (sel) => (await (await page.$(sel))?.contentFrame()) as Frame);
    for (const frame of await Promise.all(frames)) {
      await waitForContentState(frame, 'ready', 20_000);
      expect(await highlightedTexts(frame)).toEqual(expect.arrayContaining(['Ng Eng Hen', 'HADR']));
    }
    expect(new URL((await (await page.$('#cross-origin'))?.contentFrame())?.url() ?? '').hostname).toBe('localhost');
    // Hover the name inside the shadow root.
    const point = await page.evaluate(shadowTextPoint, 'Van Giang');
    await page.mouse.move(point.x, point.y + 80);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    expect(await card(page).locator('h2').textContent()).toBe('Phan Van Giang');
  });

  it('on the matching-rules page, marks every expected mention and nothing hidden, in a field or in code', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('matching-cases.html');
    const expected = JSON.parse(readFileSync('test/fixtures/expected/matching-cases.json', 'utf8')) as {
      mentions: { text: string; optional?: boolean }[];
    };
    const texts = await highlightedTexts(page);
    const flat = texts.map((t) => t.replace(/\s+/g, ' '));
    for (const m of expected.mentions.filter((x) => !x.optional))
      expect(
        flat.some((t) => t.includes(m.text)),
        m.text,
      ).toBe(true);
    // "Ng" on its own (after "Dr") is marked as well as the full name split by <b>.
    expect(flat).toContain('Ng Eng Hen');
    const ours = Object.values((await highlightNames(page)) ?? {});
    const inForbidden = await page.evaluate((own: string[]) => {
      const reg = (CSS as unknown as { highlights: Map<string, Iterable<AbstractRange>> }).highlights;
      let n = 0;
      for (const [name, h] of reg)
        if (own.includes(name))
          for (const r of h)
            if ((r.startContainer.parentElement as Element).closest('aside, form, pre, code, [contenteditable], [hidden], noscript')) n++;
      return n;
    }, ours);
    expect(ours.length).toBeGreaterThan(0);
    expect(inForbidden).toBe(0);
  });
});

describe('hostile and huge pages', () => {
  for (const [fixture, expectMarks] of [
    ['hostile/huge-page.html', true],
    ['hostile/deep-nesting.html', true],
    ['hostile/churning-page.html', true],
    ['hostile/broken-globals.html', true],
  ] as const) {
    it(`${fixture} stays responsive and the content script does not throw`, async () => {
      e2e = await startE2E();
      const page = await e2e.context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || /Defence Lens/.test(m.text())) errors.push(m.text());
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      await page.goto(e2e.server.url(fixture));
      await waitForContentState(page, 'ready', 60_000);
      // The page answers quickly while and after the scan runs.
      const started = Date.now();
      await page.title();
      expect(Date.now() - started).toBeLessThan(5000);
      // Read the count from the page attribute: this page breaks the built-ins a page script would use.
      if (expectMarks) await expect.poll(async () => await contentMarks(page), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(errors.filter((e) => /Defence Lens|content\.js/.test(e))).toEqual([]);
    });
  }

  it('on a page with thousands of marks registers only those near the viewport as tints, and scrolling brings the rest', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hostile/huge-page.html');
    await page.setViewportSize({ width: 1000, height: 600 });
    const registered = () => registeredMarks(page);
    const total = await contentMarks(page);
    expect(total).toBeGreaterThan(1000);
    await expect.poll(async () => (await registered()).length).toBeGreaterThan(0);
    const top = await registered();
    expect(top.length).toBeLessThan(total / 10);
    // One viewport of margin above and below (a little slack for lines cut by the edges).
    for (const m of top) expect(m.at).toBeGreaterThan(-1.2);
    for (const m of top) expect(m.at).toBeLessThan(2.2);
    // Two million characters of text: tints, not underlines (cheaper for the browser at every change).
    expect(top.every((m) => m.name.endsWith('-tint'))).toBe(true);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // The last viewport and the one above it hold at least one mark (a term every 53 paragraphs).
    await expect.poll(async () => (await registered()).some((m) => m.at > -1.2 && m.at < 1)).toBe(true);
    const bottom = await registered();
    for (const m of bottom) expect(m.at).toBeGreaterThan(-1.2);
    expect(bottom.length).toBeLessThan(total / 10);
    expect(await contentMarks(page)).toBe(total);

    // A mark far down the page has its card like any other.
    const point = await page.evaluate(() => {
      const bs = document.querySelectorAll('b');
      for (let i = bs.length - 1; i >= 0; i--) {
        const b = bs[i] as HTMLElement;
        if (b.textContent !== 'Ng Eng Hen') continue;
        b.scrollIntoView({ block: 'center' });
        const r = b.getBoundingClientRect();
        return { x: r.left + 10, y: r.top + r.height / 2 };
      }
      return null;
    });
    if (!point) throw new Error('no Ng Eng Hen on the page');
    await page.mouse.move(point.x - 40, point.y + 60);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    expect(await card(page).textContent()).toContain('Ng Eng Hen');
  });
});
