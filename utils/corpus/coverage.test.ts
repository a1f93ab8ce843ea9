import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from './bundled-corpus';
import { coverageReport } from './coverage';

describe('coverage report', () => {
  it('counts what the corpus holds and names what it lacks', () => {
    const corpus = loadBundledCorpus();
    const r = coverageReport(corpus);
    expect(r.counts.people).toBe(corpus.people.length);
    expect(Object.values(r.meetingsBySeries).reduce((a, b) => a + b, 0)).toBe(corpus.meetings.length);
    // Every country in scope is either covered by a defence office or listed as missing.
    for (const c of ['SG', 'VN', 'US', 'JP']) expect(r.countriesWithoutDefenceOffice).not.toContain(c);
    expect(r.shortfalls.every((s) => /^(people|meetings|terms): \d+ of \d+$/.test(s))).toBe(true);
  });
});
