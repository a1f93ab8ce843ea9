import { describe, expect, it } from 'vitest';
import type { RecordKind, TaggedRecord } from '../corpus/schema';
import { checkReferences } from './check-references';

const source = { title: 'T', publisher: 'P', date: null, url: 'https://example.org/' };
const person = (roles: { office: string }[], country = 'SG'): TaggedRecord => ({
  kind: 'person',
  record: {
    id: 'a-person',
    name: 'A Person',
    aliases: [],
    shortNames: [],
    misspellings: [],
    country,
    roles: roles.map((r) => ({ ...r, title: 'Minister', start: '2020', end: null, acting: false })),
    summary: 's',
    sources: [source],
    unverified: [],
  },
});
const meeting = (extra: Partial<{ chair: string; attendees: string[]; related: string[] }>): TaggedRecord => ({
  kind: 'meeting',
  record: {
    id: 'a-meeting',
    series: 'ADMM',
    name: 'A meeting',
    aliases: [],
    start: '2020',
    country: 'SG',
    attendees: [],
    related: [],
    outcomes: [],
    sources: [source],
    unverified: [],
    ...extra,
  },
});
const known = new Map<string, RecordKind>([
  ['SG', 'country'],
  ['sg-defence', 'office'],
  ['ng-eng-hen', 'person'],
  ['admm', 'term'],
]);

describe('checkReferences', () => {
  it('accepts references to known records of the right kind', () => {
    expect(checkReferences([{ where: 'people[0]', tagged: person([{ office: 'sg-defence' }]) }], known)).toEqual([]);
    const m = meeting({ chair: 'ng-eng-hen', attendees: ['ng-eng-hen'], related: ['admm'] });
    expect(checkReferences([{ where: 'meetings[0]', tagged: m }], known)).toEqual([]);
  });

  it('names the field path of a dangling reference', () => {
    const w = checkReferences([{ where: 'people[12]', tagged: person([{ office: 'sg-defence' }, { office: 'xx-nowhere' }], 'ZZ') }], known);
    expect(w.map((x) => x.message)).toEqual([
      'people[12].country: no country "ZZ" in the corpus or this file',
      'people[12].roles[1].office: no office "xx-nowhere" in the corpus or this file',
    ]);
    expect(w[0]).toMatchObject({ where: 'people[12]', id: 'a-person' });
  });

  it('reports a reference to a record of the wrong kind', () => {
    const w = checkReferences([{ where: 'meetings[2]', tagged: meeting({ chair: 'admm', attendees: ['sg-defence'] }) }], known);
    expect(w.map((x) => x.message)).toEqual([
      'meetings[2].chair: "admm" is a term, not a person',
      'meetings[2].attendees[0]: "sg-defence" is an office, not a person',
    ]);
  });
});
