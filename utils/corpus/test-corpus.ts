/**
 * The small corpus the check-corpus tests (check-corpus.test.ts, source-quality.test.ts) run their
 * checks on: Singapore and its Minister for Defence, with the people a test gives.
 */
import type { Corpus, Person, Role, Source } from './schema';

/** A term as Singapore's Minister for Defence. */
export const defenceRole = (start: string, end: string | null, acting = false): Role => ({
  office: 'sg-defence',
  title: 'Minister for Defence',
  start,
  end,
  acting,
});

/** Singapore, its defence ministry (both citing `source`) and `people`; `extra` replaces any part. */
export function singaporeCorpus(people: Person[], source: Source, extra: Partial<Corpus> = {}): Corpus {
  return {
    version: 't',
    countries: [
      {
        id: 'SG',
        name: 'Singapore',
        aliases: [],
        shortForms: [],
        demonyms: [],
        aseanMember: true,
        plusPartner: false,
        sources: [source],
        unverified: [],
      },
    ],
    offices: [
      {
        id: 'sg-defence',
        country: 'SG',
        name: 'Minister for Defence',
        kind: 'defence',
        titles: ['Defence Minister'],
        timelineComplete: false,
        vacancies: [],
        sources: [source],
        unverified: [],
      },
    ],
    people,
    meetings: [],
    terms: [],
    ambiguities: [],
    ...extra,
  };
}
