/**
 * Finds dictionary forms in text: at each word start, walk the trie as far as the folded text
 * allows and keep the longest form that ends on a word boundary. Matches never overlap: after a
 * match the scan resumes at its end. Runs of spaces in the text match one space in a form.
 */
import type { Matcher, TrieNode } from './compile-matcher';
import type { RawMatch } from './dictionary-entry';
import { foldUnit, isWordUnit, lowerUnit } from './normalise';

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

export function findMatches(matcher: Matcher, text: string, into: RawMatch[] = []): RawMatch[] {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    // Only start at a word start (or on a non-word unit such as "+" that a form may begin with).
    if (!isWordUnit(c0) || (i > 0 && isWordUnit(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let at: TrieNode | undefined = matcher.root;
    let bestEnd = -1;
    let bestEntries: RawMatch['entries'] | undefined;
    let j = i;
    let prevSpace = false;
    while (j < n && at) {
      const folded = foldUnit(text.charCodeAt(j));
      if (folded === SPACE && prevSpace) {
        j++;
        continue;
      }
      prevSpace = folded === SPACE;
      at = at.next?.get(lowerUnit(folded));
      j++;
      if (at?.entries && (j >= n || !isWordUnit(text.charCodeAt(j)) || !isWordUnit(text.charCodeAt(j - 1)))) {
        const ok = at.entries.filter((e) => e.exact === undefined || e.exact === exactFold(text, i, j));
        if (ok.length > 0) {
          bestEnd = j;
          bestEntries = ok.map((e) => e.entry);
        }
      }
    }
    if (bestEntries && bestEnd > i) {
      into.push({ start: i, end: bestEnd, text: text.slice(i, bestEnd), entries: bestEntries });
      i = bestEnd;
    } else i++;
  }
  return into;
}
