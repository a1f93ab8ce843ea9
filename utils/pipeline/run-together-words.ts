/**
 * Two words run together by a bad extraction ("South ChinaSea", "ASEAN RegionalForum",
 * "MalaccaStrait") do not stop a multi-word term: where a lower-case letter meets a capital
 * inside a word, the text around it is matched again with a space put there, and a term or body
 * whose form spans that join is kept, its offsets mapped back to the page. People are left out
 * ("McCain" is not "Mc Cain"), and only the few places with such a join are matched again.
 */
import { findMatches } from '../match/find-matches';
import type { RawMatch } from '../model/dictionary-entry';
import type { MatchStage } from './match-stages';

const JOIN = /\p{Ll}{2}(?=\p{Lu}\p{Ll})/gu;
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
  const joins = new Set<number>();
  for (const m of text.matchAll(JOIN)) joins.add(m.index + m[0].length);
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
  *run({ page, matcher, into }) {
    const found: RawMatch[] = [];
    for (let i = 0; i < page.blocks.length; i++) {
      const block = page.blocks[i]?.text ?? '';
      JOIN.lastIndex = 0;
      const first = JOIN.exec(block);
      if (!first) continue;
      const blockStart = page.blockStarts[i] as number;
      // Windows around the joins, merged where they touch, each cut at a space.
      let at: RegExpExecArray | null = first;
      while (at) {
        let from = Math.max(0, at.index - REACH);
        let to = Math.min(block.length, at.index + REACH);
        JOIN.lastIndex = at.index + at[0].length;
        at = JOIN.exec(block);
        while (at && at.index - REACH <= to) {
          to = Math.min(block.length, at.index + REACH);
          at = JOIN.exec(block);
        }
        if (from > 0) from = block.indexOf(' ', from) + 1 || from;
        if (to < block.length) to = block.lastIndexOf(' ', to) > from ? block.lastIndexOf(' ', to) : to;
        const { text, origin, spaces } = respace(block.slice(from, to));
        for (const m of findMatches(matcher, text)) {
          if (!spaces.some((s) => s > m.start && s < m.end)) continue;
          const entries = m.entries.filter((e) => e.kind === 'term' || e.kind === 'organization');
          if (entries.length === 0) continue;
          const start = blockStart + from + (origin[m.start] as number);
          const end = blockStart + from + (origin[m.end - 1] as number) + 1;
          found.push({ start, end, text: block.slice(start - blockStart, end - blockStart), entries });
        }
      }
      yield;
    }
    if (found.length === 0) return;
    for (const m of found) into.push(m);
    into.sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
