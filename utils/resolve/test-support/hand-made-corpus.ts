/**
 * A small corpus written by hand for unit tests, so that they never depend on the bundled corpus
 * (which other people are still writing). The facts mirror the project's reference cases; tests may
 * copy and change it (e.g. to mark a fact unverified) with `handMadeCorpus({ ... })`.
 */
import type { Corpus, Country, Meeting, Office, Person, Role } from '../../corpus/schema';

const SOURCE = [{ title: 'Test fixture', publisher: 'Defence Lens tests', date: null, url: 'https://example.org/fixture' }];

export function country(id: string, name: string, extra: Partial<Country> = {}): Country {
  return {
    id,
    name,
    aliases: [],
    shortForms: [],
    demonyms: [],
    aseanMember: false,
    plusPartner: false,
    sources: SOURCE,
    unverified: [],
    ...extra,
  };
}

export function office(id: string, countryId: string, titles: string[], extra: Partial<Office> = {}): Office {
  return {
    id,
    country: countryId,
    name: titles[0] ?? id,
    kind: 'defence',
    timelineComplete: false,
    titles,
    vacancies: [],
    sources: SOURCE,
    unverified: [],
    ...extra,
  };
}

export function role(officeId: string, title: string, start: string, end: string | null, acting = false): Role {
  return { office: officeId, title, start, end, acting };
}

export function person(id: string, name: string, countryId: string, roles: Role[], extra: Partial<Person> = {}): Person {
  return {
    id,
    name,
    aliases: [],
    shortNames: [],
    misspellings: [],
    country: countryId,
    roles,
    summary: `${name} (test fixture).`,
    sources: SOURCE,
    unverified: [],
    ...extra,
  };
}

export function meeting(id: string, fields: Pick<Meeting, 'series' | 'name' | 'start' | 'country'> & Partial<Meeting>): Meeting {
  return { id, aliases: [], attendees: [], related: [], outcomes: [], sources: SOURCE, unverified: [], ...fields };
}

export function handMadeCorpus(overrides: Partial<Corpus> = {}): Corpus {
  const countries = [
    country('US', 'United States', {
      aliases: ['United States of America', 'America'],
      shortForms: ['US', 'U.S.', 'USA'],
      demonyms: ['American'],
      plusPartner: true,
    }),
    country('JP', 'Japan', { demonyms: ['Japanese'], plusPartner: true }),
    country('VN', 'Vietnam', { aliases: ['Viet Nam'], demonyms: ['Vietnamese'], aseanMember: true }),
    country('SG', 'Singapore', { demonyms: ['Singaporean'], aseanMember: true }),
    country('ID', 'Indonesia', { demonyms: ['Indonesian'], aseanMember: true }),
    country('LA', 'Laos', { aliases: ['Lao PDR'], demonyms: ['Lao', 'Laotian'], aseanMember: true }),
    country('FR', 'France', { demonyms: ['French'] }),
  ];
  const offices = [
    office('us-secretary-of-defense', 'US', ['Secretary of Defense', 'Defense Secretary', 'Pentagon chief']),
    office('us-secretary-of-state', 'US', ['Secretary of State'], { kind: 'foreign' }),
    office('us-president', 'US', ['President'], { kind: 'head-of-state' }),
    office('jp-minister-of-defense', 'JP', ['Minister of Defense', 'Defense Minister', 'Defence Minister']),
    office('vn-defence-minister', 'VN', [
      'Minister of National Defence',
      'Minister of National Defense',
      'Defence Minister',
      'Defense Minister',
    ]),
    office('sg-minister-for-defence', 'SG', ['Minister for Defence', 'Defence Minister']),
  ];
  const people = [
    person('ashton-carter', 'Ashton Carter', 'US', [role('us-secretary-of-defense', 'Secretary of Defense', '2015-02-17', '2017-01-20')], {
      aliases: ['Ash Carter'],
      shortNames: ['Carter'],
      misspellings: ['Aston Carter'],
    }),
    person('john-kerry', 'John Kerry', 'US', [role('us-secretary-of-state', 'Secretary of State', '2013-02-01', '2017-01-20')], {
      shortNames: ['Kerry'],
    }),
    person('barack-obama', 'Barack Obama', 'US', [role('us-president', 'President', '2009-01-20', '2017-01-20')], {
      shortNames: ['Obama'],
      misspellings: ['Barak Obama'],
    }),
    person('minoru-kihara', 'Minoru Kihara', 'JP', [role('jp-minister-of-defense', 'Minister of Defense', '2023-09-13', '2024-10-01')], {
      shortNames: ['Kihara'],
    }),
    person('phan-van-giang', 'Phan Van Giang', 'VN', [role('vn-defence-minister', 'Minister of National Defence', '2021-04-08', null)], {
      nativeName: 'Phan Văn Giang',
      shortNames: ['Giang'],
    }),
    person('ng-eng-hen', 'Ng Eng Hen', 'SG', [role('sg-minister-for-defence', 'Minister for Defence', '2011-05-21', '2025-05-23')], {
      shortNames: ['Ng'],
    }),
  ];
  const meetings = [
    meeting('asean-us-2016', {
      series: 'ASEAN-US',
      name: "ASEAN-US Defense Ministers' Informal Meeting 2016",
      start: '2016-09-30',
      city: 'Honolulu',
      country: 'US',
    }),
    meeting('asean-japan-2023', {
      series: 'ASEAN-Japan',
      name: "ASEAN-Japan Defence Ministers' Informal Meeting 2023",
      start: '2023-11-15',
      city: 'Jakarta',
      country: 'ID',
      related: ['admm-17'],
    }),
    meeting('admm-17', {
      series: 'ADMM',
      ordinal: 17,
      name: "17th ASEAN Defence Ministers' Meeting",
      aliases: ['17th ADMM'],
      start: '2023-11-15',
      end: '2023-11-16',
      city: 'Jakarta',
      country: 'ID',
    }),
  ];
  return { version: 'test', countries, offices, people, meetings, terms: [], ambiguities: [], ...overrides };
}
