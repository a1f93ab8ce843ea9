/**
 * States for the people who write (issue 18): a person's card with the office's timeline and the
 * meetings nearest the article's date, and a flagged card whose Copy gives the correction.
 */
import { titleFlag } from '../../utils/resolve/fact-check';
import { resolverIndex } from '../../utils/resolve/resolver-index';
import type { CardFixtureBuilder } from './card-fixture';
import { dated, mentionOf, personOf } from './card-fixture';

const HAWAII_DAY = '2016-09-30';

export const personWithTimeline: CardFixtureBuilder = (corpus) => {
  const carter = personOf(corpus, 'ashton-carter');
  return {
    name: 'person-timeline',
    state: "A person with the office's holders around the date and the nearest meetings",
    mention: mentionOf(corpus, carter.id),
    date: dated(HAWAII_DAY),
    shows: ['holders around 2016-09-30', 'on this day', `Meetings nearest ${HAWAII_DAY}`, 'Copy'],
  };
};

export const flaggedCopyCorrection: CardFixtureBuilder = (corpus) => {
  const carter = personOf(corpus, 'ashton-carter');
  const flag = titleFlag({ person: carter, officeIds: ['us-secretary-of-state'], day: HAWAII_DAY, index: resolverIndex(corpus) });
  return {
    name: 'flagged-copy-correction',
    state: 'A flagged mention whose Copy gives the correction',
    mention: mentionOf(corpus, carter.id, { text: 'US Secretary of State Ashton Carter', flags: flag ? [flag] : [] }),
    date: dated(HAWAII_DAY),
    shows: ['Copy correction', 'Markdown'],
  };
};
