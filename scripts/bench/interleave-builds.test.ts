import { describe, expect, it } from 'vitest';
import { interleave } from './interleave-builds';

describe('interleave', () => {
  it('takes the sides in turn, round after round, and gives each side its figures in order', async () => {
    const order: string[] = [];
    const figures = await interleave(['A', 'B', 'C'], 2, async (side, round) => {
      order.push(`${side}${round}`);
      return `${side}${round}`;
    });
    expect(order).toEqual(['A1', 'B1', 'C1', 'A2', 'B2', 'C2']);
    expect(figures).toEqual([
      ['A1', 'A2'],
      ['B1', 'B2'],
      ['C1', 'C2'],
    ]);
  });

  it('gives each side an empty list when there are no rounds', async () => {
    expect(await interleave(['A', 'B'], 0, async () => 1)).toEqual([[], []]);
  });
});
