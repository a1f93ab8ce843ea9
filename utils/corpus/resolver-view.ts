/**
 * The resolver's view of the corpus (issue 15): every record without what only a card, the popup
 * or the options page shows (sources, editors' notes, summaries, definitions, outcomes, an
 * office's vacancies). It is what `corpus/snapshot` sends a page: the matcher and the pipeline
 * (utils/match, utils/dictionary, utils/resolve, utils/pipeline, utils/page) read none of the
 * fields left out, which resolver-view.test.ts holds them to (the same mentions and flags on the
 * view as on the whole corpus). A card gets its records whole, by id, when it shows them
 * (`corpus/details`, details-cache.ts).
 *
 * Kept: every name and form (matching), roles and `unverified` (office timelines, fact-checks:
 * a flag is never raised on an unverified fact), meetings' series, dates, place, chair, attendees
 * and related records (meeting descriptions, series, coreference), terms' category, case and
 * expansion (matching), ambiguities.
 */
import type { Ambiguity, Corpus, Country, Meeting, Office, Person, TaggedRecord, Term } from './schema';

/** Fields every record kind carries that only display reads. */
type CommonDisplay = 'sources' | 'notes';

export type PersonView = Omit<Person, CommonDisplay | 'summary'>;
export type MeetingView = Omit<Meeting, CommonDisplay | 'summary' | 'outcomes'>;
export type TermView = Omit<Term, CommonDisplay | 'definition'>;
export type OfficeView = Omit<Office, CommonDisplay | 'vacancies'>;
export type CountryView = Omit<Country, CommonDisplay>;

export interface ResolverView {
  version: string;
  countries: CountryView[];
  offices: OfficeView[];
  people: PersonView[];
  meetings: MeetingView[];
  terms: TermView[];
  ambiguities: Ambiguity[];
}

/** The resolver's view of `corpus`: new objects, the corpus itself is not changed. */
export function resolverView(corpus: Corpus): ResolverView {
  return {
    version: corpus.version,
    countries: corpus.countries.map(({ sources: _s, notes: _n, ...rest }) => rest),
    offices: corpus.offices.map(({ sources: _s, notes: _n, vacancies: _v, ...rest }) => rest),
    people: corpus.people.map(({ sources: _s, notes: _n, summary: _m, ...rest }) => rest),
    meetings: corpus.meetings.map(({ sources: _s, notes: _n, summary: _m, outcomes: _o, ...rest }) => rest),
    terms: corpus.terms.map(({ sources: _s, notes: _n, definition: _d, ...rest }) => rest),
    ambiguities: corpus.ambiguities,
  };
}

/**
 * The view as a `Corpus` for code typed on the whole one (the pipeline, the card): the fields the
 * view leaves out are empty (no sources, an empty summary or definition, no outcomes or vacancies),
 * except for the records in `details`, which are whole. Cheap: one spread per record.
 */
export function corpusFromView(view: ResolverView, details: ReadonlyMap<string, TaggedRecord> = new Map()): Corpus {
  const whole = <K extends TaggedRecord['kind']>(kind: K, id: string) => {
    const d = details.get(id);
    return d && d.kind === kind ? (d.record as Extract<TaggedRecord, { kind: K }>['record']) : undefined;
  };
  return {
    version: view.version,
    countries: view.countries.map((c) => whole('country', c.id) ?? { ...c, sources: [] }),
    offices: view.offices.map((o) => whole('office', o.id) ?? { ...o, sources: [], vacancies: [] }),
    people: view.people.map((p) => whole('person', p.id) ?? { ...p, sources: [], summary: '' }),
    meetings: view.meetings.map((m) => whole('meeting', m.id) ?? { ...m, sources: [], outcomes: [] }),
    terms: view.terms.map((t) => whole('term', t.id) ?? { ...t, sources: [], definition: '' }),
    ambiguities: view.ambiguities,
  };
}
