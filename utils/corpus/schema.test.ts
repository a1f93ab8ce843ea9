import { describe, expect, it } from 'vitest';
import { isPartialDate, personSchema, sourceSchema, termSchema } from './schema';

const source = { title: 'A page', publisher: 'A publisher', date: '2016-09-30', url: 'https://example.org/page' };

describe('partial dates', () => {
  it.each(['2016', '2016-09', '2016-09-30', '2024-02-29'])('accepts %s', (d) => expect(isPartialDate(d)).toBe(true));
  it.each(['2023-02-30', '2023-13', '2023-00-10', '16-09-30', '2016/09/30', '2016-9-3', '', '2023-02-29'])('rejects %s', (d) =>
    expect(isPartialDate(d)).toBe(false),
  );
});

describe('record schemas', () => {
  it('fills defaults and keeps a valid person', () => {
    const p = personSchema.parse({ id: 'a-b', name: 'A B', country: 'SG', summary: 'x', sources: [source] });
    expect(p).toMatchObject({ aliases: [], shortNames: [], misspellings: [], roles: [], unverified: [] });
  });

  it('requires at least one source', () => {
    const r = termSchema.safeParse({ id: 't', label: 'T', category: 'concept', definition: 'd', sources: [] });
    expect(r.success).toBe(false);
  });

  it('rejects unknown keys, bad ids and script addresses', () => {
    expect(termSchema.safeParse({ id: 't', label: 'T', category: 'concept', definition: 'd', sources: [source], extra: 1 }).success).toBe(
      false,
    );
    expect(termSchema.safeParse({ id: 'Bad Id', label: 'T', category: 'concept', definition: 'd', sources: [source] }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, url: 'javascript:alert(1)' }).success).toBe(false);
  });
});
