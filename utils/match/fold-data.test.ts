import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldDataSource } from '../../scripts/write-fold-data';
import { FOLD_PAIRS, FOLD_TABLE_SIZE, LOWER_PAIRS, WORD_RUNS } from './fold-data';
import { encodeFoldData, foldRule, IGNORABLE_WORD, WORD } from './fold-rules';
import { foldLowerUnit, foldUnit, isIgnorableUnit, isWordUnit, normaliseForm } from './normalise';

describe('fold tables written at build time', () => {
  it('fold-data.ts holds what the rules give now (run scripts/write-fold-data.ts after changing them)', () => {
    const now = encodeFoldData(FOLD_TABLE_SIZE);
    expect({ foldPairs: FOLD_PAIRS, lowerPairs: LOWER_PAIRS, wordRuns: WORD_RUNS }).toEqual(now);
    expect(readFileSync(new URL('./fold-data.ts', import.meta.url), 'utf8')).toBe(foldDataSource());
  });

  it('every unit of the table folds as its rule says', () => {
    const wrong: number[] = [];
    for (let code = 0; code < FOLD_TABLE_SIZE; code++) {
      const r = foldRule(code);
      if (
        foldUnit(code) !== r.fold ||
        foldLowerUnit(code) !== r.foldLower ||
        isWordUnit(code) !== (r.word === WORD) ||
        isIgnorableUnit(code) !== (r.word === IGNORABLE_WORD)
      )
        wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it('folds text as before: diacritics, đ, dashes, quotes, invisible units, case', () => {
    expect(normaliseForm('Phan Văn Giang')).toBe('phan van giang');
    expect(normaliseForm('Đỗ  Đức—Nguyễn')).toBe('do duc nguyen');
    expect(normaliseForm('Ki\u00adhara \u201cADMM\u2019s\u201d', true)).toBe('Kihara "ADMM\'s"');
    expect(normaliseForm('Va\u0306n')).toBe('van');
    expect(isWordUnit('ก'.charCodeAt(0))).toBe(true);
    expect(isWordUnit(' '.charCodeAt(0))).toBe(false);
  });
});
