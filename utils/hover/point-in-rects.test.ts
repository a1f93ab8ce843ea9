import { describe, expect, it } from 'vitest';
import { pointInAnyRect, pointInRect } from './point-in-rects';

const box = { left: 10, top: 20, right: 110, bottom: 38 };

describe('is the pointer on a mark', () => {
  it('counts the edges, and nothing beyond them without slop', () => {
    expect(pointInRect({ x: 10, y: 20 }, box)).toBe(true);
    expect(pointInRect({ x: 110, y: 38 }, box)).toBe(true);
    expect(pointInRect({ x: 9.5, y: 30 }, box)).toBe(false);
    expect(pointInRect({ x: 50, y: 38.5 }, box)).toBe(false);
  });

  it('allows a pixel of slop around each line box of a mark that wraps', () => {
    const wrapped = [box, { left: 0, top: 40, right: 60, bottom: 58 }];
    expect(pointInAnyRect({ x: 30, y: 39 }, wrapped)).toBe(true); // between the lines
    expect(pointInAnyRect({ x: 5, y: 50 }, wrapped)).toBe(true); // on the second line
    expect(pointInAnyRect({ x: 5, y: 30 }, wrapped)).toBe(false); // left of the first line
    expect(pointInAnyRect({ x: 80, y: 50 }, wrapped)).toBe(false); // past the end of the second
    expect(pointInAnyRect({ x: 0, y: 0 }, [])).toBe(false);
  });
});
