/**
 * Given names and the familiar forms news uses for them ("Pete Hegseth" is "Peter B. Hegseth" in a
 * formal readout): one is a variant of the other, never a misspelling. And the family names so
 * common that a part of them proves nothing: a name anchored on "Kim" or "Nguyen" alone is no
 * evidence of one particular person.
 */
const FAMILIAR: [string, string][] = [
  ['peter', 'pete'],
  ['robert', 'bob'],
  ['robert', 'rob'],
  ['william', 'bill'],
  ['william', 'will'],
  ['joseph', 'joe'],
  ['james', 'jim'],
  ['richard', 'rick'],
  ['richard', 'dick'],
  ['michael', 'mike'],
  ['charles', 'chuck'],
  ['anthony', 'tony'],
  ['antony', 'tony'],
  ['christopher', 'chris'],
  ['daniel', 'dan'],
  ['donald', 'don'],
  ['thomas', 'tom'],
  ['edward', 'ed'],
  ['stephen', 'steve'],
  ['steven', 'steve'],
  ['gregory', 'greg'],
  ['ashton', 'ash'],
  ['gilberto', 'gibo'],
  ['gilbert', 'gibo'],
];

const familiar = new Map<string, Set<string>>();
for (const [a, b] of FAMILIAR) {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const set = familiar.get(x) ?? new Set<string>();
    set.add(y);
    familiar.set(x, set);
  }
}

/** True when two folded given names are one name and its familiar form ("peter", "pete"). */
export const isFamiliarForm = (a: string, b: string): boolean => familiar.get(a)?.has(b) ?? false;

/** Folded family names shared by millions: never enough to anchor a fuzzy match or stand alone. */
export const COMMON_FAMILY_NAMES = new Set([
  'kim',
  'lee',
  'park',
  'choi',
  'jung',
  'jeong',
  'kang',
  'cho',
  'yoon',
  'jang',
  'lim',
  'han',
  'shin',
  'seo',
  'kwon',
  'hwang',
  'ahn',
  'song',
  'nguyen',
  'tran',
  'le',
  'pham',
  'hoang',
  'vu',
  'wang',
  'li',
  'zhang',
  'liu',
  'chen',
  'yang',
  'zhao',
  'huang',
  'zhou',
  'wu',
  'tan',
  'ng',
  'singh',
  'kumar',
  'khan',
  'smith',
  'sato',
  'suzuki',
  'takahashi',
  'tanaka',
]);
