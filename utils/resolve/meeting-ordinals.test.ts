import { describe, expect, it } from 'vitest';
import { findOrdinalReferences, ORDINAL_PATTERN } from './meeting-ordinals';

/** The plain way: the whole pattern over the whole text. The fast search must agree with it. */
function fullScan(text: string): { index: number; text: string }[] {
  const re = new RegExp(ORDINAL_PATTERN, 'giu');
  return [...text.matchAll(re)].map((m) => ({ index: m.index, text: m[0] }));
}
const fast = (text: string) => findOrdinalReferences(text).map((m) => ({ index: m.index, text: m[0] }));

describe('findOrdinalReferences', () => {
  it('finds what a full scan finds, in awkward places too', () => {
    const cases = [
      'the 17th ADMM met',
      '17th ADMM at the very start',
      'ends with the 10th ADMM-Plus',
      'x17th ADMM is not an ordinal, nor 117thADMM, nor 3rd ADMMs',
      'the tenth   \n  ASEAN Defence Ministers’ Meeting-Plus and the seventeenth ASEAN Defense Ministers Meeting',
      'the 9th ADMM Retreat, the 9th ADMM-Retreat and the 2nd ADMM+',
      'ADMM without an ordinal; the ADMM; 5th ADMM 6th ADMM 7th ADMM back to back',
      'the 1st admm in lower case, the 22nd Admm-plus',
      `${'filler words '.repeat(50)}the twentieth ADMM${' and more'.repeat(30)}`,
      `an ordinal far before: 12th${' '.repeat(80)}ADMM`,
      'the 4th ASEAN Defence Ministers Meeting (ADMM) and 4th ADMM',
    ];
    for (const text of cases) expect(fast(text), text).toEqual(fullScan(text));
  });

  it('agrees with a full scan on a long generated text', () => {
    const parts = [
      'the',
      '17th',
      'ADMM',
      'tenth',
      'ADMM-Plus',
      'x9th',
      'ADMM Retreat',
      'ASEAN Defence Ministers’ Meeting',
      'said',
      '\n\n',
      '3rd',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const words: string[] = [];
    for (let i = 0; i < 20_000; i++) words.push(parts[Math.floor(next() * parts.length)] as string);
    const text = words.join(' ');
    const expected = fullScan(text);
    expect(expected.length).toBeGreaterThan(100);
    expect(fast(text)).toEqual(expected);
  });
});

describe('personal and "first-ever" ordinals', () => {
  it("counts a person's meetings as no meeting reference", async () => {
    const { isPersonalOrdinal } = await import('./meeting-ordinals');
    const check = (text: string, phrase: string) => {
      const at = text.indexOf(phrase);
      return isPersonalOrdinal(text, at, at + phrase.length);
    };
    expect(check('attending his first ADMM-Plus as minister', 'first ADMM-Plus')).toBe(true);
    expect(check("It was Ahn's second ADMM.", 'second ADMM')).toBe(true);
    expect(check('It is the first ADMM-Plus for Ahn.', 'first ADMM-Plus')).toBe(true);
    expect(check("ASEAN's first ADMM-Plus was held in Ha Noi.", 'first ADMM-Plus')).toBe(false);
    expect(check('the first ADMM-Plus for the region', 'first ADMM-Plus')).toBe(false);
  });

  it('reads "first-ever", "inaugural" and the "Expanded Meeting" form', () => {
    expect(fast('the first-ever ADMM-Plus')).toEqual([{ index: 4, text: 'first-ever ADMM-Plus' }]);
    expect(fast("the first ASEAN Defense Ministers' Expanded Meeting")).toEqual(
      fullScan("the first ASEAN Defense Ministers' Expanded Meeting"),
    );
    expect(fast('the inaugural ADMM')).toEqual([{ index: 4, text: 'inaugural ADMM' }]);
  });
});
