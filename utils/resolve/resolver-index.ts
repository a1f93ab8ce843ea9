/**
 * Everything the resolution stage looks up, built once per corpus object and cached, so that
 * resolving a page is linear in its matches (resolution runs on every page scan).
 */

import type { Corpus, Meeting, Office, Person, Term } from '../corpus/schema';
import { shortNamesOf } from '../dictionary/short-names';
import { type OfficeHolders, officeHolders } from './office-timeline';

/** The dialogue series for each ASEAN partner country ("ASEAN-Japan" meetings are with JP). */
export const PARTNER_SERIES: Record<string, Meeting['series']> = {
  US: 'ASEAN-US',
  JP: 'ASEAN-Japan',
  CN: 'ASEAN-China',
  IN: 'ASEAN-India',
  RU: 'ASEAN-Russia',
  AU: 'ASEAN-Australia',
  KR: 'ASEAN-ROK',
  NZ: 'ASEAN-NZ',
};

/**
 * Places news uses for a meeting's venue that are neither its city nor its country (a small,
 * factual gazetteer: Honolulu is in Hawaii). Cities and countries themselves come from the corpus.
 */
const REGIONS: { form: string; cities: string[]; country: string }[] = [
  { form: 'Hawaii', cities: ['Honolulu', 'Hawaii', 'Pearl Harbor', 'Camp H. M. Smith'], country: 'US' },
  { form: "Hawai'i", cities: ['Honolulu', 'Hawaii', 'Pearl Harbor', 'Camp H. M. Smith'], country: 'US' },
  { form: 'Bali', cities: ['Bali', 'Nusa Dua', 'Denpasar'], country: 'ID' },
];

export interface PlaceForm {
  form: string;
  /** Meetings in one of these cities fit; empty = any city. */
  cities: string[];
  /** Meetings in this country fit (when cities is empty) — or, with cities, only as a tie-breaker. */
  country?: string;
}

export interface TitleForm {
  /** Lower-cased title, e.g. "secretary of state". */
  title: string;
  officeIds: string[];
}

export interface ResolverIndex {
  corpus: Corpus;
  people: Map<string, Person>;
  offices: Map<string, Office>;
  meetings: Map<string, Meeting>;
  names: Map<string, string>;
  holders: OfficeHolders;
  /** Bare titles ("Defence Minister") of each country's offices, longest first, for "Defence Minister Ng Eng Hen". */
  titlesByCountry: Map<string, TitleForm[]>;
  meetingsBySeriesOrdinal: Map<string, Meeting[]>;
  /** Each series' meetings, in corpus order. */
  meetingsBySeries: Map<Meeting['series'], Meeting[]>;
  /**
   * Forms (normaliseSeriesForm) that name a series rather than one of its meetings: a record's
   * name or alias with its ordinal or year taken off ("ASEAN-US Defense Ministers' Informal
   * Meeting" from "... 2019"). When one record lists such a form as an alias, it is still the series.
   */
  genericSeriesForms: Map<string, Meeting['series']>;
  /** Terms that name a series whose meetings carry no ordinal ("ADMM Retreat"): a bare mention may be one meeting. */
  unnumberedSeriesOfTerm: Map<string, Meeting['series']>;
  /** The term naming each series ("ADMM-Plus"), for a personal ordinal that names no meeting ("his first ADMM-Plus"). */
  termOfSeries: Map<Meeting['series'], Term>;
  /** Forms naming an ASEAN partner country ("US", "Japan", "Japanese"), case-sensitive, longest first. */
  partnerForms: { form: string; country: string }[];
  places: PlaceForm[];
  /** Short name (as written) -> ids of the people who have it. */
  shortNameOwners: Map<string, string[]>;
  /** Surface forms the corpus declares shared (ambiguities.json) -> ids. */
  ambiguousForms: Map<string, string[]>;
}

/**
 * One spelling for a meeting form however a report writes it: case, apostrophes, Defence/Defense,
 * "U.S."/"US", the kind of dash and the spaces around it, and the partner first ("Japan-ASEAN").
 */
