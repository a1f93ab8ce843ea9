/**
 * Issue 14, "Marks that stay true", in the browser: pages that change after they were scanned
 * (test/fixtures/live/), one behaviour each. Each page lists in its <head> what is marked at load
 * and after each of its own steps (`window.steps`, run in the page's world as its scripts would);
 * after every step the registered highlights (the page's and its frames'), the popup's "On this
 * page" list (page/mentions) and the mark count must agree with it. Steps named `at-once` must have
 * taken the marks of text that left the page away in the microtask right after the change, before
 * any rescan could run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';
import { FIXTURES_DIR } from './support/fixture-server';
import { contentMarks, contentTimings, inContentScript } from './support/isolated-world';
import { card, highlightedTexts, mentionsOnPage } from './support/page-helpers';
import { readRegisteredMarks } from './support/page-probes';

const LIVE_DIR = join(FIXTURES_DIR, 'live');

interface LivePage {
  file: string;
  shape: string;
  /** What is marked at load (0) and after each step (1…). */
  expected: string[][];
  atOnce: number[];
}

const split = (s: string | null | undefined) => (s ? s.split('|') : []);

const PAGES: LivePage[] = readdirSync(LIVE_DIR)
  .filter((f) => f.endsWith('.html') && f !== 'frame-child.html')
  .sort()
  .map((file) => {
    const { document } = parseHTML(readFileSync(join(LIVE_DIR, file), 'utf8'));
    const meta = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
    const expected: string[][] = [];
    for (let i = 0; meta(`expect-${i}`) !== undefined && meta(`expect-${i}`) !== null; i++) expected.push(split(meta(`expect-${i}`)));
    return { file, shape: meta('shape') ?? file, expected, atOnce: split(meta('at-once')).map(Number) };
  });

const sorted = (xs: string[]) => xs.map((t) => t.replace(/\s+/g, ' ').trim()).sort();

/**
 * The marked texts of the page and of every frame in its process that runs the content script,
 * each read in that frame's content script world with its own highlight names. Asked of every
 * world at once rather than frame by frame: a frame the page wrote with document.open() takes the
 * page's address, so it cannot be told apart by address.
 */
async function allMarks(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
    session.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => void contexts.push(e.context));
    await session.send('Runtime.enable');
    await session.send('Runtime.disable');
    const out: string[] = [];
    const expression = `(() => { const i = globalThis.__defenceLens; if (!i) return [];
      return (${readRegisteredMarks.toString()})(i.highlightNames).map((m) => m.text); })()`;
    for (const c of contexts) {
      if (c.auxData?.type !== 'isolated' || c.name.includes('playwright')) continue;
      const reply = (await session.send('Runtime.evaluate', { expression, contextId: c.id, returnByValue: true }).catch(() => null)) as {
        result?: { value?: string[] };
      } | null;
      out.push(...(reply?.result?.value ?? []));
    }
    return sorted(out);
  } finally {
    await session.detach().catch(() => {});
  }
}

/**
 * Runs one of the page's steps in its own world and reads the registered marks in the microtask
 * right after it (the mutation observer's callback runs first): what a reader would see at once.
 */
async function runStep(page: Page, step: number): Promise<string[]> {
  const names = await inContentScript(page, (i) => i.highlightNames);
  return page.evaluate(
    async ({ step, read, names }) => {
      const readMarks = new Function(`return (${read})`)() as (n: unknown) => { text: string }[];
      const pending = (window as unknown as { steps: (() => unknown)[] }).steps[step]?.();
      await Promise.resolve();
      const marks = readMarks(names).map((m) => m.text);
      await pending;
      return marks;
    },
    { step, read: readRegisteredMarks.toString(), names: names ?? null },
  );
}

/** What the popup's list, the mark count and the top frame's highlights say, read together. */
async function topFrameAgrees(env: E2E, page: Page) {
  const listed = sorted(((await mentionsOnPage(env, page))?.mentions ?? []).map((m) => m.text));
  const marked = sorted(await highlightedTexts(page));
  return { listed, marked, count: await contentMarks(page) };
}

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

async function open(file: string): Promise<Page> {
  const page = await e2e.openFixture(`live/${file}`);
  await page.waitForLoadState('load');
  return page;
}

describe('live pages: marks that stay true', () => {
  it('has a page for each behaviour, each with steps to run', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(15);
    for (const p of PAGES) expect(p.expected.length, p.file).toBeGreaterThanOrEqual(2);
  });

  it.each(PAGES.map((p) => [`${p.file.replace('.html', '')}: ${p.shape}`, p] as const))('%s', async (_label, live) => {
    const page = await open(live.file);
    try {
      await expect.poll(() => allMarks(page), { timeout: 15_000 }).toEqual(sorted(live.expected[0] ?? []));
      for (let step = 1; step < live.expected.length; step++) {
        const want = sorted(live.expected[step] ?? []);
        const immediately = sorted(await runStep(page, step - 1));
        if (live.atOnce.includes(step)) {
          // Nothing that left the page is still marked, though nothing new is marked yet either.
          for (const text of immediately) expect(want, `still marked right after step ${step}: ${text}`).toContain(text);
        }
        await expect.poll(() => allMarks(page), { timeout: 15_000, message: `after step ${step}` }).toEqual(want);
        // The popup's "On this page" and the mark count forget what the page lost, and list what it gained.
        const top = await topFrameAgrees(e2e, page);
        expect(top.listed).toEqual(top.marked);
        expect(top.count).toBe(top.marked.length);
      }
    } finally {
      await page.close();
    }
  });
});

describe('live pages: what stepping and rescans do', () => {
  it('keyboard stepping never goes to text that left the page', async () => {
    const page = await open('text-edited.html');
    try {
      await runStep(page, 0);
      await page.focus('body');
      const titles: string[] = [];
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Alt+Shift+KeyN');
        await expect.poll(() => card(page).count()).toBe(1);
        titles.push((await card(page).locator('h2').textContent()) ?? '');
      }
      // Only Tea Banh is left: every step comes back to him.
      expect(new Set(titles)).toEqual(new Set(['Tea Banh']));
    } finally {
      await page.close();
    }
  });

  it('a region restyled again and again with the same text is not rescanned again and again, and nothing is while the page is still', async () => {
    const page = await open('ticker-animation.html');
    try {
      const rescans = async () => (await contentTimings(page)).filter((t) => t.name === 'rescan').length;
      expect(await rescans()).toBe(0);
      await runStep(page, 0); // 40 restyles over 2 s
      await page.waitForTimeout(1500);
      const afterAnimation = await rescans();
      // The first change is read once (its text was never fingerprinted); the same text again is skipped.
      expect(afterAnimation).toBeLessThanOrEqual(1);
      await page.waitForTimeout(1500);
      expect(await rescans()).toBe(afterAnimation);
      expect(sorted(await highlightedTexts(page))).toEqual(['HADR', 'Tea Banh']);
    } finally {
      await page.close();
    }
  });

  it('a live blog that keeps changing is rescanned while it changes, not only once it stops', async () => {
    const page = await open('live-blog.html');
    try {
      const steps = page.evaluate(() => (window as unknown as { steps: (() => Promise<void>)[] }).steps[0]?.());
      // Half-way through (the feed changes every 100 ms, never quiet for the 300 ms a rescan waits for),
      // marks of later posts are already there.
      await page.waitForTimeout(1800);
      const midway = await contentTimings(page);
      await steps;
      expect(midway.filter((t) => t.name === 'rescan').length).toBeGreaterThanOrEqual(1);
    } finally {
      await page.close();
    }
  });
});
