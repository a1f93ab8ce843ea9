/**
 * The short names a person goes by after a full mention: those the corpus declares ("Giang",
 * "Tok Mat") and those their culture implies when the corpus lists none: Vietnamese people by the
 * last given name ("Minh"), Malay, Bruneian and Indonesian people by the given name ("Khaled"), and
 * Thai and Lao people also by the family name once named in full ("Wongsuwan", "Chanyalath").
 */
import type { Person } from '../corpus/schema';
import { isHonorific } from '../lexicon/honorifics';
import { foldName, NAME_PARTICLES } from './name-parts';

const MUHAMMAD = new Set(['mohd', 'md', 'mohamed', 'mohamad', 'mohammad', 'muhammad', 'ahmad']);
const cache = new WeakMap<Person, string[]>();

function derived(person: Person): string[] {
  const parts = person.name.split(/\s+/).filter((p) => p && !NAME_PARTICLES.has(foldName(p)) && !/\.$/.test(p) && !isHonorific(p));
  if (parts.length < 2) return [];
  const first = parts.find((p) => !MUHAMMAD.has(foldName(p)));
  const last = parts.at(-1) as string;
  switch (person.country) {
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
      return [];
  }
}

export function shortNamesOf(person: Person): string[] {
  let names = cache.get(person);
  if (!names) {
    names = [...new Set([...person.shortNames, ...derived(person).filter((n) => n.length >= 3 && /^\p{Lu}/u.test(n))])];
    cache.set(person, names);
  }
  return names;
}
