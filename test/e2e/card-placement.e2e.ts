/**
 * Issue 14 in the browser: the hover card goes where the reader looks. Each test is one page shape
 * (test/fixtures/card/) and checks the card's box against its mark's, as laid out in real Chromium:
 * inside the viewport with a gutter, not over the mark, next to it. The boxes are read in the
 * content script's world (the card's root is closed), the open mark from `inspect.cardMention`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';
import { inContentScript } from './support/isolated-world';
import { card } from './support/page-helpers';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface CardBox {
  /** The open mention: its offset in the page text and its text. */
  key: string;
  text: string;
  card: Box;
  mark: Box;
  lines: Box[];
  viewport: { width: number; height: number };
  /** The card's host is visible (not hidden while its mark is out of view). */
  visible: boolean;
  /** The card's content is taller than its box, and the box scrolls. */
  scrolls: boolean;
}

/** The open card's box and its mark's, read in the content script's world (null: no card open). */
function readCardBox(page: Page): Promise<CardBox | null | undefined> {
  return inContentScript(page, (i) => {
    const pm = i.cardMention;
    const host = i.cardHost;
    const shell = i.cardRoot?.querySelector('[data-testid=defence-lens-card]');
    if (!pm || !host || !shell) return null;
    const r = document.createRange();
    r.setStart(pm.startNode, pm.startOffset);
    r.setEnd(pm.endNode, pm.endOffset);
    const box = (b: DOMRect) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom });
    const style = getComputedStyle(shell);
    return {
      key: `${pm.mention.start}:${r.toString()}`,
      text: r.toString(),
      card: box(shell.getBoundingClientRect()),
      mark: box(r.getBoundingClientRect()),
      lines: Array.from(r.getClientRects(), box).filter((b) => b.right > b.left),
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      visible: getComputedStyle(host).visibility === 'visible',
      scrolls: shell.scrollHeight > shell.clientHeight + 1 && (style.overflowY === 'auto' || style.overflowY === 'scroll'),
    };
  });
}

/** Two animation frames: a scroll's re-placement has run. */
const frames = (page: Page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

/** The open card once it is the card of a mark whose text contains `text`, settled (read twice alike). */
async function openCardOn(page: Page, text: string): Promise<CardBox> {
  await expect.poll(async () => (await readCardBox(page))?.text ?? '', { timeout: 5000 }).toContain(text);
  await frames(page);
  return (await readCardBox(page)) as CardBox;
}

const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const distance = (a: Box, b: Box) => Math.max(0, a.left - b.right, b.left - a.right) + Math.max(0, a.top - b.bottom, b.top - a.bottom);

/** The card is shown, inside the viewport with its gutter, over no line of its mark, and beside it. */
function expectBesideItsMark(b: CardBox, label = b.text): void {
  const where = `${label}: ${JSON.stringify(b)}`;
  expect(b.visible, where).toBe(true);
  expect(b.card.left, where).toBeGreaterThanOrEqual(7.5);
  expect(b.card.top, where).toBeGreaterThanOrEqual(7.5);
  expect(b.card.right, where).toBeLessThanOrEqual(b.viewport.width - 7.5);
  expect(b.card.bottom, where).toBeLessThanOrEqual(b.viewport.height - 7.5);
  for (const line of [b.mark, ...b.lines]) expect(overlaps(b.card, line), where).toBe(false);
  expect(Math.min(...b.lines.map((l) => distance(b.card, l))), where).toBeLessThanOrEqual(12);
}

/** Moves the pointer onto `phrase` where it is now (no scrolling), as a reader would; returns the point. */
async function hoverInPlace(page: Page, phrase: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.nodeValue ?? '').indexOf(needle);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + Math.min(3, needle.length));
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, phrase);
  if (!point) throw new Error(`"${phrase}" is not on the page`);
  await page.mouse.move(point.x + 30, point.y + 40);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  return point;
}

/** Closes any open card and moves the pointer to a corner with nothing marked. */
async function closeCard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => card(page).count()).toBe(0);
}

