/**
 * The short names a person goes by after a full mention: those the corpus declares ("Giang",
 * "Tok Mat") and those their culture implies when the corpus lists none: Vietnamese people by the
 * last given name ("Minh"), Malay, Bruneian and Indonesian people by the given name ("Khaled"), and
 * Thai and Lao people also by the family name once named in full ("Wongsuwan", "Chanyalath"),
 * people of given-first cultures by the family name ("Singh"). The matcher also takes a name in
 * capitals, as Japan's ministry writes family names ("Minister KIHARA"): see compile-matcher.ts.
 */
import type { Person } from '../corpus/schema';
import { isHonorific } from '../lexicon/honorifics';
import { foldName, NAME_PARTICLES } from './name-parts';

/** Abbreviations of Muhammad, never used alone for a person. */
const ABBREVIATED = new Set(['mohd', 'md']);
const MUHAMMAD = new Set(['mohamed', 'mohamad', 'mohammad', 'mohammed', 'muhammad', 'muhamad']);
/** Cultures whose short form is not simply the family name written last. */
const OWN_RULES = new Set(['VN', 'MY', 'BN', 'ID', 'TH', 'LA', 'KH', 'MM', 'CN', 'JP', 'KR', 'KP', 'TW', 'SG']);
const cache = new WeakMap<Person, string[]>();

function derivedFrom(written: string, country: string): string[] {
  const parts = written.split(/\s+/).filter((p) => p && !NAME_PARTICLES.has(foldName(p)) && !/\.$/.test(p) && !isHonorific(p));
  if (parts.length < 2) return [];
  // "Mohamed Khaled Nordin" is Khaled; "Mohamad Sabu" may be Mohamad.
  const first = parts.find((p, i) => !ABBREVIATED.has(foldName(p)) && !(parts.length >= 3 && i === 0 && MUHAMMAD.has(foldName(p))));
  const last = parts.at(-1) as string;
  switch (country) {
    case 'VN':
      return [last];
    case 'MY':
    case 'BN':
    case 'ID':
      return first && first !== last ? [first] : [];
    case 'TH':
    case 'LA':
      return last.length >= 5 ? [parts[0] as string, last] : [parts[0] as string];
    default:
      // Given name first, family name last ("Singh" for Rajnath Singh, "Marles" for Richard Marles).
      return OWN_RULES.has(country) || last.length < 4 ? [] : [last];
  }
}

function derived(person: Person): string[] {
  return [person.name, ...person.aliases].flatMap((written) => derivedFrom(written, person.country));
}

export function shortNamesOf(person: Person): string[] {
  let names = cache.get(person);
  if (!names) {
    names = [...new Set([...person.shortNames, ...derived(person).filter((n) => n.length >= 3 && /^\p{Lu}/u.test(n))])];
    cache.set(person, names);
  }
  return names;
}
