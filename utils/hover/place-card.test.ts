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

  it('never caps below the minimum height, even on a mark at the very edge of a tiny viewport', () => {
    const p = placeCard({ anchor: mark(10, 40), card, viewport: { width: 400, height: 100 } });
    expect(p.maxHeight).toBe(80);
    // A card shorter than the minimum keeps its own height.
    const small = placeCard({ anchor: mark(10, 40), card: { width: 200, height: 50 }, viewport: { width: 400, height: 100 } });
    expect(small).toMatchObject({ side: 'below', maxHeight: 50, y: 64 });
    const smallAbove = placeCard({ anchor: mark(10, 44), card: { width: 200, height: 60 }, viewport: { width: 400, height: 100 } });
    expect(smallAbove).toMatchObject({ side: 'above', maxHeight: 60, y: 44 - 6 - 60 });
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
    middleware: [offset(6), flip(), shift({ padding: 8 })],
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
              if (mine.maxHeight !== undefined) continue; // fits neither side: floating-ui ran off screen there
              expect({ x: mine.x, y: mine.y }, JSON.stringify({ anchor, size, view })).toEqual(await floatingUi(anchor, size, view));
              compared++;
            }
    expect(compared).toBeGreaterThan(2000);
  });
});