/**
 * Steps through every mention with Alt+Shift+N until it comes back to the first, checking each
 * card once it settles; returns the texts stepped to.
 */
async function stepThroughAll(page: Page, check: (b: CardBox) => void = expectBesideItsMark): Promise<string[]> {
  await page.focus('body');
  const seen: string[] = [];
  let first: string | undefined;
  let last: string | undefined;
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(async () => (await readCardBox(page))?.key, { timeout: 5000 }).not.toBe(last);
    await frames(page);
    const b = (await readCardBox(page)) as CardBox;
    if (b.key === first) return seen;
    first ??= b.key;
    last = b.key;
    seen.push(b.text);
    check(b);
  }
  throw new Error('stepping never came back to the first mention');
}

let e2e: E2E | undefined;
beforeAll(async () => {
  e2e = await startE2E();
}, 90_000);
afterAll(async () => {
  await e2e?.close();
  e2e = undefined;
});

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await (e2e as E2E).openFixture(path);
  await page.setViewportSize(viewport);
  return page;
}

describe('each card is placed against the viewport from its own mark', () => {
  const EDGE_MARKS = ['Ng Eng Hen', 'Minoru Kihara', 'Phan Van Giang', 'Ashton Carter', 'HADR', 'Prabowo Subianto', 'Shangri-La Dialogue'];

  it('in every corner and along every edge, the card stays inside with a gutter, beside its mark, flipped above at the bottom', async () => {
    const page = await open('card/edges.html');
    for (const name of EDGE_MARKS) {
      await hoverInPlace(page, name);
      const b = await openCardOn(page, name);
      expectBesideItsMark(b);
      // Marks in the lower half open their card above them, those in the upper half below.
      if (b.mark.top > b.viewport.height / 2 + 50) expect(b.card.bottom, name).toBeLessThanOrEqual(b.mark.top);
      if (b.mark.bottom < b.viewport.height / 2 - 50) expect(b.card.top, name).toBeGreaterThanOrEqual(b.mark.bottom);
      await closeCard(page);
    }
    await page.close();
  });

  it('opens in the same place for the same mark whatever card was open before (never from where the last card was)', async () => {
    const page = await open('card/edges.html');
    // Alone, after a reload: the top-left mark's card.
    await hoverInPlace(page, 'Ng Eng Hen');
    const alone = await openCardOn(page, 'Ng Eng Hen');
    await closeCard(page);
    await page.reload();
    await expect.poll(async () => (await inContentScript(page, (i) => i.state)) ?? '', { timeout: 20_000 }).toMatch(/^ready/);
    // Now straight from the bottom-right card, still open, to the top-left mark.
    await hoverInPlace(page, 'Ashton Carter');
    const before = await openCardOn(page, 'Ashton Carter');
    expect(before.card.bottom).toBeLessThanOrEqual(before.mark.top);
    await hoverInPlace(page, 'Ng Eng Hen');
    const after = await openCardOn(page, 'Ng Eng Hen');
    expect(after.card).toEqual(alone.card);
    expectBesideItsMark(after);
    await page.close();
  });

  it('by a name broken over two lines, sits under the last line or over the first, covering neither', async () => {
    const page = await open('card/wrapped.html');
    for (const name of ['Ng Eng', 'Phan Van']) {
      await hoverInPlace(page, name);
      const b = await openCardOn(page, name);
      expect(b.lines.length, `${name} wraps (the page's premise)`).toBeGreaterThanOrEqual(2);
      expectBesideItsMark(b);
      await closeCard(page);
    }
    await page.close();
  });

  it('in a short viewport, caps its height to the room there is and scrolls inside, still inside and beside its mark', async () => {
    const page = await open('card/follow-scroll.html', { width: 420, height: 300 });
    await page.focus('body');
    await page.keyboard.press('Alt+Shift+KeyN');
    const b = await openCardOn(page, 'Ng Eng Hen');
    expectBesideItsMark(b);
    expect(b.scrolls, JSON.stringify(b)).toBe(true);
    expect(b.card.right - b.card.left).toBeLessThanOrEqual(420 - 16);
    await page.close();
  });

  it('in a viewport too short for a card above or below, goes beside its mark', async () => {
    const page = await open('card/edges.html', { width: 1000, height: 110 });
    await hoverInPlace(page, 'Ng Eng Hen');
    const b = await openCardOn(page, 'Ng Eng Hen');
    expectBesideItsMark(b);
    expect(b.card.left).toBeGreaterThanOrEqual(b.mark.right);
    await page.close();
  });
});