export function normaliseSeriesForm(form: string): string {
  return form
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .replace(/\bdefense\b/g, 'defence')
    .replace(/\bu\.s\.(?=[\s-]|$)|\bu\.s\b/g, 'us')
    .replace(/association of southeast asian nations/g, 'asean')
    .replace(/\s*[-\u2010-\u2015]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^((?:\d+(?:st|nd|rd|th) )?)([a-z.]+)-asean\b/, '$1asean-$2')
    .trim();
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** The form without a leading ordinal or a trailing year ("2019", "(November 2022)", "November 2016"). */
function stripSeriesMarks(key: string): string {
  return key
    .replace(/^(?:\d+(?:st|nd|rd|th)|first|second|third|inaugural|maiden) /, '')
    .replace(new RegExp(`\\s*\\(?(?:(?:${MONTHS}) )?\\d{4}\\)?$`), '')
    .trim();
}

const cache = new WeakMap<Corpus, ResolverIndex>();

export function resolverIndex(corpus: Corpus): ResolverIndex {
  const cached = cache.get(corpus);
  if (cached) return cached;
  const index = buildIndex(corpus);
  cache.set(corpus, index);
  return index;
}

/** `createResolver(corpus)` in the words: the per-corpus index. */
export const createResolver = resolverIndex;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function buildIndex(corpus: Corpus): ResolverIndex {
  const names = new Map<string, string>();
  for (const p of corpus.people) names.set(p.id, p.name);
  for (const t of corpus.terms) names.set(t.id, t.label);
  for (const m of corpus.meetings) names.set(m.id, m.name);

  const titleMap = new Map<string, Map<string, string[]>>();
  for (const office of corpus.offices) {
    const byTitle = titleMap.get(office.country) ?? new Map<string, string[]>();
    titleMap.set(office.country, byTitle);
    for (const title of office.titles) push(byTitle, title.toLowerCase(), office.id);
  }
  const titlesByCountry = new Map<string, TitleForm[]>();
  for (const [country, byTitle] of titleMap) {
    const forms = [...byTitle].map(([title, officeIds]) => ({ title, officeIds }));
    titlesByCountry.set(
      country,
      forms.sort((a, b) => b.title.length - a.title.length),
    );
  }

  const meetingsBySeriesOrdinal = new Map<string, Meeting[]>();
  for (const m of corpus.meetings) if (m.ordinal !== undefined) push(meetingsBySeriesOrdinal, `${m.series}#${m.ordinal}`, m);

  const meetingsBySeries = new Map<Meeting['series'], Meeting[]>();
  for (const m of corpus.meetings) push(meetingsBySeries, m.series, m);
  const genericSeriesForms = new Map<string, Meeting['series']>();
  for (const [series, list] of meetingsBySeries) {
    if (list.length < 2) continue;
    for (const m of list)
      for (const form of [m.name, ...m.aliases]) {
        const key = normaliseSeriesForm(form);
        const bare = stripSeriesMarks(key);
        if (bare !== key && bare.length > 3) genericSeriesForms.set(bare, series);
      }
  }
  const unnumberedSeriesOfTerm = new Map<string, Meeting['series']>();
  const termOfSeries = new Map<Meeting['series'], Term>();
  for (const t of corpus.terms)
    for (const form of [t.label, ...t.aliases]) {
      const series = genericSeriesForms.get(normaliseSeriesForm(form));
      if (series && !termOfSeries.has(series)) termOfSeries.set(series, t);
      if (series && !(meetingsBySeries.get(series) ?? []).some((m) => m.ordinal !== undefined)) unnumberedSeriesOfTerm.set(t.id, series);
    }

  const partnerForms: { form: string; country: string }[] = [];
  for (const c of corpus.countries) {
    if (c.aseanMember) continue;
    for (const form of [c.name, ...c.aliases, ...c.shortForms, ...c.demonyms]) partnerForms.push({ form, country: c.id });
  }
  partnerForms.sort((a, b) => b.form.length - a.form.length);

  const places: PlaceForm[] = REGIONS.map((r) => ({ ...r }));
  const cities = new Set(corpus.meetings.map((m) => m.city).filter((c): c is string => Boolean(c)));
  for (const city of cities) places.push({ form: city, cities: [city] });
  for (const c of corpus.countries) for (const form of [c.name, ...c.aliases]) places.push({ form, cities: [], country: c.id });
  places.sort((a, b) => b.form.length - a.form.length);

  const shortNameOwners = new Map<string, string[]>();
  for (const p of corpus.people) for (const s of shortNamesOf(p)) push(shortNameOwners, s, p.id);
  const ambiguousForms = new Map<string, string[]>();
  for (const a of corpus.ambiguities) ambiguousForms.set(a.form.toLowerCase(), a.ids);

  return {
    corpus,
    people: new Map(corpus.people.map((p) => [p.id, p])),
    offices: new Map(corpus.offices.map((o) => [o.id, o])),
    meetings: new Map(corpus.meetings.map((m) => [m.id, m])),
    names,
    holders: officeHolders(corpus),
    titlesByCountry,
    meetingsBySeriesOrdinal,
    meetingsBySeries,
    genericSeriesForms,
    unnumberedSeriesOfTerm,
    termOfSeries,
    partnerForms,
    places,
    shortNameOwners,
    ambiguousForms,
  };
}
