import { describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus/schema';
import { compileMatcher, compileTrie } from './compile-matcher';
import { buildMatcherSnapshot, matcherForCorpus } from './corpus-matcher';
import { findMatches } from './find-matches';
import { loadMatcherSnapshot, snapshotTrie } from './matcher-snapshot';
import { testEntry } from './test-entry';

const entries = [
  testEntry('Ng Eng Hen', 'ng'),
  testEntry('ADMM', 'admm', true, 'term'),
  testEntry('ADMM-Plus', 'admm-plus', false, 'term'),
  testEntry('Tea Banh', 'tea'),
];
const summary = (ms: ReturnType<typeof findMatches>) => ms.map((m) => `${m.start}-${m.end}:${m.entries.map((e) => e.target).join('|')}`);
const text = 'Ng Eng Hen met Tea Banh at the ADMM-Plus; the admm and the ADMM.';

describe('matcher snapshot', () => {
  it('round-trips through JSON and finds exactly what the compiled matcher finds', () => {
    const snapshot = JSON.parse(JSON.stringify(snapshotTrie(compileTrie(entries), 'v1')));
    const fromSnapshot = loadMatcherSnapshot(snapshot);
    expect(summary(findMatches(fromSnapshot, text))).toEqual(summary(findMatches(compileMatcher(entries), text)));
    expect(summary(findMatches(fromSnapshot, text))).toEqual(['0-10:ng', '15-23:tea', '31-40:admm-plus', '59-63:admm']);
  });

  it('rejects a snapshot whose tables do not hang together', () => {
    const snapshot = snapshotTrie(compileTrie(entries), 'v1');
    expect(() => loadMatcherSnapshot({ ...snapshot, counts: snapshot.counts.slice(1) })).toThrow(/differ in length/);
    expect(() => loadMatcherSnapshot({ ...snapshot, terminals: [1, 1, 999] })).toThrow(/outside/);
  });
});

const corpus = (over: Partial<Corpus> = {}): Corpus => ({
  version: 'v1',
  countries: [],
  offices: [],
  meetings: [],
  ambiguities: [],
  terms: [],
  people: [
    {
      id: 'ng',
      name: 'Ng Eng Hen',
      aliases: [],
      misspellings: [],
      shortNames: [],
      country: 'sg',
      roles: [],
      summary: '',
      sources: [],
      unverified: [],
    } as unknown as Corpus['people'][number],
  ],
  ...over,
});

describe('matcherForCorpus', () => {
  const bundled = corpus();
  const snapshot = buildMatcherSnapshot(bundled);

  it('uses the snapshot as is when the reader has no records of their own', () => {
    const m = matcherForCorpus({ snapshot, corpus: bundled, userIds: [] });
    expect(m.layers).toHaveLength(1);
    expect(summary(findMatches(m, 'Ng Eng Hen'))).toEqual(['0-10:ng']);
  });

  it("layers the reader's edit on top and hides the bundled form it replaced", () => {
    const person = { ...bundled.people[0], name: 'Dr Ng Eng Hen', aliases: ['Eng Hen Ng'] } as Corpus['people'][number];
    const m = matcherForCorpus({ snapshot, corpus: corpus({ people: [person] }), userIds: ['ng'] });
    expect(summary(findMatches(m, 'Eng Hen Ng'))).toEqual(['0-10:ng']);
    expect(summary(findMatches(m, 'Ng Eng Hen'))).toEqual([]);
  });

  it('drops entries of a record the reader deleted', () => {
    const m = matcherForCorpus({ snapshot, corpus: corpus({ people: [] }), userIds: [] });
    expect(findMatches(m, 'Ng Eng Hen')).toEqual([]);
  });

  it('compiles from the corpus when the snapshot is of another version', () => {
    const m = matcherForCorpus({ snapshot: { ...snapshot, version: 'old' }, corpus: bundled, userIds: [] });
    expect(summary(findMatches(m, 'Ng Eng Hen'))).toEqual(['0-10:ng']);
  });
});