describe('a pinned card follows its mark', () => {
  it('when the page scrolls, by script and by the wheel; hidden while the mark is off screen, back beside it after', async () => {
    const page = await open('card/follow-scroll.html');
    await page.focus('body');
    await page.keyboard.press('Alt+Shift+KeyN');
    const start = await openCardOn(page, 'Ng Eng Hen');
    expectBesideItsMark(start);
    await page.evaluate(() => window.scrollBy(0, 120));
    await frames(page);
    const moved = (await readCardBox(page)) as CardBox;
    expectBesideItsMark(moved);
    expect(moved.card.top).toBeCloseTo(start.card.top - 120, 0);
    await page.mouse.move(20, 20);
    await page.mouse.wheel(0, -200);
    await expect.poll(async () => (await readCardBox(page))?.mark.top ?? 0).toBeGreaterThan(moved.mark.top + 150);
    await page.waitForTimeout(300);
    expectBesideItsMark((await readCardBox(page)) as CardBox, 'after the wheel');
    // Scrolled far enough that the mark leaves the screen: the card hides, still open and pinned.
    await page.evaluate(() => window.scrollBy(0, 1200));
    await frames(page);
    const away = (await readCardBox(page)) as CardBox;
    expect(away.mark.bottom < 0 || away.mark.top > away.viewport.height).toBe(true);
    expect(away.visible).toBe(false);
    await page.evaluate(() => window.scrollBy(0, -1200));
    await frames(page);
    expectBesideItsMark((await readCardBox(page)) as CardBox, 'back in view');
    await page.close();
  });

  it('when a scrolling container scrolls, and hides while the mark is scrolled out of the container', async () => {
    const page = await open('card/follow-container.html');
    await page.focus('body');
    await page.keyboard.press('Alt+Shift+KeyN');
    const start = await openCardOn(page, 'Minoru Kihara');
    expectBesideItsMark(start);
    const box = await page.evaluate(() => {
      const r = (document.getElementById('box') as HTMLElement).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    // Stepping scrolled the container so that the mark is inside it.
    expect(start.mark.top).toBeGreaterThanOrEqual(box.top);
    expect(start.mark.bottom).toBeLessThanOrEqual(box.bottom);
    await page.evaluate(() => (document.getElementById('box') as HTMLElement).scrollBy(0, 30));
    await frames(page);
    const moved = (await readCardBox(page)) as CardBox;
    expectBesideItsMark(moved);
    expect(moved.mark.top).toBeCloseTo(start.mark.top - 30, 0);
    expect(moved.card.top).toBeCloseTo(start.card.top - 30, 0);
    // The mark scrolled below the container's bottom edge, though still inside the viewport.
    await page.evaluate(() => (document.getElementById('box') as HTMLElement).scrollBy(0, -150));
    await frames(page);
    const hidden = (await readCardBox(page)) as CardBox;
    expect(hidden.mark.top).toBeGreaterThan(box.bottom);
    expect(hidden.mark.bottom).toBeLessThan(hidden.viewport.height);
    expect(hidden.visible).toBe(false);
    await page.evaluate(() => (document.getElementById('box') as HTMLElement).scrollBy(0, 120));
    await frames(page);
    expectBesideItsMark((await readCardBox(page)) as CardBox, 'back in the box');
    await page.close();
  });
});

describe('a pinned card closes when its mark leaves the page', () => {
  /** Steps until the card open is that of `name` (stepping order is the page's). */
  async function stepTo(page: Page, name: string): Promise<void> {
    await page.focus('body');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Alt+Shift+KeyN');
      await expect.poll(async () => (await readCardBox(page))?.text ?? '').not.toBe('');
      if ((await readCardBox(page))?.text.includes(name)) return;
    }
    throw new Error(`stepping never reached ${name}`);
  }

  it('its paragraph removed', async () => {
    const page = await open('card/mark-removed.html');
    await stepTo(page, 'Ng Eng Hen');
    await page.evaluate(() => document.getElementById('gone')?.remove());
    await expect.poll(() => card(page).count()).toBe(0);
    expect(await readCardBox(page)).toBeNull();
    await page.close();
  });

  it('its text rewritten under it', async () => {
    const page = await open('card/mark-removed.html');
    await stepTo(page, 'Minoru Kihara');
    await page.evaluate(() => {
      ((document.getElementById('changed') as HTMLElement).firstChild as Text).data = 'A second line whose words a script rewrote.';
    });
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });

  it('its text removed from inside a shadow root', async () => {
    const page = await open('card/mark-removed.html');
    await stepTo(page, 'Phan Van Giang');
    await page.evaluate(() => document.getElementById('widget')?.shadowRoot?.getElementById('inner')?.remove());
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });

  it('while a card whose mark stays is left open', async () => {
    const page = await open('card/mark-removed.html');
    await stepTo(page, 'Minoru Kihara');
    await page.evaluate(() => document.getElementById('gone')?.remove());
    await page.waitForTimeout(300);
    expect((await readCardBox(page))?.text).toContain('Minoru Kihara');
    await page.close();
  });
});

describe('stepping with the keyboard shows every card whole, next to its mark', () => {
  it('deep in a paragraph taller than the screen, in a scrolling box, at the end of the page, with smooth scrolling on', async () => {
    const page = await open('card/stepping.html', { width: 900, height: 600 });
    const seen = await stepThroughAll(page);
    for (const name of ['Ng Eng Hen', 'Minoru Kihara', 'HADR', 'Phan Van Giang', 'Prabowo Subianto']) expect(seen).toContain(name);
    await page.close();
  });

  it('in an open shadow root and beside frames (frames-and-shadows.html), in a short window', async () => {
    const page = await open('frames-and-shadows.html', { width: 700, height: 420 });
    const seen = await stepThroughAll(page);
    expect(seen).toContain('Phan Van Giang');
    await page.close();
  });

  for (const demo of ['hawaii-informal-meeting.html', 'jakarta-asean-japan.html'])
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 700 },
    ])
      it(`on the demo page ${demo} at ${viewport.width}×${viewport.height}: every mention, every card inside the viewport and off its mark`, async () => {
        const page = await open(demo, viewport);
        const seen = await stepThroughAll(page);
        expect(seen.length).toBeGreaterThan(5);
        await page.close();
      });
});

describe('a mark under a transparent overlay link still opens its card on hover', () => {
  it('an empty link laid over the whole teaser', async () => {
    const page = await open('card/overlay-link.html');
    const point = await hoverInPlace(page, 'Ng Eng Hen');
    // The page's premise: the link, not the text, is what the pointer is on.
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className, point)).toBe('cover');
    expectBesideItsMark(await openCardOn(page, 'Ng Eng Hen'));
    await page.close();
  });

  it('a title link whose ::after is stretched over the teaser', async () => {
    const page = await open('card/overlay-link.html');
    const point = await hoverInPlace(page, 'HADR');
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className, point)).toBe('stretched');
    expectBesideItsMark(await openCardOn(page, 'HADR'));
    await page.close();
  });

  it('unmarked words under the overlay open no card', async () => {
    const page = await open('card/overlay-link.html');
    await hoverInPlace(page, 'took one morning');
    await page.waitForTimeout(900);
    expect(await card(page).count()).toBe(0);
    await hoverInPlace(page, 'Minoru Kihara');
    expectBesideItsMark(await openCardOn(page, 'Minoru Kihara'));
    await page.close();
  });
});
