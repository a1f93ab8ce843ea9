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

const TABLE_SIZE = 0x3000;
const foldTable = new Uint16Array(TABLE_SIZE);
const wordTable = new Uint8Array(TABLE_SIZE);
/** Folded and lower-cased in one lookup: the matcher's inner loop reads only this table. */
const foldLowerTable = new Uint16Array(TABLE_SIZE);
const SPACE = 32;
/** What an ignorable unit folds to (U+0000 itself is folded to a space). */
export const IGNORABLE = 0;

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

/** Whether a unit is invisible inside a word (see IGNORABLE). */
export function isIgnorableUnit(code: number): boolean {
  return code < TABLE_SIZE ? wordTable[code] === 2 : code === 0xfeff || (code >= 0xfe20 && code <= 0xfe2f);
}

for (let code = 0; code < TABLE_SIZE; code++) {
  const ch = String.fromCharCode(code);
  let folded = code;
  if (isInvisibleFormat(code) || isCombiningUnit(code)) {
    foldTable[code] = IGNORABLE;
    foldLowerTable[code] = IGNORABLE;
    wordTable[code] = 2;
    continue;
  }
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
  foldTable[code] = folded;
  wordTable[code] = /[\p{L}\p{N}]/u.test(String.fromCharCode(folded)) ? 1 : 0;
  const lower = String.fromCharCode(folded).toLowerCase();
  foldLowerTable[code] = lower.length === 1 ? lower.charCodeAt(0) : folded;
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
  return code < TABLE_SIZE ? wordTable[code] === 1 : code >= 0x3040 && !isIgnorableUnit(code);
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
