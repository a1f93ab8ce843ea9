/**
 * A generated corpus file for the import benchmark: terms and people in the corpus format, with
 * invented names, ids prefixed "bench-" so they cannot collide with real records, and an example
 * source address. The records are placeholders for timing: they describe nobody.
 */
import { seededRandom } from './seeded-random';

const SYLLABLES = [
  'an',
  'ba',
  'ko',
  'ri',
  'su',
  'ta',
  'min',
  'hoa',
  'dar',
  'wi',
  'to',
  'lee',
  'chan',
  'pra',
  'bo',
  'gi',
  'kha',
  'led',
  'sen',
  'vu',
];
const COUNTRIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'];
const CATEGORIES = ['mechanism', 'working-group', 'programme', 'agreement', 'concept'] as const;
const SOURCE = {
  title: 'Benchmark placeholder',
  publisher: 'Defence Lens benchmark',
  date: '2024-01-01',
  url: 'https://example.org/bench',
};

export function importFile(records: number, seed = 10_000): string {
  const random = seededRandom(seed);
  const word = () => {
    let s = '';
    for (let i = random.int(2, 3); i > 0; i--) s += random.pick(SYLLABLES);
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const terms: unknown[] = [];
  const people: unknown[] = [];
  for (let i = 0; i < records; i++) {
    if (i % 5 < 3) {
      const label = `${word()} ${word()} Initiative`;
      terms.push({
        id: `bench-term-${i}`,
        label,
        aliases: [`${label} ${i}`],
        caseSensitive: false,
        category: random.pick(CATEGORIES),
        definition: `Placeholder record ${i} written by the benchmark to time imports; it describes nothing real.`,
        sources: [SOURCE],
      });
    } else {
      const name = `${word()} ${word()}`;
      people.push({
        id: `bench-person-${i}`,
        name,
        aliases: [],
        shortNames: [],
        misspellings: [],
        country: random.pick(COUNTRIES),
        summary: `Placeholder person ${i} written by the benchmark to time imports; nobody real.`,
        sources: [SOURCE],
      });
    }
  }
  return JSON.stringify({ format: 'defence-lens-corpus', version: 'bench', terms, people }, null, 1);
}
