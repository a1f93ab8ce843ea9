/** A meeting described, not named, in words that fit more than one meeting in the corpus. */
import { resolveMeetingDescriptions } from '../../utils/resolve/meeting-descriptions';
import { resolverIndex } from '../../utils/resolve/resolver-index';
import type { CardFixtureBuilder } from './card-fixture';
import { dated, recordOf } from './card-fixture';

/** Our own sentence: with no article date, it fits each ASEAN-US informal meeting held in Singapore. */
const SENTENCE = 'Defence ministers of ASEAN and the US sat down for an informal meeting in Singapore.';

export const ambiguousMeeting: CardFixtureBuilder = (corpus) => {
  const found = resolveMeetingDescriptions({ text: SENTENCE, day: null, index: resolverIndex(corpus), meetingMentions: [] });
  const mention = found.find((m) => (m.candidates?.length ?? 0) > 1);
  if (!mention) throw new Error(`card fixture: "${SENTENCE}" no longer fits several meetings`);
  const names = (mention.candidates ?? []).map((id) => {
    const e = recordOf(corpus, id);
    return e.kind === 'term' ? e.record.label : e.record.name;
  });
  return {
    name: 'meeting-ambiguous',
    state: 'An ambiguous meeting: the candidates it may be',
    mention,
    date: dated(null),
    shows: ['This description fits several meetings', ...names],
  };
};
