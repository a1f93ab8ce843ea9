import { describe, expect, it } from 'vitest';
import { type ExpectedMention, locateExpected, scoreMentions } from './score-mentions';

const text = 'Dr Ng said Ng Eng Hen and Ngo met at the ADMM. Carter spoke.';
const expected: ExpectedMention[] = [
  { text: 'Ng', id: 'ng', kind: 'person' },
  { text: 'Ng Eng Hen', id: 'ng', kind: 'person' },
  { text: 'ADMM', id: 'admm', kind: 'term', optional: true },
  { text: 'Carter', id: 'carter', kind: 'person', flags: ['misspelling'] },
];
const at = (s: string, from = 0) => text.indexOf(s, from);

describe('scoreMentions', () => {
  it('locates expected mentions in order, as whole words', () => {
    expect(locateExpected(text, expected)).toEqual([
      { start: 3, end: 5 },
      { start: 11, end: 21 },
      { start: at('ADMM'), end: at('ADMM') + 4 },
      { start: at('Carter'), end: at('Carter') + 6 },
    ]);
    expect(() => locateExpected(text, [{ text: 'Kihara', id: 'k', kind: 'person' }])).toThrow(/not in the text/);
  });

  it('counts overlapping spans with the right id, and ignores optional ones', () => {
    const score = scoreMentions({
      text,
      expected,
      scanned: [
        { start: 0, end: 5, id: 'ng', text: 'Dr Ng', flags: [] },
        { start: at('ADMM'), end: at('ADMM') + 4, id: 'admm', text: 'ADMM', flags: [] },
        { start: at('Carter'), end: at('Carter') + 6, id: 'carter', text: 'Carter', flags: [{ type: 'misspelling' }] },
        { start: at('Ngo'), end: at('Ngo') + 3, id: 'ng', text: 'Ngo', flags: [] },
      ],
    });
    expect(score).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1, exactSpans: 1, flagsRight: 1, flagsExpected: 1 });
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.missed).toEqual(['Ng Eng Hen -> ng']);
    expect(score.spurious).toEqual(['Ngo -> ng']);
  });

  it('does not credit a mention with the wrong id', () => {
    const score = scoreMentions({
      text,
      expected: expected.slice(3),
      scanned: [{ start: at('Carter'), end: at('Carter') + 6, id: 'kerry', text: 'Carter', flags: [] }],
    });
    expect(score).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });
});
