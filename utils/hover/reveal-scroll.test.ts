import { describe, expect, it } from 'vitest';
import { placeCard } from './place-card';
import { revealScroll } from './reveal-scroll';

const r = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
const viewport = r(0, 0, 1000, 800);
const card = { width: 360, height: 300 };
const moved = (m: ReturnType<typeof r>, d: { dx: number; dy: number }) => r(m.left - d.dx, m.top - d.dy, m.right - d.dx, m.bottom - d.dy);

describe('scrolling to a mark the reader stepped to', () => {
  it('leaves the page alone when the mark is in view with room for its card', () => {
    expect(revealScroll({ mark: r(100, 200, 180, 218), box: viewport, card })).toEqual({ dx: 0, dy: 0 });
    // Near the bottom, the card fits above.
    expect(revealScroll({ mark: r(100, 700, 180, 718), box: viewport, card })).toEqual({ dx: 0, dy: 0 });
  });

  it('brings a mark below the screen up, with its card under it, both in view', () => {
    const mark = r(100, 2400, 180, 2418);
    const d = revealScroll({ mark, box: viewport, card });
    const after = moved(mark, d);
    // Mark and card (18 + 6 + 300 px) centred in the 784 px between the gutters.
    expect(after.top).toBe(8 + (784 - 324) / 2);
    expect(placeCard({ anchor: after, card, viewport: { width: 1000, height: 800 } })).toMatchObject({
      side: 'below',
      maxHeight: undefined,
    });
  });

  it('moves a mark that is in view but has no room for its card on either side', () => {
    const short = r(0, 0, 1000, 500);
    // At 240 in a 500 px view: 300 px of card fits neither above (240 - 6 - 300 < 8) nor below.
    const mark = r(100, 240, 180, 258);
    const d = revealScroll({ mark, box: short, card });
    expect(d.dy).not.toBe(0);
    expect(placeCard({ anchor: moved(mark, d), card, viewport: { width: 1000, height: 500 } }).maxHeight).toBeUndefined();
  });

  it('puts the mark at the top when mark and card are taller than the view together', () => {
    const mark = r(100, 900, 180, 918);
    expect(revealScroll({ mark, box: r(0, 0, 1000, 250), card }).dy).toBe(900 - 8);
  });

  it('centres a mark in a scrolling container (no card there), across only when it is out of view', () => {
    const box = r(200, 100, 600, 400);
    const d = revealScroll({ mark: r(300, 900, 380, 918), box });
    expect(d).toEqual({ dx: 0, dy: 909 - 250 });
    expect(revealScroll({ mark: r(900, 200, 960, 218), box }).dx).toBe(930 - 400);
    expect(revealScroll({ mark: r(300, 200, 380, 218), box })).toEqual({ dx: 0, dy: 0 });
  });
});
