import { describe, expect, it } from 'vitest';
import { intersect, visiblePart } from './visible-part';

const r = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
const viewport = r(0, 0, 1000, 800);

describe('the part of a mark the reader can see', () => {
  it('is the whole mark inside the viewport', () => {
    const box = r(100, 200, 180, 218);
    expect(visiblePart(box, [box], [viewport])).toEqual({ box, lines: [box] });
  });

  it('is cut by the viewport and by a scrolling container, one after the other', () => {
    const box = r(100, 190, 180, 218);
    const container = r(50, 200, 600, 500);
    expect(visiblePart(box, [box], [container, viewport])?.box).toEqual(r(100, 200, 180, 218));
  });

  it('is nothing once the mark has scrolled out of its container, though the viewport still holds it', () => {
    const box = r(100, 520, 180, 538);
    expect(visiblePart(box, [box], [r(50, 200, 600, 500), viewport])).toBeUndefined();
    expect(visiblePart(r(100, -40, 180, -22), [r(100, -40, 180, -22)], [viewport])).toBeUndefined();
  });

  it('keeps only the lines of a wrapped mark that can be seen', () => {
    const lines = [r(500, 480, 560, 498), r(40, 498, 70, 516)];
    const part = visiblePart(r(40, 480, 560, 516), lines, [r(0, 0, 1000, 500)]);
    expect(part?.lines).toEqual([r(500, 480, 560, 498), r(40, 498, 70, 500)]);
  });

  it('boxes that only touch share nothing', () => {
    expect(intersect(r(0, 0, 10, 10), r(10, 0, 20, 10))).toBeUndefined();
    expect(intersect(r(0, 0, 10, 10), r(5, 5, 20, 20))).toEqual(r(5, 5, 10, 10));
  });
});
