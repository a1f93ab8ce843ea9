import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from './edit-distance';

describe('editDistanceWithin', () => {
  it.each([
    ['austin', 'austen', 1],
    ['subianto', 'subiyanto', 1],
    ['teodoro', 'teodorro', 1],
    ['singh', 'sing', 1],
    ['carter', 'crater', 1],
    ['hishammuddin', 'hishamudin', 2],
    ['giang', 'giang', 0],
  ])('%s to %s is %i', (a, b, d) => {
    expect(editDistanceWithin(a, b, 2)).toBe(d);
    expect(editDistanceWithin(b, a, 2)).toBe(d);
  });

  it('stops past the limit', () => {
    expect(editDistanceWithin('prabowo', 'lorenzana', 2)).toBe(3);
    expect(editDistanceWithin('ab', 'abcdef', 1)).toBe(2);
  });
});
