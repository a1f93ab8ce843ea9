/**
 * A name the corpus knows can belong to someone else: an actor, a footballer or a singer of the same
 * name ("Actor Kim Seon-ho"). When the page introduces a person by such an occupation, every mention
 * of that name on the page is someone else's, and none is marked.
 */
import type { Mention } from '../model/mention';

/** Occupations news writes straight before a name ("Actor Kim Seon-ho", "striker Lee Kang-in"). */
const OTHER_OCCUPATIONS = new Set(
  'actor actress singer rapper idol star footballer striker midfielder defender goalkeeper winger cricketer batter batsman bowler golfer swimmer boxer coach chef novelist painter comedian model'.split(
    ' ',
  ),
);
const SPACE = /\s/;
const LETTER = /\p{L}/u;

/**
 * Whether the word right before `start` (white space between, within 24 characters) is an
 * occupation ("tennis player" too). Read backwards character by character: a regular expression
 * anchored at the end of the slice was tried at every position of it, for every person mention.
 */
function occupationBefore(text: string, start: number): boolean {
  const limit = Math.max(0, start - 24);
  let i = start;
  while (i > limit && SPACE.test(text[i - 1] as string)) i--;
  if (i === start) return false;
  let j = i;
  while (j > limit && LETTER.test(text[j - 1] as string)) j--;
  if (j === i || (j > 0 && LETTER.test(text[j - 1] as string))) return false;
  const word = text.slice(j, i).toLowerCase();
  if (word !== 'player') return OTHER_OCCUPATIONS.has(word);
  return j - 7 >= limit && /^tennis\s$/i.test(text.slice(j - 7, j));
}

export function dropNamesakes(text: string, mentions: Mention[]): Mention[] {
  const elsewhere = new Set<string>();
  for (const m of mentions) if (m.kind === 'person' && m.via !== 'short-name' && occupationBefore(text, m.start)) elsewhere.add(m.id);
  return elsewhere.size === 0 ? mentions : mentions.filter((m) => m.kind !== 'person' || !elsewhere.has(m.id));
}
