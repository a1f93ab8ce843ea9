/**
 * Finds dictionary forms in text: at each word start, walk each trie as far as the folded text
 * allows and keep the longest form that ends on a word boundary. Matches never overlap: after a
 * match the scan resumes at its end. Runs of spaces in the text match one space in a form.
 * The inner loop folds on the fly through one table lookup per unit and allocates nothing until
 * a form actually ends.
 */

import type { DictionaryEntry, RawMatch } from '../model/dictionary-entry';
import { childOf, type FlatTrie, type Matcher, type MatcherLayer } from './compile-matcher';
import { foldLowerUnit, foldUnit, isWordUnit } from './normalise';

const SPACE = 32;

/** The text between start and end folded with case kept and spaces collapsed, for the case check. */
function exactFold(text: string, start: number, end: number): string {
  let out = '';
  let lastSpace = false;
  for (let i = start; i < end; i++) {
    const c = foldUnit(text.charCodeAt(i));
    if (c === SPACE) {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    out += String.fromCharCode(c);
  }
  return out;
}

/** Entries of a terminal group that apply here: not suppressed, and in the right case. */
function acceptedEntries(trie: FlatTrie, group: number, suppressed: ReadonlySet<string>, text: string, start: number, end: number) {
  let out: DictionaryEntry[] | undefined;
  let exact: string | undefined;
  for (const e of trie.groups[group] ?? []) {
    if (suppressed.size > 0 && suppressed.has(e.entry.target)) continue;
    if (e.exact !== undefined) {
      exact ??= exactFold(text, start, end);
      if (e.exact !== exact) continue;
    }
    if (out) out.push(e.entry);
    else out = [e.entry];
  }
  return out;
}

export function findMatches(matcher: Matcher, text: string, into: RawMatch[] = []): RawMatch[] {
  const n = text.length;
  const { layers } = matcher;
  let i = 0;
  let prevWord = false;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const word = isWordUnit(c0);
    // Only start at a word start.
    if (!word || prevWord) {
      prevWord = word;
      i++;
      continue;
    }
    let bestEnd = -1;
    let bestEntries: DictionaryEntry[] | undefined;
    for (let t = 0; t < layers.length; t++) {
      const { trie, suppressed } = layers[t] as MatcherLayer;
      let node = 0;
      let j = i;
      let prevSpace = false;
      while (j < n) {
        const folded = foldLowerUnit(text.charCodeAt(j));
        j++;
        if (folded === SPACE) {
          if (prevSpace) continue;
          prevSpace = true;
        } else prevSpace = false;
        node = childOf(trie, node, folded);
        if (node < 0) break;
        const group = trie.terminal[node] as number;
        if (group >= 0 && j >= bestEnd && (j >= n || !isWordUnit(text.charCodeAt(j)) || !isWordUnit(text.charCodeAt(j - 1)))) {
          const ok = acceptedEntries(trie, group, suppressed, text, i, j);
          if (ok) {
            bestEntries = j === bestEnd && bestEntries ? [...bestEntries, ...ok] : ok;
            bestEnd = j;
          }
        }
      }
    }
    if (bestEntries && bestEnd > i) {
      into.push({ start: i, end: bestEnd, text: text.slice(i, bestEnd), entries: bestEntries });
      i = bestEnd;
      prevWord = isWordUnit(text.charCodeAt(i - 1));
    } else {
      prevWord = true;
      i++;
    }
  }
  return into;
}
