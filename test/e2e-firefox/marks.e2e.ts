/**
 * Issue 16: the marks in real Firefox are the ones the hand-written expected files list for each
 * demo page (the same files the scan pipeline that Chromium runs is scored against), in frames and
 * shadow roots too, and text a page adds later gets marked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeHtml, scanSource } from '../../scripts/lib/scan-source';
import { type ExpectedMention, scoreMentions } from '../../scripts/lib/score-mentions';
import type { Mention } from '../../utils/model/mention';
import { type FirefoxE2E, startFirefoxE2E } from './support/firefox-e2e';
import { registeredMarks, setViewportSize } from './support/firefox-page';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const EXPECTED = join(FIXTURES, 'expected');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// Plain-text files are left out: a browser shows them inside a <pre>, which is never marked (in
// Chromium as in Firefox); their expected files describe `npm run scan`, which reads them as paragraphs.
const pages = readdirSync(EXPECTED)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(EXPECTED, f), 'utf8')) as { fixture: string; mentions: ExpectedMention[] })
  .filter(({ fixture }) => looksLikeHtml(fixture, readFileSync(join(FIXTURES, fixture), 'utf8')));

let ff: FirefoxE2E;
const open: Page[] = [];
beforeAll(async () => {
  // Without the Prioritized Task Scheduling API, as in Firefox 140 and 141 (ESR 140 among them; it
  // came in 142): the scan yields through its MessageChannel fallback here, scheduler.yield elsewhere.
  ff = await startFirefoxE2E({ prefs: { 'dom.enable_web_task_scheduling': false } });
});
afterAll(async () => {
  await ff?.close();
});
afterEach(async () => {
  for (const p of open.splice(0)) await p.close();
});
const openFixture = async (path: string) => {
  const page = await ff.openFixture(path);
  open.push(page);
  return page;
};

/** The highlight a mention is drawn with (flagged mentions in the fact-check style) and its text. */
const markOf = (m: Pick<Mention, 'kind' | 'text'> & { flags: readonly unknown[] }) =>
  `defence-lens-${m.flags.length > 0 ? 'flag' : m.kind}: ${squash(m.text)}`;
const marksOn = async (page: Page | Frame) => (await registeredMarks(page)).map((r) => `${r.name}: ${squash(r.text)}`).sort();

/** What differs between the page's registered highlights and its content script's mentions (nothing, when right). */
async function marksAgree(page: Page) {
  const found = ((await ff.askPage(page))?.data.mentions ?? []).map(markOf);
  const marked = await marksOn(page);
  const count = (await ff.inspect(page))?.marks ?? Number.NaN;
  const minus = (a: string[], b: string[]) => {
    const rest = [...b];
    return a.filter((x) => {
      const i = rest.indexOf(x);
      if (i < 0) return true;
      rest.splice(i, 1);
      return false;
    });
  };
  return { onlyMarked: minus(marked, found), onlyFound: minus(found, marked), countOff: count - found.length };
}

