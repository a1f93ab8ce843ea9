/**
 * The source-quality rules of the corpus (issue 17): weak hosts (mirrors, proxies, uploads, blogs),
 * publishers that name the serving host, counts of unverified role dates, every unverified fact
 * explained in the record's notes, and month-precision handovers that are not overlaps.
 */
import { describe, expect, it } from 'vitest';
import {
  isWeakSource,
  overlappingHolders,
  publisherProblems,
  roleDateCounts,
  sourceHost,
  unexplainedUnverified,
  weakSources,
} from './check-corpus';
import type { Corpus, Person } from './schema';
import { defenceRole as role, singaporeCorpus } from './test-corpus';

const good = { title: 'Minister named', publisher: 'The Straits Times', date: '2020-01-01', url: 'https://www.straitstimes.com/a' };
const mirror = { title: 'Minister (copy of Wikipedia)', publisher: 'wikimili.com', date: null, url: 'https://wikimili.com/en/X' };

const person = (id: string, roles: Person['roles'], extra: Partial<Person> = {}): Person => ({
  id,
  name: id,
  aliases: [],
  shortNames: [],
  misspellings: [],
  country: 'SG',
  roles,
  summary: 's',
  sources: [good],
  unverified: [],
  ...extra,
});
const corpus = (people: Person[]): Corpus => singaporeCorpus(people, good);

describe('weak sources', () => {
  it('matches a weak host, its subdomains, with or without www. or a trailing dot', () => {
    expect(isWeakSource('https://wikimili.com/en/X')).toBe(true);
    expect(isWeakSource('https://www.wikimili.com/en/X')).toBe(true);
    expect(isWeakSource('http://pacificsentinel.blogspot.com/2013/02/x.html')).toBe(true);
    expect(isWeakSource('https://issuu.com./user/docs/x')).toBe(true);
    expect(sourceHost('https://issuu.com./user/docs/x')).toBe('issuu.com');
    expect(isWeakSource('https://www.straitstimes.com/a')).toBe(false);
    expect(isWeakSource('https://en.wikipedia.org/wiki/X')).toBe(false);
    // a host that merely ends with the same letters is not a subdomain
    expect(isWeakSource('https://notwikimili.com/x')).toBe(false);
  });

  it('counts citations, lists weak ones and the records resting only on them', () => {
    const c = corpus([person('a', [], { sources: [mirror] }), person('b', [], { sources: [good, mirror] })]);
    const w = weakSources(c);
    expect(w.citations).toBe(5); // country, office, a (1), b (2)
    expect(w.weak).toEqual(['a: https://wikimili.com/en/X', 'b: https://wikimili.com/en/X']);
    expect(w.onlyWeak).toEqual(['a']);
  });
});

describe('publishers', () => {
  it('rejects "via", "mirror" or "copy of" wording and a weak source credited to the outlet it copied', () => {
    const c = corpus([
      person('a', [], { sources: [{ ...good, publisher: 'The Irrawaddy (via APSN)' }] }),
      person('b', [], { sources: [{ ...mirror, publisher: 'Wikipedia (mirror)' }] }),
      person('c', [], { sources: [{ ...mirror, publisher: 'Wikipedia' }] }),
      person('d', [], { sources: [mirror, good, { ...good, publisher: 'Rediff (PTI)' }] }),
    ]);
    expect(publisherProblems(c).map((p) => p.split(':')[0])).toEqual(['a', 'b', 'c']);
  });
});

describe('unverified role dates', () => {
  it('counts starts and closed ends; an open end is not a date; a whole-role path covers both dates', () => {
    const c = corpus([
      person('a', [role('2010-01-01', '2012-01-01')], { unverified: ['roles.0.start'], notes: 'roles.0.start: not found' }),
      person('b', [role('2012-01-01', null)]),
      person('c', [role('2005-01', '2009-12')], { unverified: ['roles.0'], notes: 'roles.0: copy only' }),
    ]);
    const r = roleDateCounts(c);
    expect(r.total).toBe(5);
    expect(r.unverified).toBe(3);
    expect(r.byCountry.SG).toEqual({ total: 5, unverified: 3 });
    expect(r.unverifiedPaths).toEqual(['a: roles.0.start', 'c: roles.0.start', 'c: roles.0.end']);
  });

  it('requires the notes to name every unverified path', () => {
    const c = corpus([
      person('a', [role('2010-01-01', null)], { unverified: ['roles.0.start'], notes: 'roles.0.start: only a mirror gives the day' }),
      person('b', [role('2010-01-01', null)], { unverified: ['roles.0.start'] }),
      person('c', [role('2010-01-01', '2011-01-01')], { unverified: ['roles.0.end'], notes: 'roles.0.start is fine' }),
    ]);
    expect(unexplainedUnverified(c)).toEqual([
      'b: "roles.0.start" is unverified but the notes do not say why',
      'c: "roles.0.end" is unverified but the notes do not say why',
    ]);
  });
});

describe('month-precision handovers', () => {
  it('a holder ending in the month the next one starts is not an overlap', () => {
    const c = corpus([person('a', [role('2015-01-01', '2018-08')]), person('b', [role('2018-08', null)])]);
    expect(overlappingHolders(c, '2025-12-31')).toEqual([]);
  });

  it('an end a month after the next start is still an overlap', () => {
    const c = corpus([person('a', [role('2015-01-01', '2018-09')]), person('b', [role('2018-08-01', null)])]);
    expect(overlappingHolders(c, '2025-12-31')).not.toEqual([]);
  });
});
