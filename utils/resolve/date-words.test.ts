import { describe, expect, it } from 'vitest';
import { dateTrustWords, describeArticleDate, flagDateNote } from './date-words';

describe('the article date in plain words', () => {
  it('names trusted sources and keeps "set by you" for the reader\'s choice', () => {
    expect(describeArticleDate({ date: '2023-11-15', source: 'override' })).toBe('set by you');
    expect(describeArticleDate({ date: '2023-11-15', source: 'meta' })).toBe("from the page's metadata");
    expect(dateTrustWords({ date: '2023-11-15', source: 'dateline' })).toBe('reliable');
    expect(flagDateNote({ date: '2023-11-15', source: 'meta' })).toBeUndefined();
  });

  it('says how sure an inferred date is and what it rests on', () => {
    const medium = { date: '2023-11-16', source: 'inferred', confidence: 'medium', evidence: 'the 17th ADMM' } as const;
    expect(describeArticleDate(medium)).toBe('inferred from the text, probably right to within a few days: the 17th ADMM');
    const low = { ...medium, confidence: 'low', range: { from: '2023-11-16', to: '2023-11-28' } } as const;
    expect(describeArticleDate(low)).toContain('a rough guess from the text, between 2023-11-16 and 2023-11-28');
    expect(flagDateNote(low)).toContain('set its date in the Defence Lens popup');
  });

  it('gives the range when no day could be settled', () => {
    expect(describeArticleDate({ date: null, source: 'none' })).toBe('No date found: roles are shown as latest known.');
    expect(describeArticleDate({ date: null, source: 'none', range: { from: '2025-10-18', to: '2025-11-30' } })).toContain(
      'between 2025-10-18 and 2025-11-30',
    );
  });
});
