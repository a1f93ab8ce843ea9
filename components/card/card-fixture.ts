/**
 * A card fixture: one state of the card, built from the corpus it is shown with, so that it can be
 * seen alone (the card gallery, entrypoints/card-gallery) and checked (card-fixtures.test.ts and
 * test/e2e/card-gallery.e2e.ts) without a news page. Fixtures name real records and take their facts
 * from them; flags and candidates come from the resolution stage's own functions, never typed in.
 */
import type { Corpus } from '../../utils/corpus/schema';
import type { ArticleDate, Flag, Mention, MentionKind, MentionVia } from '../../utils/model/mention';
import { type CardEntity, findEntity } from './card-model';

export interface CardFixture {
  /** Slug: the gallery section's id and test hook. */
  name: string;
  /** The state it shows, in a few words (the gallery's heading). */
  state: string;
  mention: Mention;
  date: ArticleDate;
  /** Text the card must show in this state. */
  shows: string[];
}

export type CardFixtureBuilder = (corpus: Corpus) => CardFixture;

/** The record a fixture is about; a fixture whose record left the corpus says so instead of showing an empty card. */
export function recordOf(corpus: Corpus, id: string): CardEntity {
  const entity = findEntity(corpus, id);
  if (!entity) throw new Error(`card fixture: no record "${id}" in the corpus`);
  return entity;
}

export function personOf(corpus: Corpus, id: string) {
  const entity = recordOf(corpus, id);
  if (entity.kind !== 'person') throw new Error(`card fixture: "${id}" is not a person`);
  return entity.record;
}

const kindOf = (entity: CardEntity): MentionKind =>
  entity.kind === 'term' && entity.record.category === 'organisation' ? 'organization' : entity.kind;

/** A mention of a record as the pipeline hands it to the card: at the start of the text, as written. */
export function mentionOf(
  corpus: Corpus,
  id: string,
  { text, via = 'name', flags = [], candidates }: { text?: string; via?: MentionVia; flags?: Flag[]; candidates?: string[] } = {},
): Mention {
  const entity = recordOf(corpus, id);
  const name = entity.kind === 'term' ? entity.record.label : entity.record.name;
  const written = text ?? name;
  return {
    start: 0,
    end: written.length,
    text: written,
    kind: kindOf(entity),
    id,
    name,
    via,
    flags,
    ...(candidates ? { candidates } : {}),
  };
}

/** An article date as the date detector reports it. */
export const dated = (date: string | null): ArticleDate => (date ? { date, source: 'meta' } : { date: null, source: 'none' });
