import { describe, expect, it } from 'vitest';
import { type ExpectedMention, locateExpected, matchMentions, scoreMentions } from './score-mentions';

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

describe('matchMentions', () => {
  const page = 'Gen. Phan Van Giang met Jimmy Carter. Minister Giang said the 7th ASEAN-Japan informal meeting was useful.';
  const where = (s: string) => ({ start: page.indexOf(s), end: page.indexOf(s) + s.length });
  const wanted: ExpectedMention[] = [
    { text: 'Gen. Phan Van Giang', id: 'giang', kind: 'person', class: 'rank' },
    { text: 'Minister Giang', id: 'giang', kind: 'person', class: 'short-form', flags: ['misspelling'] },
    { text: '7th ASEAN-Japan informal meeting', id: 'asean-japan-2022', kind: 'meeting', class: 'meeting-form' },
  ];

  it('keeps one outcome per required mention, with exact spans and flags', () => {
    const m = matchMentions({
      text: page,
      expected: wanted,
      scanned: [
        { ...where('Phan Van Giang'), id: 'giang', text: 'Phan Van Giang', flags: [] },
        { ...where('Minister Giang'), id: 'giang', text: 'Minister Giang', flags: [{ type: 'misspelling' }] },
      ],
    });
    expect(m.outcomes.map((o) => [o.expected.class, o.found, o.exact, o.flagged])).toEqual([
      ['rank', true, false, false],
      ['short-form', true, true, true],
      ['meeting-form', false, false, false],
    ]);
    expect(m.spurious).toEqual([]);
  });

  it('attributes a wrong id to the class it overlaps, and a mention on a trap to the trap', () => {
    const m = matchMentions({
      text: page,
      expected: wanted,
      traps: [{ text: 'Jimmy Carter' }],
      scanned: [
        { ...where('7th ASEAN-Japan'), id: 'asean-japan-2016', text: '7th ASEAN-Japan', flags: [] },
        { ...where('Carter'), id: 'ashton-carter', text: 'Carter', flags: [{ type: 'misspelling' }] },
        { ...where('useful'), id: 'x', text: 'useful', flags: [] },
      ],
    });
    expect(m.spurious).toEqual([
      { text: '7th ASEAN-Japan', id: 'asean-japan-2016', flagged: false, over: 'meeting-form' },
      { text: 'Carter', id: 'ashton-carter', flagged: true, over: 'trap' },
      { text: 'useful', id: 'x', flagged: false },
    ]);
    expect(m.trapsHit).toEqual(['Jimmy Carter']);
  });

  it('counts a flag on an optional mention that wanted none as a wrong flag, not a wrong mention', () => {
    const m = matchMentions({
      text: page,
      expected: [{ text: 'Jimmy Carter', id: 'jc', kind: 'person', optional: true }],
      scanned: [{ ...where('Jimmy Carter'), id: 'jc', text: 'Jimmy Carter', flags: [{ type: 'misspelling' }] }],
    });
    expect(m.spurious).toEqual([]);
    expect(m.wrongOptionalFlags).toEqual([{ text: 'Jimmy Carter', id: 'jc', flagged: true, over: 'canonical' }]);
  });
});

describe('locateExpected with traps', () => {
  it('does not place an expected mention on a trap', () => {
    const page = 'Judith Collins spoke. The Collins-class boats are old. Collins said so.';
    const trap = { start: page.indexOf('Collins-class'), end: page.indexOf('Collins-class') + 13 };
    const [, second] = locateExpected(
      page,
      [
        { text: 'Judith Collins', id: 'jc' },
        { text: 'Collins', id: 'jc' },
      ],
      [trap],
    );
    expect(second?.start).toBe(page.lastIndexOf('Collins'));
  });
});
