/**
 * Issue 15's first marks in the browser: on a page many screens tall, the marks near the top are
 * shown before the whole page is read (the scan's provisional pass), only those that more of the
 * page cannot change; at the scan's end the page has exactly the marks a scan without that pass
 * gives (the same page in a viewport tall enough that the pass does not run), and no frame in
 * between showed a mark twice, a mark the end does not have, or dropped a mark it had shown.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';
import { contentMarks, contentTimings, inContentScript, waitForContentState } from './support/isolated-world';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

/**
 * Registered before the page's scripts: at every animation frame, the registered ranges (each as
 * its text nodes' ids and offsets), kept when they changed. Node ids are given in order of first
 * sight, so they hold within one page load.
 */
const RECORD_FRAMES = `(() => {
  const ids = new WeakMap();
  let next = 0;
  const id = (n) => { let v = ids.get(n); if (v === undefined) { v = next++; ids.set(n, v); } return v; };
  const keys = () => {
    const out = [];
    for (const h of CSS.highlights.values()) for (const r of h) out[out.length] = id(r.startContainer) + ':' + r.startOffset + '-' + id(r.endContainer) + ':' + r.endOffset;
    return out;
  };
  const frames = [];
  let last = '';
  Object.defineProperty(window, '__frames', { value: { frames, keys } });
  const tick = () => {
    const now = keys();
    const joined = now.join(' ');
    if (joined !== last && frames.length < 1000) { frames.push(now); last = joined; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** The registered ranges as the text nodes' places in document order and offsets (comparable across loads), with their text. */
function marksInDocumentOrder(): string[] {
  const index = new Map<Node, number>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(), i = 0; n; n = walker.nextNode(), i++) index.set(n, i);
  const out: string[] = [];
  for (const h of (CSS as unknown as { highlights: Map<string, Iterable<AbstractRange>> }).highlights.values())
    for (const r of h) {
      const text = (r.startContainer.textContent ?? '').slice(r.startOffset, r.startContainer === r.endContainer ? r.endOffset : undefined);
      out.push(`${index.get(r.startContainer)}:${r.startOffset}-${index.get(r.endContainer)}:${r.endOffset} ${text}`);
    }
  return out.sort();
}

interface Load {
  firstMarks: string[];
  timings: { name: string; start: number; duration: number }[];
  frames: string[][];
  /** The last frame's ranges, by the frame recorder's ids. */
  finalKeys: string[];
  finalMarks: string[];
  committed: number;
}

async function load(env: E2E, viewportHeight: number): Promise<Load> {
  const page: Page = await env.context.newPage();
  await page.setViewportSize({ width: 1280, height: viewportHeight });
  await page.addInitScript(RECORD_FRAMES);
  await page.goto(env.server.url('long-report.html'));
  await waitForContentState(page, 'ready', 60_000);
  await expect.poll(async () => (await contentTimings(page)).some((t) => t.name === 'scan'), { timeout: 60_000 }).toBe(true);
  // Two more frames, so the recorder has seen the end.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const recorded = await page.evaluate(() => {
    const f = (window as unknown as { __frames: { frames: string[][]; keys: () => string[] } }).__frames;
    return { frames: f.frames, finalKeys: f.keys() };
  });
  return {
    firstMarks: (await inContentScript(page, (i) => i.firstMarks)) ?? [],
    timings: await contentTimings(page),
    ...recorded,
    finalMarks: await page.evaluate(marksInDocumentOrder),
    committed: await contentMarks(page),
  };
}

const end = (t: { start: number; duration: number } | undefined) => (t ? t.start + t.duration : Number.NaN);

describe('first marks on a long page', () => {
  it('shows the top full names and terms before the scan ends, and ends with the same marks as a scan without that pass, none doubled', async () => {
    e2e = await startE2E();
    // A viewport a fifth of the page's height: the page is under six screens, so no provisional pass.
    const reference = await load(e2e, 3000);
    const shown = await load(e2e, 900);

    expect(reference.firstMarks).toEqual([]);
    // The top part's own full forms, and nothing that needs the whole page or its date.
    expect(shown.firstMarks).toEqual(expect.arrayContaining(['Ng Eng Hen', 'HADR']));
    expect(shown.firstMarks).not.toContain('Ng');
    expect(shown.firstMarks.filter((t) => t.includes('Carter'))).toEqual([]);
    const first = shown.timings.find((t) => t.name === 'first-marks');
    const scan = shown.timings.find((t) => t.name === 'scan');
    expect(end(first)).toBeLessThan(end(scan));

    // The end: the same marks as without the pass, each once, and as many as the scan committed.
    expect(shown.finalMarks).toEqual(reference.finalMarks);
    expect(shown.finalMarks.some((m) => m.endsWith(' Ng'))).toBe(true);
    expect(new Set(shown.finalMarks).size).toBe(shown.finalMarks.length);
    expect(shown.finalMarks).toHaveLength(shown.committed);

    // Every frame on the way: no range twice, none the end does not have, none dropped once shown.
    const final = new Set(shown.finalKeys);
    const seen = new Set<string>();
    for (const frame of shown.frames) {
      expect(new Set(frame).size).toBe(frame.length);
      for (const key of frame) expect(final.has(key), key).toBe(true);
      for (const key of seen) if (final.has(key)) expect(frame, `${key} blinked`).toContain(key);
      for (const key of frame) seen.add(key);
    }
  });
});
