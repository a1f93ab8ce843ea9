import { describe, expect, it } from 'vitest';
import { NearViewportPart } from './near-viewport-part';

const block = (text: string) => ({ text });

/** Offers blocks at the given tops until the part says it is complete; returns the texts taken. */
function take(tops: number[], viewportHeight = 100, maxChars?: number) {
  const part = new NearViewportPart({ viewportHeight, maxChars });
  let offered = 0;
  for (const [i, top] of tops.entries()) {
    offered++;
    if (part.offer(block(`b${i}`), top) === 'done') break;
  }
  return { part, offered, taken: part.blocks.map((b) => b.text) };
}

describe('NearViewportPart', () => {
  it('takes the blocks up to one viewport below the screen and stops at the first one past it', () => {
    const { taken, offered, part } = take([0, 40, 120, 199, 200, 201, 250, 150]);
    expect(taken).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
    expect(offered).toBe(6);
    expect(part.complete).toBe(true);
  });

  it('on a page opened scrolled down, reads the blocks above the band without taking them', () => {
    const { taken } = take([-500, -300, -101, -100, -20, 50, 300]);
    expect(taken).toEqual(['b3', 'b4', 'b5']);
  });

  it('takes no block without a box (no geometry to place it by)', () => {
    expect(take([0, Number.NaN, 10, 500]).taken).toEqual(['b0', 'b2']);
  });

  it('is not complete while the walk has not gone past the band (the whole page is near)', () => {
    const { part, taken } = take([0, 10, 20]);
    expect(part.complete).toBe(false);
    expect(taken).toEqual(['b0', 'b1', 'b2']);
  });

  it('gives up, taking nothing, when the band is not reached within the reading budget', () => {
    const tops = Array.from({ length: 50 }, (_, i) => -10_000 + i * 10);
    const { part, taken, offered } = take(tops, 100, 40);
    expect(part.complete).toBe(true);
    expect(taken).toEqual([]);
    expect(offered).toBeLessThan(50);
  });

  it('says nothing more once complete', () => {
    const { part } = take([0, 500]);
    expect(part.offer(block('late'), 10)).toBe('done');
    expect(part.blocks.map((b) => b.text)).toEqual(['b0']);
  });

  it('guesses the page text from its height at the part density', () => {
    const part = new NearViewportPart({ viewportHeight: 100 });
    part.offer(block('x'.repeat(1000)), 0);
    part.offer(block('x'.repeat(1000)), 200);
    part.offer(block('x'), 201);
    // 2,000 characters over 200 px; a 10,000 px page holds about 100,000.
    expect(part.estimatePageChars(10_000)).toBe(100_000);
    expect(new NearViewportPart({ viewportHeight: 100 }).estimatePageChars(10_000)).toBe(0);
  });
});
