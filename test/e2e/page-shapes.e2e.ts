/**
 * Issue 14 in the browser: pages built the way real sites build them (test/fixtures/shapes/), one
 * behaviour per `data-shape` element, each checked on its own: what the reader sees marked inside
 * it is exactly its `data-expect`. One browser opens every page once; the marks of each page and of
 * its frames are read together, then every shape is its own test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';
import { FIXTURES_DIR } from './support/fixture-server';
import { inContentScript, waitForContentState } from './support/isolated-world';

const SHAPES_DIR = join(FIXTURES_DIR, 'shapes');
const PAGES = readdirSync(SHAPES_DIR).filter((f) => f.endsWith('.html') && !f.startsWith('frame-'));

interface Shape {
  page: string;
  name: string;
  expected: string[];
}

/** Every shape of every page, read from the fixtures when the tests are collected. */
const SHAPES: Shape[] = PAGES.flatMap((page) => {
  const { document } = parseHTML(readFileSync(join(SHAPES_DIR, page), 'utf8'));
  return [...document.querySelectorAll('[data-shape]')].map((el) => {
    const expect = el.getAttribute('data-expect') ?? '';
    return { page, name: el.getAttribute('data-shape') ?? '', expected: expect === '' ? [] : expect.split('|') };
  });
});

/**
 * Marked texts in this frame by the shape that holds them (null: outside every shape). Runs in the
 * page; `names` is the frame's content script's table of highlight names (random per page load).
 */
function marksByShape(names: Record<string, string> | null): [string | null, string][] {
  const out: [string | null, string][] = [];
  const seen = new Set<string>();
  const ours = new Set(
    Object.keys(names ?? {})
      .filter((k) => k !== 'flash')
      .map((k) => (names as Record<string, string>)[k]),
  );
  const reg = (CSS as unknown as { highlights: Map<string, Iterable<AbstractRange>> }).highlights;
  for (const [name, h] of reg) {
    if (!ours.has(name)) continue;
    for (const r of h) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      // A shape's element may be outside the shadow tree that holds the text: climb host by host.
      let el: Element | null = r.startContainer.nodeType === 1 ? (r.startContainer as Element) : r.startContainer.parentElement;
      let shape: string | null = null;
      while (el && shape === null) {
        const holder = el.closest('[data-shape]');
        if (holder) shape = holder.getAttribute('data-shape');
        else el = (el.getRootNode() as ShadowRoot).host ?? null;
      }
      // Ruby annotations sit above the base text: the reader reads the mark without them.
      const copy = live.cloneContents();
      for (const note of copy.querySelectorAll('rt, rp')) note.remove();
      const text = copy.textContent ?? '';
      // A mention drawn twice (its kind and a flag) is one mark to the reader.
      const key = `${shape}\u0000${text}\u0000${r.startOffset}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out[out.length] = [shape, text];
    }
  }
  return out;
}

const ready = (frame: Page | Frame) => waitForContentState(frame, 'ready', 30_000);

/** The page's marks and its frames' (a frame's marks count for the shape holding the iframe). */
async function readMarks(page: Page): Promise<[string | null, string][]> {
  const namesOf = async (frame: Page | Frame) => (await inContentScript(frame, (i) => i.highlightNames)) ?? null;
  const all = await page.evaluate(marksByShape, await namesOf(page));
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const holder = await (await frame.frameElement()).evaluate(
      (el) => (el as Element).closest('[data-shape]')?.getAttribute('data-shape') ?? null,
    );
    for (const [shape, text] of await frame.evaluate(marksByShape, await namesOf(frame))) all.push([shape ?? holder, text]);
  }
  return all;
}

let e2e: E2E | undefined;
const found = new Map<string, Map<string | null, string[]>>();

beforeAll(async () => {
  e2e = await startE2E();
  for (const name of PAGES) {
    const page = await e2e.openFixture(`shapes/${name}`);
    await page.waitForLoadState('load');
    for (const frame of page.frames()) if (frame !== page.mainFrame()) await ready(frame);
    // Marks are registered as each slice of the scan resolves: read once two reads agree.
    let marks = await readMarks(page);
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(250);
      const again = await readMarks(page);
      if (JSON.stringify(again) === JSON.stringify(marks) && marks.length > 0) break;
      marks = again;
    }
    const byShape = new Map<string | null, string[]>();
    for (const [shape, text] of marks) byShape.set(shape, [...(byShape.get(shape) ?? []), text]);
    found.set(name, byShape);
    await page.close();
  }
}, 240_000);

afterAll(async () => {
  await e2e?.close();
  e2e = undefined;
});

describe('page shapes: what the reader sees marked', () => {
  it('has at least 50 shapes, each with a name of its own', () => {
    expect(SHAPES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(SHAPES.map((s) => `${s.page}/${s.name}`)).size).toBe(SHAPES.length);
  });

  it.each(PAGES)('%s marks nothing outside its shapes', (page) => {
    expect(found.get(page)?.get(null) ?? []).toEqual([]);
  });

  it.each(SHAPES.map((s) => [`${s.page.replace('.html', '')}: ${s.name}`, s] as const))('%s', (_label, shape) => {
    const marked = found.get(shape.page)?.get(shape.name) ?? [];
    const flat = (xs: string[]) => xs.map((t) => t.replace(/\s+/g, ' ')).sort();
    expect(flat(marked)).toEqual(flat(shape.expected));
  });
});
