/**
 * `npx tsx scripts/write-fold-data.ts`: writes utils/match/fold-data.ts, the folding tables of
 * normalise.ts computed from their rules (utils/match/fold-rules.ts), so that no page load runs
 * ~12,000 regular-expression tests to build them (issue 15). fold-data.test.ts fails when the
 * written tables no longer follow the rules: run this again after changing them.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeFoldData } from '../utils/match/fold-rules';

export const FOLD_TABLE_SIZE = 0x3000;

/** A string literal that any parser reads back exactly (ASCII, with \u escapes for the rest, quotes too, as biome formats it). */
export function literal(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x27 && c !== 0x5c ? s[i] : `\\u${c.toString(16).padStart(4, '0')}`;
  }
  return `'${out}'`;
}

export function foldDataSource(): string {
  const { foldPairs, lowerPairs, wordRuns } = encodeFoldData(FOLD_TABLE_SIZE);
  return `// Written by scripts/write-fold-data.ts from utils/match/fold-rules.ts: do not edit (fold-data.test.ts checks it).
// Pairs of UTF-16 units: (unit, folded), (unit, folded and lower-cased) where that differs, (first unit, word class).
export const FOLD_TABLE_SIZE = ${FOLD_TABLE_SIZE};
export const FOLD_PAIRS =
  ${literal(foldPairs)};
export const LOWER_PAIRS =
  ${literal(lowerPairs)};
export const WORD_RUNS =
  ${literal(wordRuns)};
`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const out = resolve(import.meta.dirname, '../utils/match/fold-data.ts');
  writeFileSync(out, foldDataSource());
  console.log(`wrote ${out}`);
}
