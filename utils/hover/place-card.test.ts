import { computePosition, flip, offset, type Platform, shift } from '@floating-ui/dom';
import { describe, expect, it } from 'vitest';
import { placeCard, type Rect, type Size, type Viewport } from './place-card';

const viewport: Size = { width: 1000, height: 800 };
const card: Size = { width: 360, height: 300 };
/** A mark of one line of text, 80 px wide, its top-left corner at (left, top). */
const mark = (left: number, top: number, width = 80): Rect => ({ left, top, right: left + width, bottom: top + 18 });

describe('placing the hover card against the viewport', () => {
  it('hangs below the mark, left edges aligned, 6 px under it', () => {
    expect(placeCard({ anchor: mark(100, 200), card, viewport })).toEqual({
      x: 100,
      y: 224,
      side: 'below',
      align: 'start',
      maxHeight: undefined,
    });
  });

  it('flips above a mark near the bottom of the screen', () => {
    const p = placeCard({ anchor: mark(100, 600), card, viewport });
    expect(p).toMatchObject({ side: 'above', y: 600 - 6 - 300, maxHeight: undefined });
  });

  it('right-aligns with a mark near the right edge, so the card still points at it', () => {
    const p = placeCard({ anchor: mark(800, 200), card, viewport });
    expect(p).toMatchObject({ align: 'end', x: 880 - 360 });
  });

  it('keeps a gutter inside the edges when neither alignment fits across', () => {
    const narrow = { width: 400, height: 800 };
    expect(placeCard({ anchor: mark(20, 200), card, viewport: narrow }).x).toBe(20);
    // Aligned either way the card would cross an edge: it is pushed 8 px inside the right one.
    expect(placeCard({ anchor: mark(150, 200), card, viewport: narrow }).x).toBe(400 - 8 - 360);
    // A mark scrolled partly off the left edge.
    expect(placeCard({ anchor: mark(-50, 200), card, viewport }).x).toBe(8);
  });

  it('caps its height to the larger side when it fits neither below nor above', () => {
    const tall = { width: 360, height: 600 };
    const short = { width: 1000, height: 700 };
    const nearTop = placeCard({ anchor: mark(100, 150), card: tall, viewport: short });
    expect(nearTop).toMatchObject({ side: 'below', y: 174, maxHeight: 700 - 8 - 174 });
    const nearBottom = placeCard({ anchor: mark(100, 500), card: tall, viewport: short });
    expect(nearBottom).toMatchObject({ side: 'above', maxHeight: 500 - 6 - 8 });
    expect(nearBottom.y).toBe(8);
  });

  it('places against a pinch-zoomed viewport where it lies on the page', () => {
    const zoomed = { left: 300, top: 100, width: 500, height: 400 };
    expect(placeCard({ anchor: mark(700, 200), card, viewport: zoomed })).toMatchObject({ x: 780 - 360, y: 224, align: 'end' });
    expect(placeCard({ anchor: mark(350, 420), card, viewport: zoomed })).toMatchObject({ x: 350, y: 420 - 6 - 300, side: 'above' });
  });

  it('keeps the gutter at the bottom and top edges too: a card that would touch the edge flips', () => {
    // Below, the card would end at 424 + 300 = 724, 4 px from the bottom of a 728 px viewport.
    const p = placeCard({ anchor: mark(100, 400), card, viewport: { width: 1000, height: 728 } });
    expect(p).toMatchObject({ side: 'above', y: 94 });
    expect(placeCard({ anchor: mark(100, 400), card, viewport: { width: 1000, height: 732 } })).toMatchObject({ side: 'below', y: 424 });
    // Above, a card reaching 4 px from the top is capped to end 8 px from it.
    const high = placeCard({ anchor: mark(100, 310), card, viewport: { width: 1000, height: 600 } });
    expect(high).toMatchObject({ side: 'above', maxHeight: 310 - 6 - 8, y: 8 });
  });

  it('sits by the words of a mark that wraps: below its last line, above its first', () => {
    // "Ng Eng" at the end of one line, "Hen" at the start of the next, in a column from x = 40.
    const lines = [
      { left: 500, top: 200, right: 560, bottom: 218 },
      { left: 40, top: 218, right: 70, bottom: 236 },
    ];
    const anchor = { left: 40, top: 200, right: 560, bottom: 236 };
    expect(placeCard({ anchor, lines, card, viewport })).toMatchObject({ side: 'below', x: 40, y: 242 });
    const high = lines.map((l) => ({ ...l, top: l.top + 400, bottom: l.bottom + 400 }));
    const p = placeCard({ anchor: { ...anchor, top: 600, bottom: 636 }, lines: high, card, viewport });
    expect(p).toMatchObject({ side: 'above', x: 500, y: 600 - 6 - 300 });
  });

  it('goes beside the mark when neither above nor below has room for even a short card', () => {
    const tiny = { width: 800, height: 100 };
    const p = placeCard({ anchor: mark(10, 40), card, viewport: tiny });
    // To the right, its top edge at the mark's as far as the viewport allows, height capped to it.
    expect(p).toMatchObject({ side: 'right', x: 96, maxHeight: 100 - 16, y: 8 });
    const nearRight = placeCard({ anchor: mark(600, 40), card, viewport: tiny });
    expect(nearRight).toMatchObject({ side: 'left', x: 600 - 6 - 360, y: 8 });
    const small = placeCard({ anchor: mark(10, 40), card: { width: 200, height: 50 }, viewport: tiny });
    expect(small).toMatchObject({ side: 'right', y: 40, maxHeight: undefined });
  });

  it('covers the mark only when there is no room anywhere else, and then still stays inside', () => {
    const p = placeCard({ anchor: mark(150, 40, 100), card, viewport: { width: 400, height: 100 } });
    expect(p).toMatchObject({ side: 'over', y: 8, maxHeight: 84 });
    expect(p.x).toBeGreaterThanOrEqual(8);
  });
});

