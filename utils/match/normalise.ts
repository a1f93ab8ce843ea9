/**
 * Character folding for matching. Each UTF-16 unit folds to exactly one unit, so that offsets in
 * the folded text map back to the original one to one (no offset table per character needed):
 * diacritics dropped ("ă" -> "a", "đ" -> "d"), curly quotes made straight, every hyphen and dash
 * made a space, every kind of white space a plain space; case is folded separately.
 *
 * Some units are ignorable: publishers put them inside words (soft hyphens, zero-width spaces and
 * joiners, the word joiner, a stray BOM) and decomposed text carries combining diacritics after the
 * base letter ("Va\u0306n"). They fold to IGNORABLE, which the matcher steps over without moving in
 * the trie, so "Ki\u00adhara" and an NFD "Văn" match like the plain forms while every offset still
 * points into the original text.
 */

import { FOLD_PAIRS, FOLD_TABLE_SIZE, LOWER_PAIRS, WORD_RUNS } from './fold-data';
import { IGNORABLE, IGNORABLE_WORD, SPACE, WORD } from './fold-rules';

export { IGNORABLE, isCombiningUnit } from './fold-rules';

const TABLE_SIZE = FOLD_TABLE_SIZE;
const foldTable = new Uint16Array(TABLE_SIZE);
const wordTable = new Uint8Array(TABLE_SIZE);
/** Folded and lower-cased in one lookup: the matcher's inner loop reads only this table. */
const foldLowerTable = new Uint16Array(TABLE_SIZE);

/** Whether a unit is invisible inside a word (see IGNORABLE). */
export function isIgnorableUnit(code: number): boolean {
  return code < TABLE_SIZE ? wordTable[code] === IGNORABLE_WORD : code === 0xfeff || (code >= 0xfe20 && code <= 0xfe2f);
}

// The tables come written from their rules (fold-rules.ts, by scripts/write-fold-data.ts): reading
// the pairs takes well under a millisecond, running the rules on every page load took tens (issue 15).
for (let code = 0; code < TABLE_SIZE; code++) foldTable[code] = code;
for (let i = 0; i < FOLD_PAIRS.length; i += 2) foldTable[FOLD_PAIRS.charCodeAt(i)] = FOLD_PAIRS.charCodeAt(i + 1);
foldLowerTable.set(foldTable);
for (let i = 0; i < LOWER_PAIRS.length; i += 2) foldLowerTable[LOWER_PAIRS.charCodeAt(i)] = LOWER_PAIRS.charCodeAt(i + 1);
for (let i = 0; i < WORD_RUNS.length; i += 2) {
  const to = i + 2 < WORD_RUNS.length ? WORD_RUNS.charCodeAt(i + 2) : TABLE_SIZE;
  wordTable.fill(WORD_RUNS.charCodeAt(i + 1), WORD_RUNS.charCodeAt(i), to);
}

/** The folded unit, case kept. */
export function foldUnit(code: number): number {
  return code < TABLE_SIZE ? (foldTable[code] as number) : isIgnorableUnit(code) ? IGNORABLE : code;
}

/** The folded, lower-cased unit. */
export function foldLowerUnit(code: number): number {
  return code < TABLE_SIZE ? (foldLowerTable[code] as number) : isIgnorableUnit(code) ? IGNORABLE : lowerUnit(code);
}

/** Whether a unit is part of a word (letters and digits of any script). */
export function isWordUnit(code: number): boolean {
  // CJK and beyond count as letters, except the BOM and the combining half marks.
  return code < TABLE_SIZE ? wordTable[code] === WORD : code >= 0x3040 && !isIgnorableUnit(code);
}

/** Lower case for one already-folded unit (ASCII fast path). */
export function lowerUnit(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/**
 * Folds a dictionary form the way the matcher reads text: units folded, ignorable units dropped,
 * runs of spaces collapsed, ends trimmed; lower-cased unless `keepCase`.
 */
export function normaliseForm(form: string, keepCase = false): string {
  let out = '';
  let lastSpace = true;
  for (let i = 0; i < form.length; i++) {
    const unit = form.charCodeAt(i);
    const c = keepCase ? foldUnit(unit) : foldLowerUnit(unit);
    if (c === IGNORABLE) continue;
    if (c === SPACE) {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    out += String.fromCharCode(c);
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}
