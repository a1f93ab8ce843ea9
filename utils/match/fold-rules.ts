/**
 * The folding rules of normalise.ts, one unit at a time, with the regular expressions and Unicode
 * normalisation they need. Too slow to run on every page load (~12,000 units, tens of ms), so they
 * run when `scripts/write-fold-data.ts` writes fold-data.ts, and in fold-data.test.ts, which checks
 * that the written tables still follow them.
 */

/** Combining diacritics (of Latin, Greek and Cyrillic text): they belong to the letter before them. */
export function isCombiningUnit(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/** Invisible format characters that sit inside words: soft hyphen, zero-width space, ZWNJ, ZWJ, word joiner, BOM. */
const isInvisibleFormat = (code: number) => code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;

export const SPACE = 32;
/** What an ignorable unit folds to (U+0000 itself is folded to a space). */
export const IGNORABLE = 0;

/** Word classes of the word table. */
export const NOT_WORD = 0;
export const WORD = 1;
export const IGNORABLE_WORD = 2;

export interface FoldedUnit {
  /** Folded, case kept. */
  fold: number;
  /** Folded and lower-cased. */
  foldLower: number;
  /** NOT_WORD, WORD or IGNORABLE_WORD. */
  word: number;
}

/** How one unit folds. */
export function foldRule(code: number): FoldedUnit {
  if (isInvisibleFormat(code) || isCombiningUnit(code)) return { fold: IGNORABLE, foldLower: IGNORABLE, word: IGNORABLE_WORD };
  const ch = String.fromCharCode(code);
  let folded = code;
  if (code === 0 || /\s/.test(ch) || /[\u2010-\u2015\u2212-]/.test(ch)) folded = SPACE;
  else if (/[\u2018\u2019\u201a\u201b\u2032\u02bc`]/.test(ch))
    folded = 39; // '
  else if (/[\u201c\u201d\u201e\u2033]/.test(ch))
    folded = 34; // "
  else if (ch === 'đ') folded = 100;
  else if (ch === 'Đ') folded = 68;
  else if (code >= 0xc0) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base.length === 1) folded = base.charCodeAt(0);
  }
  const word = /[\p{L}\p{N}]/u.test(String.fromCharCode(folded)) ? WORD : NOT_WORD;
  const lower = String.fromCharCode(folded).toLowerCase();
  return { fold: folded, foldLower: lower.length === 1 ? lower.charCodeAt(0) : folded, word };
}

/**
 * The tables for units below `size`, encoded as fold-data.ts holds them: pairs (unit, value) where
 * the folded unit is not the unit itself, pairs where the lower-cased fold differs from the fold,
 * and the units where the word class changes (the class before the first is NOT_WORD and they
 * cycle by the value given with each: pairs (unit, class)).
 */
export function encodeFoldData(size: number): { foldPairs: string; lowerPairs: string; wordRuns: string } {
  let foldPairs = '';
  let lowerPairs = '';
  let wordRuns = '';
  let word = NOT_WORD;
  for (let code = 0; code < size; code++) {
    const r = foldRule(code);
    if (r.fold !== code) foldPairs += String.fromCharCode(code, r.fold);
    if (r.foldLower !== r.fold) lowerPairs += String.fromCharCode(code, r.foldLower);
    if (r.word !== word) {
      wordRuns += String.fromCharCode(code, r.word);
      word = r.word;
    }
  }
  return { foldPairs, lowerPairs, wordRuns };
}
