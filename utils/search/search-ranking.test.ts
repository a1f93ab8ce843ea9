import { describe, expect, it } from 'vitest';
import { type Corpus, officeSchema, type Person } from '../corpus/schema';
import { buildCorpusSearch, loadCorpusSearch, topHit } from './search-index';
import { foldText, ordinalSuffix, tokenize } from './search-text';

const source = [{ title: 'Test source', publisher: 'Test', date: null, url: 'https://example.org/a' }];
const person = (id: string, name: string, end: string | null, extra: Partial<Person> = {}): Person => ({
  id,
  name,
  aliases: [],
  shortNames: [],
  misspellings: [],
  country: 'XA',
  roles: [{ office: 'xa-defence', title: 'Minister of Defence', start: '2010', end, acting: false }],
  summary: 'A test person.',
  sources: source,
  unverified: [],
  ...extra,
});

const corpus: Corpus = {
  version: 'test',
  countries: [
    {
      id: 'XA',
      name: 'Arcadia',
      aliases: [],
      shortForms: [],
      demonyms: ['Arcadian'],
      aseanMember: true,
      plusPartner: false,
      sources: source,
      unverified: [],
    },
  ],
  // Parsed, so that defaults added to the schema later are filled in.
  offices: [
    officeSchema.parse({
      id: 'xa-defence',
      country: 'XA',
      name: 'Minister of Defence',
      kind: 'defence',
      titles: ['Minister of Defence', 'Defence Minister'],
      sources: source,
    }),
  ],
  // Former holders come first in the file, the earlier leaver first: only the ranking can put the
  // current holder first and the later leaver next.
  people: [
    person('brenton', 'Brenton Fay', '2015', { misspellings: ['Brenten Fay'] }),
    person('old-holder', 'Aldo Brent', '2019'),
    person('new-holder', 'Cara Dunn', null),
  ],
  meetings: [
    {
      id: 'admm-3',
      series: 'ADMM',
      ordinal: 3,
      name: 'Third Test Ministers Meeting',
      aliases: [],
      start: '2009-02-26',
      city: 'Pattaya',
      country: 'XA',
      attendees: [],
      related: [],
      outcomes: [],
      sources: source,
      unverified: [],
    },
    {
      id: 'defence-retreat',
      series: 'Special',
      name: 'Arcadian Defence Minister Talks',
      aliases: [],
      start: '2012-05-01',
      country: 'XA',
      attendees: [],
      related: [],
      outcomes: [],
      sources: source,
      unverified: [],
    },
  ],
  terms: [
    {
      id: 'brent',
      label: 'BRENT',
      expansion: 'Bilateral Readiness Exercise Network',
      aliases: [],
      caseSensitive: false,
      category: 'programme',
      definition: 'A test term.',
      related: [],
      sources: source,
      unverified: [],
    },
  ],
  ambiguities: [],
};
const search = buildCorpusSearch(corpus);
const ids = (q: string) => search.search(q).flatMap((g) => g.hits.map((h) => h.id));

describe('ranking logic on a hand-made corpus', () => {
  it('an office query finds the holders before a meeting named with the same words', () => {
    expect(ids('arcadian defence minister')).toContain('defence-retreat');
    expect(ids('arcadian defence minister').indexOf('defence-retreat')).toBeGreaterThan(1);
  });

  it('the current office-holder ranks before former ones, and former ones the latest first', () => {
    expect(ids('arcadian defence minister').slice(0, 3)).toEqual(['new-holder', 'old-holder', 'brenton']);
    expect(ids('arcadia minister')[0]).toBe('new-holder');
  });

  it('an exact whole name beats a prefix of a longer name', () => {
    expect(topHit(search.search('brent'))?.id).toBe('brent');
    expect(ids('brent')).toContain('brenton');
  });

  it('prefix matching finds a name from its first letters', () => {
    expect(topHit(search.search('car'))?.id).toBe('new-holder');
  });

  it('fuzzy matching forgives one slip in words of four letters or more, but not in short words or numbers', () => {
    expect(topHit(search.search('dunm'))?.id).toBe('new-holder');
    expect(ids('fey')).toEqual([]);
    expect(ids('4th')).toEqual([]);
  });

  it('ordinals, city, year and country name find a meeting', () => {
    expect(topHit(search.search('3rd admm'))?.id).toBe('admm-3');
    expect(topHit(search.search('admm 3'))?.id).toBe('admm-3');
    expect(topHit(search.search('pattaya 2009'))?.id).toBe('admm-3');
    expect(topHit(search.search('arcadia 2009'))?.id).toBe('admm-3');
  });

  it('a hit through a misspelling is labelled, a hit through the real name is not', () => {
    expect(search.search('brenten fay')[0]?.hits[0]).toMatchObject({ id: 'brenton', note: 'misspelling of Brenton Fay' });
    expect(search.search('brenton fay')[0]?.hits[0]?.note).toBeUndefined();
  });

  it('every word must match when some record has them all', () => {
    expect(ids('aldo dunn')).toEqual(expect.arrayContaining(['old-holder', 'new-holder']));
    expect(ids('aldo brent')[0]).toBe('old-holder');
    expect(ids('aldo brent')).not.toContain('new-holder');
  });
});

