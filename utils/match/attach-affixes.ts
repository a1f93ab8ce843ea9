/**
 * Possessives and honorifics belong to the mention: "Kihara's", "Kihara’s", "Gen. Phan Van Giang",
 * "Senior Lt. Gen. Phan Van Giang", "Dr Ng". Extends a person mention's span over them.
 */
import type { Mention } from '../model/mention';

const HONORIFIC =
  /(?:^|[^\p{L}\p{N}])((?:(?:Senior|Sr\.?|Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?|Vice|Rear|Air|Chief|Marshal)\s+)*(?:General|Gen\.|Gen|Admiral|Adm\.|Adm|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Madam|Datuk Seri|Dato' Sri|Dato Sri|Datuk|Dato'|Dato|Tan Sri|Dr|Pehin|Pengiran|President|Minister)\s+)$/u;
const POSSESSIVE = /^['’]s?(?![\p{L}\p{N}])/u;

export function attachAffixes(text: string, mention: Mention): Mention {
  if (mention.kind !== 'person') return mention;
  let { start, end } = mention;
  const before = text.slice(Math.max(0, start - 40), start);
  const h = HONORIFIC.exec(before);
  if (h?.[1]) start -= h[1].length;
  const p = POSSESSIVE.exec(text.slice(end, end + 3));
  if (p) end += p[0].length;
  return start === mention.start && end === mention.end ? mention : { ...mention, start, end, text: text.slice(start, end) };
}