describe('marks in Firefox', () => {
  expect(pages.length).toBeGreaterThan(2);

  it('runs without scheduler.yield in this browser (the fallback is what is tested)', async () => {
    const page = await openFixture('hawaii-informal-meeting.html');
    expect(await page.evaluate(() => typeof (globalThis as { scheduler?: unknown }).scheduler)).toBe('undefined');
  });

  for (const { fixture, mentions: expected } of pages) {
    it(`${fixture}: every mention its expected file lists, nothing else, each drawn as its kind`, async () => {
      const page = await openFixture(fixture);
      const reply = await ff.askPage(page);
      expect(reply, 'the content script answers page/mentions').toBeDefined();
      const found = reply?.data.mentions ?? [];
      // The scan pipeline on the page's own HTML, as `npm run scan` and Chromium's content script run it.
      const reference = scanSource({ source: readFileSync(join(FIXTURES, fixture), 'utf8'), fileName: fixture });
      expect(reply?.data.date.date).toBe(reference.date);

      // Firefox extracts the same text: every mention's offsets point at its own text in the reference's.
      // A mention whose text the page's HTML does not hold at all is text the page's script added later.
      const inSource = found.filter((m) => reference.text.includes(m.text));
      for (const m of inSource) expect(reference.text.slice(m.start, m.end), `${m.id} at ${m.start}`).toBe(m.text);
      const score = scoreMentions({ text: reference.text, expected, scanned: inSource });
      expect(score.missed, 'expected but not found').toEqual([]);
      expect(score.spurious, 'found but not expected').toEqual([]);
      expect(score.flagsRight).toBe(score.flagsExpected);

      // Each mention is a registered highlight of its kind over its text, and the page says how many
      // (read together: a page's script may add text, and marks, between two reads).
      await expect.poll(() => marksAgree(page)).toEqual({ onlyMarked: [], onlyFound: [], countOff: 0 });
    });
  }

  it('marks text the page adds after it loaded, as the pipeline would on the page as it now is', async () => {
    const fixture = 'dynamic-page.html';
    const page = await openFixture(fixture);
    const before = scanSource({ source: readFileSync(join(FIXTURES, fixture), 'utf8'), fileName: fixture });
    const now = async () => scanSource({ source: await page.evaluate(() => document.documentElement.outerHTML), fileName: fixture });
    // Wait for the page's own script to add its text, then for the marks to follow.
    await expect.poll(async () => (await now()).text.length, { timeout: 10_000 }).toBeGreaterThan(before.text.length);
    const after = await now();
    expect(after.mentions.length).toBeGreaterThan(before.mentions.length);
    await expect.poll(() => marksOn(page), { timeout: 10_000 }).toEqual(after.mentions.map(markOf).sort());
  });

  it('text removed from the page loses its marks, and On this page and the mark count forget it', async () => {
    const page = await openFixture('live/removed-paragraph.html');
    // The highlights, the popup's list and the count, read together.
    const state = async () => ({
      marked: (await registeredMarks(page)).map((r) => squash(r.text)).sort(),
      listed: ((await ff.askPage(page))?.data.mentions ?? []).map((m) => squash(m.text)).sort(),
      count: (await ff.inspect(page))?.marks ?? -1,
    });
    const before = ['Minoru Kihara', 'Tea Banh'];
    await expect.poll(state, { timeout: 15_000 }).toEqual({ marked: before, listed: before, count: 2 });
    await page.evaluate(() => (window as unknown as { steps: (() => void)[] }).steps[0]?.());
    await expect.poll(state, { timeout: 15_000 }).toEqual({ marked: ['Tea Banh'], listed: ['Tea Banh'], count: 1 });
  });

  it('marks mentions inside an open shadow root and in same- and cross-origin frames', async () => {
    const page = await openFixture('frames-and-shadows.html');
    // The shadow root's text, and the page's own: the pipeline on both is what the page should show.
    const shown = await page.evaluate(() => {
      const widget = document.getElementById('widget')?.shadowRoot?.innerHTML ?? '';
      const html = document.documentElement.outerHTML;
      return html.replace('<div id="widget"></div>', `<div id="widget">${widget}</div>`);
    });
    const reference = scanSource({ source: shown, fileName: 'frames-and-shadows.html' });
    expect(reference.mentions.length).toBeGreaterThan(2);
    await expect.poll(() => marksOn(page)).toEqual(reference.mentions.map(markOf).sort());
    // The marks' style reaches into the shadow root (its adopted sheet), as on the page itself.
    const person = (await ff.inspect(page))?.highlightNames.person ?? '';
    const underline = await page.evaluate(
      (name: string) =>
        [document.querySelector('p'), document.getElementById('widget')?.shadowRoot?.querySelector('p')].map((el) => {
          const style = getComputedStyle(el as Element, `::highlight(${name})`);
          return `${style.textDecorationLine} ${style.textDecorationStyle}`;
        }),
      person,
    );
    expect(underline).toEqual(['underline dotted', 'underline dotted']);

    const child = scanSource({ source: readFileSync(join(FIXTURES, 'frames/frame-child.html'), 'utf8'), fileName: 'frame-child.html' });
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames.map((f) => new URL(f.url()).hostname).sort()).toEqual(['127.0.0.1', 'localhost']);
    for (const frame of frames) {
      await ff.waitForState(frame, 'ready', 20_000);
      expect(await marksOn(frame), frame.url()).toEqual(child.mentions.map(markOf).sort());
    }
  });

  it('a page that replaces the built-ins is marked all the same: the content script sees them through Xray wrappers', async () => {
    const fixture = 'hostile/broken-globals.html';
    const page = await openFixture(fixture);
    expect(await page.evaluate(() => (window as unknown as { hostileRan?: boolean }).hostileRan)).toBe(true);
    const reference = scanSource({ source: readFileSync(join(FIXTURES, fixture), 'utf8'), fileName: fixture });
    expect(reference.mentions.length).toBeGreaterThan(0);
    expect(await marksOn(page)).toEqual(reference.mentions.map(markOf).sort());
  });

  it('on a page with thousands of marks registers only those near the viewport, as tints, and scrolling brings the rest', async () => {
    const page = await ff.browser.newPage();
    open.push(page);
    await setViewportSize(page, 1000, 600);
    await page.goto(ff.server.url('hostile/huge-page.html'), { timeout: 60_000 });
    await ff.waitForState(page, 'ready', 60_000);
    const total = (await ff.inspect(page))?.marks ?? 0;
    expect(total).toBeGreaterThan(1000);
    await expect.poll(async () => (await registeredMarks(page)).length).toBeGreaterThan(0);
    const top = await registeredMarks(page);
    expect(top.length).toBeLessThan(total / 10);
    // One viewport of margin above and below (a little slack for lines cut by the edges).
    for (const m of top) expect(m.at).toBeLessThan(2.2);
    expect(top.every((m) => m.name.endsWith('-tint'))).toBe(true);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await registeredMarks(page)).some((m) => m.at > -1.2 && m.at < 1), { timeout: 10_000 }).toBe(true);
    const bottom = await registeredMarks(page);
    for (const m of bottom) expect(m.at).toBeGreaterThan(-1.2);
    expect(bottom.length).toBeLessThan(total / 10);
  });
});
