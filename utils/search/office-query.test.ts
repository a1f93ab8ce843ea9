import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { officesForQuery } from './office-query';

const corpus = loadBundledCorpus();
const first = (q: string) => officesForQuery(corpus, q)[0]?.id;

describe('officesForQuery', () => {
  it.each([
    ['Japan defence minister', 'jp-minister-of-defense'],
    ['japanese minister of defense', 'jp-minister-of-defense'],
    ['US secretary of defense', 'us-secretary-of-defense'],
    ['secretary of defence united states', 'us-secretary-of-defense'],
    ['Japan state minister of defense', 'jp-state-minister-of-defense'],
    ['Russia deputy defence minister', 'ru-deputy-defence-minister'],
  ])('"%s" names %s', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it.each(['Japan', 'minister', 'defence minister', 'Ashton Carter', 'ADMM Plus', ''])('"%s" names no office', (query) => {
    expect(officesForQuery(corpus, query)).toEqual([]);
  });
});
