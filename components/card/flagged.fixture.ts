/** Flagged mentions: a known misspelling, and a title the person did not hold on the article's date. */
import { misspellingFlag, titleFlag } from '../../utils/resolve/fact-check';
import { resolverIndex } from '../../utils/resolve/resolver-index';
import type { CardFixtureBuilder } from './card-fixture';
import { dated, mentionOf, personOf } from './card-fixture';

/** The day of the ASEAN-US informal meeting in Hawaii, which Ashton Carter hosted. */
const HAWAII_DAY = '2016-09-30';

export const flaggedMisspelling: CardFixtureBuilder = (corpus) => {
  const carter = personOf(corpus, 'ashton-carter');
  const flag = misspellingFlag(carter, 'Aston Carter');
  return {
    name: 'flagged-misspelling',
    state: 'A flagged mention: a likely misspelling',
    mention: mentionOf(corpus, carter.id, { text: 'Aston Carter', via: 'misspelling', flags: flag ? [flag] : [] }),
    date: dated(HAWAII_DAY),
    shows: ['Likely misspelling of Ashton Carter', 'Secretary of Defense'],
  };
};

export const flaggedWrongTitle: CardFixtureBuilder = (corpus) => {
  const carter = personOf(corpus, 'ashton-carter');
  const flag = titleFlag({ person: carter, officeIds: ['us-secretary-of-state'], day: HAWAII_DAY, index: resolverIndex(corpus) });
  return {
    name: 'flagged-wrong-title',
    state: 'A flagged mention: the wrong title for the date',
    mention: mentionOf(corpus, carter.id, { text: 'US Secretary of State Ashton Carter', via: 'name', flags: flag ? [flag] : [] }),
    date: dated(HAWAII_DAY),
    shows: [`On ${HAWAII_DAY} Ashton Carter was Secretary of Defense; the Secretary of State was John Kerry`],
  };
};
