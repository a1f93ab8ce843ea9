/**
 * Build time: of an English word list, the words a fuzzy name match could take for a name part
 * ("sing" for "Singh", "button" for "Dutton"). Shipped in the matcher snapshot, so that a page
 * checks a word against a few hundred entries instead of carrying the whole dictionary.
 */
import type { Corpus } from '../corpus/schema';
import { foldName, type NamePart, nameIndex, romanisationKey } from '../dictionary/name-parts';
import { fitsNamePart } from './find-name-variants';

export function ordinaryWordsNearNames(corpus: Pick<Corpus, 'people'>, words: Iterable<string>): string[] {
  // Parts filed by first letter and length; an edit fit needs the same first letter and a length
  // within two. Romanisation keys are checked apart, since they may change both.
  const byShape = new Map<string, NamePart[]>();
  const keys = new Set<string>();
  const koreanKeys = new Set<string>();
  for (const form of nameIndex(corpus).forms)
    for (const part of form.parts) {
      if (part.optional) continue;
      const shape = `${part.text[0]}${part.text.length}`;
      byShape.set(shape, [...(byShape.get(shape) ?? []), part]);
      (part.korean ? koreanKeys : keys).add(part.key);
    }
  const near = new Set<string>();
  for (const raw of words) {
    const word = foldName(raw);
    if (word.length < 3 || near.has(word)) continue;
    let found = keys.has(romanisationKey(word)) || koreanKeys.has(romanisationKey(word, true));
    for (let len = word.length - 2; !found && len <= word.length + 2; len++)
      found = (byShape.get(`${word[0]}${len}`) ?? []).some((p) => p.text !== word && fitsNamePart(word, p, '') !== 'none');
    if (found) near.add(word);
  }
  return [...near].sort();
}
