/**
 * People's names cut into parts, for recognising the ways articles write them that no dictionary
 * form lists: misspellings ("Lloyd Austen"), romanisation variants ("Souksavanh"/"Souksavan"),
 * family-first and given-first order ("Kihara Minoru"), a dropped middle part or initial. Built
 * once per corpus from every person's name and aliases; the finder in match/find-name-variants.ts
 * reads it.
 */
import type { Corpus } from '../corpus/schema';
import { isHonorific } from '../lexicon/honorifics';

export interface NamePart {
  /** Folded: lower case, no diacritics ("văn" -> "van"). */
  text: string;
  /** Romanisation key: spellings that outlets use interchangeably share it (romanisationKey). */
  key: string;
  /** Initials and generational suffixes ("N.", "Jr.", "III") may be left out. */
  optional: boolean;
  /** Keyed the Korean way too (romanisationKey's `korean`): the token is keyed the same way. */
  korean?: boolean;
}

export interface NameForm {
  person: string;
  parts: NamePart[];
  /** Cultures that write the family name first: given-first order is a variant, not an error. */
  familyFirst: boolean;
}

export interface NameIndex {
  forms: NameForm[];
  /** Folded part -> the forms that hold it. */
  formsByPart: Map<string, number[]>;
  /** Folded part -> how many people hold it (a part of one person only is distinctive). */
  peopleByPart: Map<string, number>;
  /**
   * Person -> every part their name and aliases spell: a part written as one of them spells it
   * ("Prayut" from the name, "Chan-ocha" from an alias) is attested, not misspelt.
   */
  partsByPerson: Map<string, Set<string>>;
}

/** Countries whose people's names are written family name first. */
const FAMILY_FIRST = new Set(['CN', 'JP', 'KR', 'KP', 'VN', 'TW']);
/** Korean names: 'eo' and 'u' are one vowel romanised two ways (Jeong/Jung, Kyeong/Kyung, Seong/Sung). */
const KOREAN = new Set(['KR', 'KP']);

/** Patronymic and other particles between name parts ("bin", "binti"): not parts of their own. */
export const NAME_PARTICLES = new Set(['bin', 'binti', 'bte', 'bt', 'b.', 'al', 'el']);
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/;
const INITIAL = /^\p{L}\.$/u;
/** Two or more initials written together or spaced ("A.K.", "A. K."): one part, folded "ak". */
const INITIALS_RUN = /^(?:\p{L}\.[ \u00a0]?){2,}$/u;

/** The folded part a run of initials stands for ("A.K." and "A. K." -> "ak"), else undefined. */
export function initialsPart(written: string): string | undefined {
  return INITIALS_RUN.test(written.trim()) ? foldName(written).replace(/[.\s\u00a0]/g, '') : undefined;
}

