import { describe, expect, it } from 'vitest';
import { ambiguityProblems, danglingReferences, duplicateIds, meetingGaps, overlappingHolders, timelineGaps } from './check-corpus';
import { latestDay } from './partial-date';
import type { Corpus, Meeting, Person } from './schema';
import { defenceRole as role, singaporeCorpus } from './test-corpus';

const source = { title: 't', publisher: 'p', date: null, url: 'https://example.org/' };
const person = (id: string, name: string, roles: Person['roles'] = [], extra: Partial<Person> = {}): Person => ({
  id,
  name,
  aliases: [],
  shortNames: [],
  misspellings: [],
  country: 'SG',
  roles,
  summary: 's',
  sources: [source],
  unverified: [],
  ...extra,
});

const corpus = (people: Person[], extra: Partial<Corpus> = {}): Corpus => singaporeCorpus(people, source, extra);

describe('corpus integrity checks', () => {
  it('finds ids used twice across kinds', () => {
    expect(duplicateIds(corpus([person('sg-defence', 'X')]))).toEqual(['id "sg-defence" is used by an office and a person']);
  });

  it('finds roles pointing to offices that do not exist', () => {
    const c = corpus([person('a', 'A', [{ ...role('2010', null), office: 'nowhere' }])]);
    expect(danglingReferences(c)).toEqual(['person a: roles[0].office "nowhere" does not exist']);
  });

  it('accepts a handover on the same day but not an overlap', () => {
    const ok = corpus([person('a', 'A', [role('2006-01-01', '2011-05-21')]), person('b', 'B', [role('2011-05-21', null)])]);
    expect(overlappingHolders(ok, '2025-12-31')).toEqual([]);
    const bad = corpus([person('a', 'A', [role('2006-01-01', '2011-06-01')]), person('b', 'B', [role('2011-05-21', null)])]);
    expect(overlappingHolders(bad, '2025-12-31')).toHaveLength(1);
  });

  it('lets an acting holder overlap', () => {
    const c = corpus([person('a', 'A', [role('2006-01-01', '2012-01-01')]), person('b', 'B', [role('2011-06-01', '2011-07-01', true)])]);
    expect(overlappingHolders(c, '2025-12-31')).toEqual([]);
  });

  it('reports a gap in a timeline unless it is a declared vacancy', () => {
    const people = [person('a', 'A', [role('2006-01-01', '2010-01-01')]), person('b', 'B', [role('2010-03-01', null)])];
    expect(timelineGaps({ corpus: corpus(people), officeId: 'sg-defence', from: '2006-01-01', to: '2025-12-31' })).toEqual([
      'sg-defence: nobody from 2010-01-02 to 2010-03-01',
    ]);
    const withVacancy = corpus(people);
    (withVacancy.offices[0] as Corpus['offices'][number]).vacancies = [{ from: '2010-01', to: '2010-02', note: 'vacant' }];
    expect(timelineGaps({ corpus: withVacancy, officeId: 'sg-defence', from: '2006-01-01', to: '2025-12-31' })).toEqual([]);
  });

  it('reports a timeline that ends too early', () => {
    const c = corpus([person('a', 'A', [role('2006', '2020')])]);
    expect(timelineGaps({ corpus: c, officeId: 'sg-defence', from: '2006-01-01', to: '2025-12-31' })).toEqual([
      'sg-defence: nobody from 2021-01-01 to 2025-12-31',
    ]);
  });

  it('reads partial dates as the widest range', () => {
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023')).toBe('2023-12-31');
  });

  it('finds a short name shared by two people, and accepts it once declared', () => {
    const people = [
      person('ng-eng-hen', 'Ng Eng Hen', [], { shortNames: ['Ng'] }),
      person('ng-other', 'Ng Other', [], { shortNames: ['NG'] }),
    ];
    expect(ambiguityProblems(corpus(people))).toHaveLength(1);
    expect(ambiguityProblems(corpus(people, { ambiguities: [{ form: 'Ng', ids: ['ng-eng-hen', 'ng-other'], note: 'both' }] }))).toEqual([]);
  });

  it('rejects a declared ambiguity that is not real', () => {
    const people = [person('a', 'Alpha'), person('b', 'Beta')];
    expect(ambiguityProblems(corpus(people, { ambiguities: [{ form: 'Alpha', ids: ['a', 'b'], note: 'not really' }] }))).toEqual([
      'ambiguity "Alpha" names b, which do not use that form',
    ]);
  });

  it('reports a missing city only for meetings not held by video conference', () => {
    const meeting = (id: string, extra: Partial<Meeting>): Meeting => ({
      id,
      series: 'ADMM',
      name: id,
      aliases: [],
      start: '2021-06-15',
      country: 'SG',
      chair: 'a',
      attendees: ['a'],
      related: [],
      outcomes: [],
      sources: [source],
      unverified: [],
      ...extra,
    });
    const c = corpus([person('a', 'A')], {
      meetings: [
        meeting('in-person', {}),
        meeting('online', { format: 'video' }),
        meeting('online-no-day', { format: 'video', start: '2021-06' }),
      ],
    });
    expect(meetingGaps(c)).toEqual([
      { id: 'in-person', missing: ['city'] },
      { id: 'online-no-day', missing: ['day'] },
    ]);
  });
});
