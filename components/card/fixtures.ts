/** Every card fixture, in the order the gallery shows them. */
import type { Corpus } from '../../utils/corpus/schema';
import type { CardFixture, CardFixtureBuilder } from './card-fixture';
import { flaggedMisspelling, flaggedWrongTitle } from './flagged.fixture';
import { ambiguousMeeting } from './meeting.fixture';
import { personWithNoRoleOnDate, personWithSeveralRoles } from './person.fixture';
import { termWithRelatedTerms } from './term.fixture';
import { unverifiedFacts } from './unverified.fixture';
import { flaggedCopyCorrection, personWithTimeline } from './writers.fixture';

export type { CardFixture } from './card-fixture';

export const CARD_FIXTURES: readonly CardFixtureBuilder[] = [
  personWithSeveralRoles,
  personWithNoRoleOnDate,
  flaggedMisspelling,
  flaggedWrongTitle,
  ambiguousMeeting,
  unverifiedFacts,
  termWithRelatedTerms,
  personWithTimeline,
  flaggedCopyCorrection,
];

/** Builds every fixture against `corpus`; one whose record is gone comes back as its error. */
export function buildCardFixtures(corpus: Corpus): (CardFixture | Error)[] {
  return CARD_FIXTURES.map((build) => {
    try {
      return build(corpus);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  });
}
