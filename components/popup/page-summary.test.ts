import { describe, expect, it } from 'vitest';
import type { Mention } from '../../utils/model/mention';
import { summarisePage } from './page-summary';

const mention = (id: string, flags: Mention['flags'] = []): Mention => ({
  start: 0,
  end: 1,
  text: id,
  kind: 'person',
  id,
  name: id.toUpperCase(),
  via: 'name',
  flags,
});
const flag = (message: string) => ({ type: 'misspelling' as const, message, evidence: [] });

describe('summarisePage', () => {
  it('groups mentions by entity with counts, most mentioned first, ties in page order', () => {
    const out = summarisePage([mention('a'), mention('b'), mention('b'), mention('c'), mention('a'), mention('b')]);
    expect(out.map((e) => [e.id, e.count])).toEqual([
      ['b', 3],
      ['a', 2],
      ['c', 1],
    ]);
    expect(out[0]?.name).toBe('B');
  });

  it('puts entities with fact-check flags first and keeps each flag message once', () => {
    const out = summarisePage([
      mention('a'),
      mention('a'),
      mention('z', [flag('Likely misspelling of Z')]),
      mention('z', [flag('Likely misspelling of Z')]),
    ]);
    expect(out.map((e) => e.id)).toEqual(['z', 'a']);
    expect(out[0]?.flags.map((f) => f.message)).toEqual(['Likely misspelling of Z']);
  });

  it('an empty page gives an empty list', () => {
    expect(summarisePage([])).toEqual([]);
  });
});
