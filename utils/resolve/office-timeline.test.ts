import { describe, expect, it } from 'vitest';
import { holderOnDate, isUnverified, roleCertainlyCovers, roleCertainlyExcludes, roleOnDate, rolePossiblyCovers } from './office-timeline';
import { handMadeCorpus, person, role } from './test-support/hand-made-corpus';

describe('office timeline', () => {
  const corpus = handMadeCorpus();
  const carter = corpus.people.find((p) => p.id === 'ashton-carter')!;

  it('finds the role held on a day', () => {
    expect(roleOnDate(carter, '2016-09-30')?.office).toBe('us-secretary-of-defense');
  });

  it('finds no role before the start or after the end', () => {
    expect(roleOnDate(carter, '2015-02-16')).toBeUndefined();
    expect(roleOnDate(carter, '2017-01-21')).toBeUndefined();
  });

  it('counts the end day as in office', () => {
    expect(roleOnDate(carter, '2017-01-20')?.office).toBe('us-secretary-of-defense');
  });

  it('reads a month-precision start as possibly covering the whole month, certainly only after it', () => {
    const r = role('x-office', 'X', '2016-09', null);
    expect(rolePossiblyCovers(r, '2016-09-01')).toBe(true);
    expect(roleCertainlyCovers(r, '2016-09-15')).toBe(false);
    expect(roleCertainlyCovers(r, '2016-10-01')).toBe(true);
    expect(roleCertainlyExcludes(r, '2016-08-31')).toBe(true);
    expect(roleCertainlyExcludes(r, '2016-09-15')).toBe(false);
  });

  it('names the holder of an office on a day', () => {
    expect(holderOnDate('us-secretary-of-state', '2016-09-30', corpus)?.person.id).toBe('john-kerry');
    expect(holderOnDate('us-secretary-of-state', '2012-01-01', corpus)).toBeUndefined();
  });

  it('prefers the successor on a handover day', () => {
    const mattis = person('jim-mattis', 'Jim Mattis', 'US', [
      role('us-secretary-of-defense', 'Secretary of Defense', '2017-01-20', '2018-12-31'),
    ]);
    const withMattis = handMadeCorpus({ people: [...corpus.people, mattis] });
    expect(holderOnDate('us-secretary-of-defense', '2017-01-20', withMattis)?.person.id).toBe('jim-mattis');
  });

  it('prefers a substantive holder to an acting one', () => {
    const acting = person('acting-one', 'Acting One', 'US', [
      role('us-secretary-of-defense', 'Secretary of Defense', '2016-01-01', '2016-12-31', true),
    ]);
    const c = handMadeCorpus({ people: [...corpus.people, acting] });
    expect(holderOnDate('us-secretary-of-defense', '2016-09-30', c)?.person.id).toBe('ashton-carter');
  });

  it('matches unverified paths in both directions', () => {
    expect(isUnverified({ unverified: ['roles.0'] }, 'roles.0')).toBe(true);
    expect(isUnverified({ unverified: ['roles.0.start'] }, 'roles.0')).toBe(true);
    expect(isUnverified({ unverified: ['roles'] }, 'roles.1')).toBe(true);
    expect(isUnverified({ unverified: ['roles.1'] }, 'roles.10')).toBe(false);
    expect(isUnverified({ unverified: [] }, 'roles.0')).toBe(false);
  });
});