/** Lower case, without diacritics, with a plain apostrophe; ASCII needs no Unicode pass. */
export function foldName(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range test itself
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/[\p{M}\u00ad\u200b-\u200d\u2060\ufeff]/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

/** One Malay and Arabic given name, many spellings. */
const MUHAMMAD = new Set(['mohd', 'md', 'mohamed', 'mohamad', 'mohammad', 'mohammed', 'muhammad', 'muhamad', 'muhammed', 'mohamud']);

/**
 * Spellings that outlets use for one sound collapse to one key: x/s, ou/oo/u/o, y/i, ph/p, th/t,
 * kh/k, dh/d, ch/j, doubled letters, a final h or e, hyphens. Two parts with the same key are the
 * same name romanised two ways.
 */
export function romanisationKey(folded: string, korean = false): string {
  if (MUHAMMAD.has(folded)) return 'muhammad';
  let k = folded.replace(/[-'.]/g, '');
  if (korean) k = k.replace(/eo/g, 'u');
  k = k.replace(/ph/g, 'p').replace(/th/g, 't').replace(/kh/g, 'k').replace(/dh/g, 'd').replace(/ch/g, 'j');
  k = k.replace(/x/g, 's').replace(/ou|oo/g, 'u').replace(/o/g, 'u').replace(/y/g, 'i');
  k = k.replace(/(.)\1+/g, '$1');
  if (k.length > 3) k = k.replace(/[he]$/, '');
  return k;
}

function partsOf(form: string, korean: boolean): NamePart[] | undefined {
  const parts: NamePart[] = [];
  // A leading run of initials ("A. K. Antony") is the given name: one required part, "ak", as the
  // finder reads "A.K." and "AK" on a page. A single initial stays optional ("Lloyd J. Austin").
  const run = /^((?:\p{L}\.[ \u00a0]?){2,})\s/u.exec(form);
  if (run) {
    const text = initialsPart(run[1] as string) as string;
    parts.push({ text, key: text, optional: false });
  }
  for (const raw of form.slice(run ? run[0].length : 0).split(/\s+/)) {
    if (!raw) continue;
    const text = foldName(raw).replace(/,$/, '');
    if (NAME_PARTICLES.has(text)) continue;
    if (!/^\p{L}/u.test(text)) return undefined; // not a Latin-script name (native names)
    const optional = INITIAL.test(text) || SUFFIX.test(text);
    parts.push({
      text: optional ? text : text.replace(/\.$/, ''),
      key: romanisationKey(text, korean && !optional),
      optional,
      ...(korean && !optional ? { korean: true } : {}),
    });
  }
  return parts.filter((p) => !p.optional).length >= 2 ? parts : undefined;
}

/**
 * The parts of a person's names as written ("Prabowo", "Subianto"), capitalised, without initials,
 * suffixes or particles: the dictionary looks for them as anchors of the name-variant stage, so the
 * page's text is walked once for exact forms and anchors together.
 */
export function namePartsOf(person: Pick<Corpus['people'][number], 'name' | 'aliases'>): string[] {
  const parts = new Set<string>();
  for (const written of [person.name, ...person.aliases]) {
    // Initials of the given name, as pages print them together or spaced ("A.K. Anthony"): the
    // anchor when the surname is misspelt. Their own prefilter key is none (prefilter-keys.ts).
    const run = /^((?:\p{Lu}\.[ \u00a0]?){2,})\s/u.exec(written)?.[1] ?? /^(\p{Lu}{2,3})\s/u.exec(written)?.[1];
    if (run) {
      const letters = [...(initialsPart(run) ?? run)].map((c) => c.toUpperCase());
      parts.add(`${letters.join('.')}.`);
      parts.add(`${letters.join('. ')}.`);
    }
    for (const raw of written.split(/\s+/)) {
      const part = raw.replace(/,$/, '');
      const folded = foldName(part);
      if (
        part.length < 2 ||
        !/^\p{Lu}/u.test(part) ||
        NAME_PARTICLES.has(folded) ||
        INITIAL.test(folded) ||
        SUFFIX.test(folded) ||
        isHonorific(part)
      )
        continue;
      parts.add(part);
    }
  }
  return [...parts];
}

const cache = new WeakMap<Corpus['people'], NameIndex>();

export function nameIndex(corpus: Pick<Corpus, 'people'>): NameIndex {
  const hit = cache.get(corpus.people);
  if (hit) return hit;
  const forms: NameForm[] = [];
  const formsByPart = new Map<string, number[]>();
  const holders = new Map<string, Set<string>>();
  const partsByPerson = new Map<string, Set<string>>();
  for (const person of corpus.people) {
    const familyFirst = FAMILY_FIRST.has(person.country);
    const korean = KOREAN.has(person.country);
    const seen = new Set<string>();
    const own = partsByPerson.get(person.id) ?? new Set<string>();
    partsByPerson.set(person.id, own);
    for (const written of [person.name, ...person.aliases]) {
      const parts = partsOf(written, korean);
      if (!parts) continue;
      const sig = parts.map((p) => p.text).join(' ');
      if (seen.has(sig)) continue;
      seen.add(sig);
      const at = forms.length;
      forms.push({ person: person.id, parts, familyFirst });
      for (const p of parts) {
        if (p.optional) continue;
        own.add(p.text);
        const list = formsByPart.get(p.text);
        if (list) {
          if (list.at(-1) !== at) list.push(at);
        } else formsByPart.set(p.text, [at]);
        const who = holders.get(p.text) ?? new Set<string>();
        who.add(person.id);
        holders.set(p.text, who);
      }
    }
  }
  const peopleByPart = new Map([...holders].map(([part, who]) => [part, who.size]));
  const index = { forms, formsByPart, peopleByPart, partsByPerson };
  cache.set(corpus.people, index);
  return index;
}
