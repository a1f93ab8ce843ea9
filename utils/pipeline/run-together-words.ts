/**
 * Two words run together by a bad extraction ("South ChinaSea", "ASEAN RegionalForum",
 * "MalaccaStrait") do not stop a multi-word term: where a lower-case letter meets a capital
 * inside a word, the text around it is matched again with a space put there, and a term or body
 * whose form spans that join is kept, its offsets mapped back to the page. People are left out
 * ("McCain" is not "Mc Cain"), and only the few places with such a join are matched again.
 */
import { blockIndexAt } from '../extract/page-text';
import { findMatches } from '../match/find-matches';
import type { RawMatch } from '../model/dictionary-entry';
import type { MatchStage } from './match-stages';
import { findInPieces, PIECE_CHARS } from './text-pieces';

/**
 * Where a join is: two lower-case letters, then a capital and a lower-case one ("naSe" in
 * "ChinaSea"); the offset of the capital. A plain two-character pattern over the whole page costs
 * a few ms on 5 MB (a Unicode-class or look-ahead pattern, or a loop per block, costs 10 to 100
 * times that). ASCII letters only: the terms are English.
 */
export function findJoins(text: string): number[] {
  const out: number[] = [];
  const lower = (c: number) => c >= 97 && c <= 122;
  for (const m of text.matchAll(/[a-z][A-Z]/g)) {
    const i = m.index + 1;
    if (lower(text.charCodeAt(i - 2)) && lower(text.charCodeAt(i + 1))) out.push(i);
  }
  return out;
}

/** How much text around a join is matched again: longer than any term form that could span it. */
const REACH = 60;

export interface Respaced {
  text: string;
  /** For each character of `text`, its offset in the original (an inserted space maps to the next). */
  origin: number[];
  /** Offsets in `text` of the inserted spaces. */
  spaces: number[];
}

/** `text` with a space at every lower-to-capital join ("ChinaSea" -> "China Sea"). */
export function respace(text: string): Respaced {
  const joins = new Set(findJoins(text));
  let out = '';
  const origin: number[] = [];
  const spaces: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (joins.has(i)) {
      spaces.push(out.length);
      out += ' ';
      origin.push(i);
    }
    out += text[i];
    origin.push(i);
  }
  return { text: out, origin, spaces };
}

export const runTogetherWordsStage: MatchStage = {
  name: 'run-together-words',
  *run({ page, matcher, into, pieceChars = PIECE_CHARS }) {
    const found: RawMatch[] = [];
    // The joins, block by block (none runs across a block's separator), a very long block in pieces.
    const all: number[] = [];
    for (let i = 0; i < page.blocks.length; i++) {
      const block = page.blocks[i]?.text ?? '';
      const blockStart = page.blockStarts[i] as number;
      if (block.length <= pieceChars) {
        for (const at of findJoins(block)) all.push(blockStart + at);
        if ((i & 255) === 255) yield;
        continue;
      }
      for (const inPiece of findInPieces(block, (piece) => findJoins(piece).map((at) => ({ start: at, end: at })), { size: pieceChars })) {
        for (const m of inPiece) all.push(blockStart + m.start);
        yield;
      }
    }
    // Windows around the joins, merged where they touch, within one block, each cut at a space.
    for (let j = 0; j < all.length; ) {
      const i = blockIndexAt(page, all[j] as number);
      const block = page.blocks[i]?.text ?? '';
      const blockStart = page.blockStarts[i] as number;
      const at = (k: number) => (all[k] as number) - blockStart;
      let from = Math.max(0, at(j) - REACH);
      let to = Math.min(block.length, at(j) + REACH);
      // A window stops growing at a piece's length (a long run of joined words): the next one reads on from REACH before its first join.
      for (j++; j < all.length && at(j) < block.length && at(j) - REACH <= to && to - from < pieceChars; j++)
        to = Math.min(block.length, at(j) + REACH);
      if (from > 0) from = block.indexOf(' ', from) + 1 || from;
      if (to < block.length) to = block.lastIndexOf(' ', to) > from ? block.lastIndexOf(' ', to) : to;
      const { text, origin, spaces } = respace(block.slice(from, to));
      for (const m of findMatches(matcher, text)) {
        if (!spaces.some((s) => s > m.start && s < m.end)) continue;
        const entries = m.entries.filter((e) => e.kind === 'term' || e.kind === 'organization');
        if (entries.length === 0) continue;
        const start = blockStart + from + (origin[m.start] as number);
        const end = blockStart + from + (origin[m.end - 1] as number) + 1;
        // Windows cut from one long run overlap: a match they share is kept once.
        if (found.length > 0 && start < (found[found.length - 1] as RawMatch).end) continue;
        found.push({ start, end, text: block.slice(start - blockStart, end - blockStart), entries });
      }
      yield;
    }
    if (found.length === 0) return;
    for (const m of found) into.push(m);
    into.sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
