/**
 * How search text is cut into terms, the same way for the index and for the reader's query:
 * folded (diacritics, case), "+" read as "plus" (so "ADMM+" finds ADMM-Plus), split on anything
 * that is not a letter or a digit, and a few function words dropped (they would make AND fail).
 */

/** Longest query looked at: a pasted article must not freeze the popup. */
export const MAX_QUERY_LENGTH = 200;

const STOP_WORDS = new Set(['the', 'of', 'and', 'in', 'on', 'for', 'a', 'an', 'to', 'at']);

/** "Phan Văn Giang" -> "phan van giang". Vietnamese đ does not decompose, so it is mapped by hand. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

export function tokenize(text: string): string[] {
  return foldText(text)
    .replace(/\+/g, ' plus ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0 && !STOP_WORDS.has(t));
}

/** "17" -> "17th", "2" -> "2nd", "11" -> "11th". */
export function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
