/**
 * The corpus that ships inside the extension, read from data/corpus/*.json at build time.
 * Parsing goes through the runtime schema so that defaults are filled and bad data fails loudly.
 */
import ambiguities from '../../data/corpus/ambiguities.json';
import countries from '../../data/corpus/countries.json';
import meetings from '../../data/corpus/meetings.json';
import meta from '../../data/corpus/meta.json';
import offices from '../../data/corpus/offices.json';
import people from '../../data/corpus/people.json';
import terms from '../../data/corpus/terms.json';
import { ambiguitySchema, type Corpus, countrySchema, meetingSchema, officeSchema, personSchema, termSchema } from './schema';

export const BUNDLED_CORPUS_VERSION: string = meta.version;

/** Raw file contents, keyed like a corpus file, for tests and tools that check the files themselves. */
export const BUNDLED_FILES = { countries, offices, people, meetings, terms, ambiguities } as const;

let cached: Corpus | undefined;

/** The bundled corpus, parsed once. Throws with the record's index if a bundled file is invalid. */
export function loadBundledCorpus(): Corpus {
  if (cached) return cached;
  const parseAll = <T>(name: string, items: unknown[], parse: (x: unknown) => T): T[] =>
    items.map((item, i) => {
      try {
        return parse(item);
      } catch (error) {
        throw new Error(`data/corpus/${name}.json[${i}]: ${String(error)}`);
      }
    });
  cached = {
    version: BUNDLED_CORPUS_VERSION,
    countries: parseAll('countries', countries, (x) => countrySchema.parse(x)),
    offices: parseAll('offices', offices, (x) => officeSchema.parse(x)),
    people: parseAll('people', people, (x) => personSchema.parse(x)),
    meetings: parseAll('meetings', meetings, (x) => meetingSchema.parse(x)),
    terms: parseAll('terms', terms, (x) => termSchema.parse(x)),
    ambiguities: parseAll('ambiguities', ambiguities, (x) => ambiguitySchema.parse(x)),
  };
  return cached;
}