describe("a corpus with broken records of the reader's", () => {
  // Shapes a reader's record can take after a schema change or a hand edit of the database.
  const broken = [
    { id: 'no-roles', name: 'Edda Fenn' },
    { id: 'number-name', name: 42, roles: [] },
    { name: 'No Id Person', roles: [] },
    null,
    { id: 'null-lists', name: 'Gita Holm', aliases: null, shortNames: 'Gita', misspellings: [null], roles: [null, { office: 'nowhere' }] },
  ];
  const brokenCorpus = {
    ...corpus,
    people: [...corpus.people, ...broken, person('old-holder', 'Duplicate Id', null)],
    meetings: [...corpus.meetings, { id: 'no-start', name: 'Broken Summit', series: 42 }],
    terms: [...corpus.terms, { id: 'no-label', aliases: ['x'] }],
    // One broken country and office must not take every person with them.
    countries: [...corpus.countries, { id: 'XB', name: null, aliases: 7 }],
    offices: [...corpus.offices, { id: 'xb-x', country: 'XB', titles: null }],
  } as unknown as Corpus;

  it('builds, searches everything else, and says what it left out', () => {
    const s = buildCorpusSearch(brokenCorpus);
    expect(topHit(s.search('cara dunn'))?.id).toBe('new-holder');
    expect(topHit(s.search('arcadian defence minister'))?.id).toBe('new-holder');
    expect(topHit(s.search('3rd admm'))?.id).toBe('admm-3');
    expect(s.unreadable.sort()).toEqual(['(no id)', '(no id)', 'no-label', 'number-name', 'old-holder'].sort());
    expect(s.documentCount).toBe(corpus.people.length + corpus.meetings.length + corpus.terms.length + 3);
  });

  it('a record missing some lists is still found by the fields it has', () => {
    const s = buildCorpusSearch(brokenCorpus);
    expect(topHit(s.search('edda fenn'))?.id).toBe('no-roles');
    expect(topHit(s.search('gita holm'))?.id).toBe('null-lists');
    expect(topHit(s.search('broken summit'))?.id).toBe('no-start');
    // The duplicate did not replace the first record of that id.
    expect(topHit(s.search('aldo brent'))?.name).toBe('Aldo Brent');
  });
});

describe('a serialised index', () => {
  it('loads into a search that answers exactly as the one built', () => {
    const loaded = loadCorpusSearch(JSON.parse(JSON.stringify(search.serialise())));
    for (const q of ['brent', 'arcadian defence minister', 'brenten fay', '3rd admm', 'car', 'dunm', 'aldo brent']) {
      expect(loaded?.search(q), q).toEqual(search.search(q));
    }
    expect(loaded?.documentCount).toBe(search.documentCount);
  });
});

describe('search text', () => {
  it('folds diacritics and case, and reads + as plus', () => {
    expect(foldText('Phan Văn Giang')).toBe('phan van giang');
    expect(foldText('Đà Nẵng')).toBe('da nang');
    expect(tokenize('ADMM+')).toEqual(['admm', 'plus']);
    expect(tokenize('Code of Conduct in the East Sea')).toEqual(['code', 'conduct', 'east', 'sea']);
  });

  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 17, 21, 22, 101, 111].map(ordinalSuffix)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '17th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
  });
});
