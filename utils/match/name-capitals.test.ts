import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile-matcher';
import { findMatches } from './find-matches';
import { testEntry } from './test-entry';

describe('case-sensitive names in capitals', () => {
  it('takes a case-sensitive name written in capitals, and only names', () => {
    const matcher = compileMatcher([
      { ...testEntry('Kihara', 'minoru-kihara', true, 'person'), via: 'short-name' },
      testEntry('Plus', 'plus-term', true, 'term'),
    ]);
    const found = (text: string) => findMatches(matcher, text).map((m) => m.text);
    expect(found('Minister KIHARA said')).toEqual(['KIHARA']);
    expect(found('Minister Kihara said')).toEqual(['Kihara']);
    expect(found('minister kihara said')).toEqual([]);
    expect(found('the PLUS sign')).toEqual([]);
  });
});
