import { describe, expect, it } from 'vitest';
import { findDateCues } from './relative-dates';

const cue = (text: string, article: string | null) => findDateCues(text, article).map(({ text, from, to }) => ({ text, from, to }));

describe('findDateCues', () => {
  it('reads "last week" as the two weeks before the article', () => {
    expect(cue('held last week in Hawaii', '2016-10-04')).toEqual([{ text: 'last week', from: '2016-09-20', to: '2016-10-03' }]);
  });

  it('reads "last September" in the same year when the article is later in the year', () => {
    expect(cue('ties were raised last September', '2023-11-15')).toEqual([
      { text: 'last September', from: '2023-09-01', to: '2023-09-30' },
    ]);
  });

  it('reads "last November" in the year before when the article is in November', () => {
    expect(cue('met last November', '2023-11-15')[0]).toMatchObject({ from: '2022-11-01', to: '2022-11-30' });
  });

  it('reads "on November 15" in the article year', () => {
    expect(cue('an informal meeting on November 15', '2023-11-15')[0]).toMatchObject({ from: '2023-11-15', to: '2023-11-15' });
  });

  it('reads a yearless day far after the article as last year', () => {
    expect(cue('on December 20', '2023-02-01')[0]).toMatchObject({ from: '2022-12-20', to: '2022-12-20' });
  });

  it('reads yesterday, last month and last year', () => {
    expect(cue('yesterday', '2024-03-01')[0]).toMatchObject({ from: '2024-02-29', to: '2024-02-29' });
    expect(cue('last month', '2024-01-10')[0]).toMatchObject({ from: '2023-12-01', to: '2023-12-31' });
    expect(cue('last year', '2024-01-10')[0]).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
  });

  it('reads a weekday as the latest such day before the article', () => {
    // 2016-10-04 was a Tuesday.
    expect(cue('on Friday', '2016-10-04')[0]).toMatchObject({ from: '2016-09-30', to: '2016-09-30' });
  });

  it('keeps explicit dates without an article date, but no relative ones', () => {
    expect(cue('on 30 September 2016, last week', null)).toEqual([{ text: '30 September 2016', from: '2016-09-30', to: '2016-09-30' }]);
  });

  it('finds nothing in text without dates', () => {
    expect(cue('the ministers met in Hawaii', '2016-10-04')).toEqual([]);
  });
});
