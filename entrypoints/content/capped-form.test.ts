import { describe, expect, it } from 'vitest';
import { cappedFormOf } from './highlights';

describe('cappedFormOf: which forms a page may mark only so many times', () => {
  it('counts lower-case forms, white space squashed', () => {
    expect(cappedFormOf('the')).toBe('the');
    expect(cappedFormOf('humanitarian  assistance\nand disaster relief')).toBe('humanitarian assistance and disaster relief');
  });
  it('never caps names, acronyms or forms with a capital', () => {
    expect(cappedFormOf('Ng Eng Hen')).toBeUndefined();
    expect(cappedFormOf('HADR')).toBeUndefined();
    expect(cappedFormOf('the ADMM-Plus')).toBeUndefined();
  });
  it('never caps text with no letter case (scripts without capitals)', () => {
    expect(cappedFormOf('潘文江')).toBeUndefined();
  });
});
