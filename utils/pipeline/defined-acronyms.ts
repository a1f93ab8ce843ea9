/**
 * Acronyms a page defines for itself: "the ADMM Direct Communications Infrastructure (DCI)" makes
 * "DCI" a mention of that term on this page, the parenthesised one and every later bare one. Only
 * right after a term or body the dictionary found, only when the acronym's letters are the
 * initials of the form's last words ("Guidelines for Maritime Interaction (GMI)"), and only where
 * the dictionary found nothing else: a page's own shorthand, never a guess.
 */
import type { DictionaryEntry, RawMatch } from '../model/dictionary-entry';
import type { MatchStage } from './match-stages';
import { findInPieces, PIECE_CHARS } from './text-pieces';

const DEFINITION = /^\s*\(([A-Z][A-Za-z0-9&]{1,9})\)/;
const SMALL_WORDS = new Set(['of', 'for', 'and', 'on', 'the', 'in', 'at', 'to', '&']);

/** Whether the acronym is the initials of the form's last words (small words skipped), two at least. */
export function initialsFit(acronym: string, form: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
  if (letters.length < 2 || (acronym.match(/[A-Z]/g)?.length ?? 0) < 2) return false;
  const words = form
    .split(/[\s\u2010-\u2015-]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < letters.length) return false;
  return (
    words
      .slice(words.length - letters.length)
      .map((w) => w[0]?.toUpperCase())
      .join('') === letters
  );
}

/** Where `acronym` stands in `text` as a word of its own. */
function hitsOf(text: string, acronym: string, re: RegExp): { start: number; end: number }[] {
  if (!text.includes(acronym)) return [];
  return Array.from(text.matchAll(re), (hit) => ({ start: hit.index, end: hit.index + acronym.length }));
}

const isTermEntry = (e: DictionaryEntry) => e.kind === 'term' || e.kind === 'organization';

export const definedAcronymStage: MatchStage = {
  name: 'defined-acronyms',
  *run({ page, into, pieceChars = PIECE_CHARS }) {
    const defined = new Map<string, { entries: DictionaryEntry[]; from: number; re: RegExp }>();
    const found: RawMatch[] = [];
    let taken: Set<number> | undefined;
    let k = 0;
    for (let i = 0; i < page.blocks.length; i++) {
      const block = page.blocks[i]?.text ?? '';
      const blockStart = page.blockStarts[i] as number;
      const blockEnd = blockStart + block.length;
      // Definitions in this block: a term the dictionary found, then "(ACRONYM)".
      for (; k < into.length && (into[k] as RawMatch).start < blockEnd; k++) {
        const m = into[k] as RawMatch;
        if (m.start < blockStart) continue;
        const entries = m.entries.filter(isTermEntry);
        if (entries.length === 0) continue;
        const d = DEFINITION.exec(block.slice(m.end - blockStart, m.end - blockStart + 14));
        const acronym = d?.[1];
        if (!d || !acronym || defined.has(acronym) || !initialsFit(acronym, m.text)) continue;
        defined.set(acronym, {
          entries: entries.map((e) => ({ ...e, form: acronym, caseSensitive: true, via: 'alias' as const })),
          from: m.end + d[0].indexOf(acronym),
          re: new RegExp(`(?<![\\p{L}\\p{N}&-])${acronym}(?![\\p{L}\\p{N}&]|-\\p{L})`, 'gu'),
        });
      }
      if (defined.size > 0) {
        taken ??= new Set(into.map((m) => m.start));
        for (const [acronym, { entries, from, re }] of defined) {
          // Compiled once per acronym, run only on a block that holds it (a page has ~100,000 blocks).
          if (blockEnd <= from) continue;
          const hits =
            block.length > pieceChars
              ? findInPieces(block, (piece) => hitsOf(piece, acronym, re), { size: pieceChars }) // a very long block: a piece at a time
              : [hitsOf(block, acronym, re)];
          for (const inPiece of hits) {
            for (const hit of inPiece) {
              const start = blockStart + hit.start;
              if (start < from || taken.has(start)) continue;
              found.push({ start, end: start + acronym.length, text: acronym, entries });
            }
            if (block.length > pieceChars) yield;
          }
        }
      }
      // A pause point every 32 blocks: most blocks need only the definition check above.
      if ((i & 31) === 31) yield;
    }
    if (found.length === 0) return;
    // Later stages walk the matches in page order.
    for (const m of found) into.push(m);
    into.sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