/** Whether two boxes share any area (touching edges do not count). */
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('wherever the mark is, the card', () => {
  const views: Viewport[] = [
    viewport,
    { width: 390, height: 640 },
    { width: 1280, height: 300 },
    { left: 120, top: 60, width: 700, height: 560 },
  ];
  const sizes: Size[] = [card, { width: 360, height: 150 }, { width: 300, height: 520 }, { width: 200, height: 60 }];

  it('stays inside the viewport with its gutter, never covers its mark, and is capped only when it must be', () => {
    let checked = 0;
    for (const view of views)
      for (const size of sizes)
        for (const width of [30, 120])
          for (let left = 0; left + width <= view.width; left += 37)
            for (let top = 0; top + 18 <= view.height; top += 23) {
              const vx = view.left ?? 0;
              const vy = view.top ?? 0;
              const anchor = mark(vx + left, vy + top, width);
              const p = placeCard({ anchor, card: size, viewport: view });
              const height = p.maxHeight ?? size.height;
              const box = { left: p.x, top: p.y, right: p.x + size.width, bottom: p.y + height };
              const where = JSON.stringify({ anchor, size, view, p });
              expect(box.left, where).toBeGreaterThanOrEqual(vx + 8);
              expect(box.right, where).toBeLessThanOrEqual(vx + view.width - 8);
              expect(box.top, where).toBeGreaterThanOrEqual(vy + 8);
              expect(box.bottom, where).toBeLessThanOrEqual(vy + view.height - 8);
              expect(height, where).toBeLessThanOrEqual(size.height);
              if (p.side !== 'over') expect(overlaps(box, anchor), where).toBe(false);
              checked++;
            }
    expect(checked).toBeGreaterThan(3000);
  });

  it('is placed from its own mark alone: the same mark gives the same place whatever came before', () => {
    const a = placeCard({ anchor: mark(300, 500), card, viewport });
    placeCard({ anchor: mark(900, 20), card: { width: 360, height: 700 }, viewport });
    expect(placeCard({ anchor: mark(300, 500), card, viewport })).toEqual(a);
  });
});

/** floating-ui's computePosition with the DOM replaced by plain rectangles. */
async function floatingUi(anchor: Rect, size: Size, view: Viewport): Promise<{ x: number; y: number }> {
  const rect = (r: Rect) => ({ x: r.left, y: r.top, width: r.right - r.left, height: r.bottom - r.top });
  const platform: Partial<Platform> = {
    getElementRects: () => ({ reference: rect(anchor), floating: { x: 0, y: 0, ...size } }),
    getClippingRect: () => ({ x: view.left ?? 0, y: view.top ?? 0, width: view.width, height: view.height }),
    getDimensions: () => size,
    getOffsetParent: () => undefined as unknown as Element,
    isElement: () => true,
    getScale: () => ({ x: 1, y: 1 }),
    convertOffsetParentRelativeRectToViewportRelativeRect: ({ rect: r }) => r,
    isRTL: () => false,
  };
  const reference = { getBoundingClientRect: () => ({ ...rect(anchor), ...anchor }) };
  const { x, y } = await computePosition(reference, {} as HTMLElement, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [offset(6), flip({ padding: { top: 8, bottom: 8 } }), shift({ padding: 8 })],
    platform: platform as Platform,
  });
  return { x, y };
}

describe('the same place floating-ui gave wherever the card fits', () => {
  it('agrees across the viewport, for short and long marks and several card sizes', async () => {
    let compared = 0;
    for (const view of [viewport, { left: 120, top: 60, width: 700, height: 560 }])
      for (const size of [card, { width: 360, height: 150 }, { width: 300, height: 420 }])
        for (const width of [40, 200, 420])
          for (let left = -60; left <= 1000; left += 70)
            for (let top = -10; top <= 800; top += 45) {
              const anchor = mark(left, top, width);
              const mine = placeCard({ anchor, card: size, viewport: view });
              // Fits neither side: floating-ui lets the card run off the screen there.
              if (mine.maxHeight !== undefined || (mine.side !== 'below' && mine.side !== 'above')) continue;
              expect({ x: mine.x, y: mine.y }, JSON.stringify({ anchor, size, view })).toEqual(await floatingUi(anchor, size, view));
              compared++;
            }
    expect(compared).toBeGreaterThan(2000);
  });
});
