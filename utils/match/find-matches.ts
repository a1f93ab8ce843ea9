/**
 * Finds dictionary forms in text: at each word start, walk each trie as far as the folded text
 * allows and keep the longest form that ends on a word boundary. Matches never overlap: after a
 * match the scan resumes at its end. Runs of spaces in the text match one space in a form.
 * The inner loop folds on the fly through one table lookup per unit and allocates nothing until
 * a form actually ends. Ignorable units (soft hyphens, zero-width characters, combining marks:
 * normalise.ts) are stepped over without moving in the trie, so they never break a word, and the
 * match's offsets still cover them. A match inside a URL or a slug ("example.org/people/lloyd-austin")
 * is dropped: there it names a page, not a mention.
 */

import type { DictionaryEntry, RawMatch } from '../model/dictionary-entry';
import { childOf, type FlatTrie, type Matcher, type MatcherLayer } from './compile-matcher';
import { foldLowerUnit, foldUnit, IGNORABLE, isCombiningUnit, isIgnorableUnit, isWordUnit } from './normalise';

const SPACE = 32;

/** The text between start and end folded with case kept and spaces collapsed, for the case check. */
function exactFold(text: string, start: number, end: number): string {
  let out = '';
  let lastSpace = false;
  for (let i = start; i < end; i++) {
    const c = foldUnit(text.charCodeAt(i));
    if (c === IGNORABLE) continue;
    if (c === SPACE) {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    out += String.fromCharCode(c);
  }
  return out;
}

/** Entries of a terminal group that apply here: not suppressed, and in the right case. */
function acceptedEntries(
  trie: FlatTrie,
  group: number,
  suppressed: ReadonlySet<string>,
  text: string,
  start: number,
  end: number,
  anchors: boolean,
) {
  let out: DictionaryEntry[] | undefined;
  let exact: string | undefined;
  let first = -1;
  for (const e of trie.groups[group] ?? []) {
    if (suppressed.size > 0 && suppressed.has(e.entry.target)) continue;
    if (!anchors && e.entry.kind === 'name-part') continue;
    if (e.exact !== undefined) {
      // The first unit settles most case checks ("carter" in lower case against "Carter") without
      // folding the whole span into a new string: name parts make such hits common.
      if (first < 0) first = foldUnit(text.charCodeAt(start));
      if (e.exact.charCodeAt(0) !== first && e.capitals?.charCodeAt(0) !== first) continue;
      exact ??= exactFold(text, start, end);
      if (e.exact !== exact && e.capitals !== exact) continue;
    }
    if (out) out.push(e.entry);
    else out = [e.entry];
  }
  return out;
}

/** The first unit at or after `j` that is not ignorable (NaN at the end of the text). */
function nextUnit(text: string, j: number): number {
  while (j < text.length && isIgnorableUnit(text.charCodeAt(j))) j++;
  return text.charCodeAt(j);
}

/** Whether a unit is white space (where a URL or a slug ends). */
const isBreak = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000;

/** How far to look either side of a match for the rest of a URL: longer runs are not worth reading. */
const URL_REACH = 256;
const URL_NEIGHBOUR = new Set([47, 45, 46, 61, 35]);

/**
 * Whether the run of non-space text around a match is a URL or a path: a scheme ("https://"),
 * "www.", a leading "/", or a domain followed by a path ("example.org/"). "ADMM/ADMM-Plus" is none.
 */
const URL_LIKE = /:\/\/|^[("'<[]*(?:www\.|\/)|[a-z0-9-]\.[a-z]{2,}(?::\d+)?\//i;

function inUrl(text: string, start: number, end: number): boolean {
  // Cheap first test: in a URL or a slug, the match touches "/", "-", ".", "=" or "#".
  if (!URL_NEIGHBOUR.has(text.charCodeAt(start - 1)) && !URL_NEIGHBOUR.has(text.charCodeAt(end))) return false;
  let from = start;
  while (from > 0 && start - from < URL_REACH && !isBreak(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < URL_REACH && !isBreak(text.charCodeAt(to))) to++;
  return URL_LIKE.test(text.slice(from, to));
}

/**
 * `anchors`: also report the name parts (kind "name-part") that the name-variant stage starts from;
 * everyone else wants only forms that name something.
 */
export function findMatches(
  matcher: Matcher,
  text: string,
  into: RawMatch[] = [],
  { anchors = false }: { anchors?: boolean } = {},
): RawMatch[] {
  const n = text.length;
  const { layers } = matcher;
  let i = 0;
  let prevWord = false;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const word = isWordUnit(c0);
    // Only start at a word start. An ignorable unit leaves the word it sits in unbroken.
    if (!word && isIgnorableUnit(c0)) {
      i++;
      continue;
    }
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
        if (folded === IGNORABLE) continue;
        if (folded === SPACE) {
          if (prevSpace) continue;
          prevSpace = true;
        } else prevSpace = false;
        node = childOf(trie, node, folded);
        if (node < 0) break;
        const group = trie.terminal[node] as number;
        if (group >= 0 && j >= bestEnd && (j >= n || !isWordUnit(nextUnit(text, j)) || !isWordUnit(text.charCodeAt(j - 1)))) {
          const ok = acceptedEntries(trie, group, suppressed, text, i, j, anchors);
          if (ok) {
            bestEntries = j === bestEnd && bestEntries ? [...bestEntries, ...ok] : ok;
            bestEnd = j;
          }
        }
      }
    }
    if (bestEntries && bestEnd > i) {
      const wordEnd = isWordUnit(text.charCodeAt(bestEnd - 1));
      // Combining marks after the last letter belong to it: the mark covers the whole "à".
      let end = bestEnd;
      while (end < n && isCombiningUnit(text.charCodeAt(end))) end++;
      if (!inUrl(text, i, end)) into.push({ start: i, end, text: text.slice(i, end), entries: bestEntries });
      i = end;
      prevWord = wordEnd;
    } else {
      prevWord = true;
      i++;
    }
  }
  return into;
}
