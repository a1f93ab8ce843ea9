/**
 * Possessives and honorifics belong to the mention: "Kihara's", "Kihara’s", "Gen. Phan Van Giang",
 * "Senior Lt. Gen. Phan Van Giang", "Dr Ng". Extends a person mention's span over them.
 */
import { ADDRESS_BEFORE_NAME } from '../lexicon/honorifics';
import type { Mention } from '../model/mention';

/** The address right before the mention, ending where the name starts. */
const ADDRESS = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${ADDRESS_BEFORE_NAME})$`, 'u');
const POSSESSIVE = /^['’]s?(?![\p{L}\p{N}])/u;

export function attachAffixes(text: string, mention: Mention): Mention {
  if (mention.kind !== 'person') return mention;
  let { start, end } = mention;
  const before = text.slice(Math.max(0, start - 40), start);
  const h = ADDRESS.exec(before);
  if (h?.[1]) start -= h[1].length;
  const p = POSSESSIVE.exec(text.slice(end, end + 3));
  if (p) end += p[0].length;
  return start === mention.start && end === mention.end ? mention : { ...mention, start, end, text: text.slice(start, end) };
}
