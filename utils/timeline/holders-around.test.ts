import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { holdersOnDate, officeHolders } from '../resolve/office-timeline';
import { holdersAround } from './holders-around';

const corpus = loadBundledCorpus();

describe('holdersAround', () => {
  const t = holdersAround({ corpus, officeId: 'us-secretary-of-defense', day: '2016-09-30', today: '2026-12-01' })!;

  it('stresses the holder on the day, with holders either side in order', () => {
    const on = t.bars.filter((b) => b.onDay);
    expect(on.map((b) => b.name)).toEqual(['Ashton Carter']);
    const i = t.bars.findIndex((b) => b.onDay);
    expect(i).toBeGreaterThan(0);
    expect(i).toBeLessThan(t.bars.length - 1);
    const starts = t.bars.map((b) => b.start);
    expect([...starts].sort()).toEqual(starts);
    expect(t.bars.length).toBeLessThanOrEqual(5);
  });

  it('places the day inside its holder’s bar, every bar inside the scale', () => {
    const carter = t.bars.find((b) => b.onDay)!;
    expect(t.mark).toBeGreaterThanOrEqual(carter.from);
    expect(t.mark).toBeLessThanOrEqual(carter.from + carter.width);
    for (const b of t.bars) {
      expect(b.from).toBeGreaterThanOrEqual(0);
      expect(b.from + b.width).toBeLessThanOrEqual(1.0001);
    }
  });

  it('says the same in words', () => {
    expect(t.text).toMatch(/^Secretary of Defense, holders around 2016-09-30 \(Ashton Carter held it\): /);
    expect(t.text).toContain('Ashton Carter, 2015-02-17 to 2017-01-20, in office on that day');
  });

  it('agrees with the resolver on who held each office on a day', () => {
    for (const office of corpus.offices.slice(0, 40)) {
      const day = '2019-06-01';
      const tl = holdersAround({ corpus, officeId: office.id, day });
      const expected = holdersOnDate(office.id, day, officeHolders(corpus))[0]?.person.id;
      expect(tl?.bars.find((b) => b.onDay)?.personId).toBe(expected);
    }
  });

  it('returns nothing for an unknown office', () => {
    expect(holdersAround({ corpus, officeId: 'no-such-office', day: '2016-01-01' })).toBeUndefined();
  });
});
