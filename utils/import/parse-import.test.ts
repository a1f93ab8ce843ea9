import { describe, expect, it } from 'vitest';
import { jsonShape, MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH, MAX_IMPORT_RECORDS, parseImport, parseImportSteps } from './parse-import';

const source = { title: 'T', publisher: 'P', date: null, url: 'https://example.org/' };
const term = (extra: Record<string, unknown> = {}) => ({
  id: 'my-term',
  label: 'My Term',
  category: 'concept',
  definition: 'd',
  sources: [source],
  ...extra,
});
const person = (extra: Record<string, unknown> = {}) => ({
  id: 'a-person',
  name: 'A Person',
  country: 'SG',
  summary: 's',
  roles: [{ office: 'sg-defence', title: 'Minister', start: '2020-01-01', end: null }],
  sources: [source],
  ...extra,
});

describe('parseImport: whole-file problems', () => {
  it.each([
    ['', /empty/],
    ['   \n ', /empty/],
    ['not json', /not JSON/],
    ['{"people": [', /not JSON/],
    ['[]', /top level/],
    ['42', /top level/],
    ['null', /top level/],
    ['"text"', /top level/],
    ['{}', /holds no/],
    ['{"people": {}}', /must be an array/],
    ['{"spaceships": []}', /Unknown top-level key/],
    ['{"format": "something-else", "terms": []}', /"format" must be/],
    ['{"version": {"a": 1}, "terms": []}', /"version" must be/],
    ['{"hidden": "admm"}', /"hidden" must be an array/],
  ])('%j', (text, message) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const r = parseImport('{}', MAX_IMPORT_BYTES + 1);
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('MB') });
  });
});

describe('parseImport: the hidden list', () => {
  it('keeps ids once each and reports bad entries and ids that are also records', () => {
    const r = parseImport(JSON.stringify({ terms: [term()], hidden: ['admm', 'admm', 'VN', 'my-term', '', { id: 'x' }] }));
    expect(r.ok && r.hidden).toEqual([
      { id: 'admm', where: 'hidden[0]' },
      { id: 'VN', where: 'hidden[2]' },
    ]);
    expect(r.ok && r.invalid.flatMap((i) => i.errors)).toEqual([
      'hidden[3]: "my-term" is also a record in this file (terms[0])',
      'hidden[4]: not an id',
      'hidden[5]: not an id',
    ]);
  });
});

describe('parseImport: record problems name the record and the field', () => {
  it('reports an impossible date with its path', () => {
    const r = parseImport(
      JSON.stringify({ people: [person(), person({ id: 'b', roles: [{ office: 'x', title: 't', start: '2023-02-30', end: null }] })] }),
    );
    expect(r.ok && r.records.map((x) => x.record.id)).toEqual(['a-person']);
    expect(r.ok && r.invalid).toEqual([
      { where: 'people[1]', id: 'b', name: 'A Person', errors: ['people[1].roles[0].start: not a date (YYYY, YYYY-MM or YYYY-MM-DD)'] },
    ]);
  });

  it('rejects 1 MB strings', () => {
    const r = parseImport(JSON.stringify({ terms: [term({ definition: 'x'.repeat(1024 * 1024) })] }));
    expect(r.ok && r.invalid[0]?.errors[0]).toMatch(/^terms\[0\]\.definition:/);
  });

  it('rejects __proto__ and constructor keys without touching Object.prototype', () => {
    const text = `{"terms": [${JSON.stringify(term()).replace(/^\{/, '{"__proto__": {"polluted": true},')}, ${JSON.stringify(term({ id: 'other' })).replace(/^\{/, '{"constructor": {"prototype": {"polluted": true}},')}]}`;
    const r = parseImport(text);
    expect(r.ok && r.invalid.map((i) => i.errors[0])).toEqual([
      'terms[0].__proto__: key not allowed',
      'terms[1].constructor: key not allowed',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps <script> in a text field as plain text', () => {
    const r = parseImport(JSON.stringify({ terms: [term({ definition: '<script>alert(1)</script>' })] }));
    expect(r.ok ? (r.records[0]?.record as { definition: string } | undefined)?.definition : undefined).toBe('<script>alert(1)</script>');
  });

  it('reports an id used twice in one file', () => {
    const r = parseImport(JSON.stringify({ terms: [term(), term()] }));
    expect(r.ok && r.invalid[0]?.errors[0]).toMatch(/appears twice/);
  });

  it('rejects unknown fields, bad ids and missing sources', () => {
    const r = parseImport(
      JSON.stringify({ terms: [term({ colour: 'red' }), term({ id: 'Not An Id' }), term({ id: 'no-src', sources: [] })] }),
    );
    expect(r.ok && r.invalid.map((i) => i.where)).toEqual(['terms[0]', 'terms[1]', 'terms[2]']);
  });
});

describe('parseImportSteps', () => {
  it('yields after every record with the running count and the total, then returns what parseImport returns', () => {
    const text = JSON.stringify({ terms: [term(), term({ id: 'b' }), term({ id: 'Bad' })], people: [person()] });
    const steps = parseImportSteps(text);
    const seen: string[] = [];
    let step = steps.next();
    while (!step.done) {
      seen.push(`${step.value.checked}/${step.value.total}`);
      step = steps.next();
    }
    expect(seen).toEqual(['1/4', '2/4', '3/4', '4/4']);
    const { positions: _, ...result } = step.value as Extract<typeof step.value, { ok: true }>;
    const { positions: __, ...direct } = parseImport(text) as Extract<ReturnType<typeof parseImport>, { ok: true }>;
    expect(result).toEqual(direct);
  });
});

describe('parseImport: bounded by what a file holds, not only by its bytes', () => {
  it('counts the records of a file without parsing it', () => {
    const text = JSON.stringify({ version: 1, people: [person(), person({ id: 'b' })], terms: [term(), 'junk', 3, null] });
    expect(jsonShape(text)).toMatchObject({ records: 6 });
    expect(jsonShape(text).over).toBeUndefined();
  });

  it('refuses a file under the size cap holding millions of empty records, before parsing it', () => {
    const n = 6_900_000;
    const text = `{"version":1,"people":[${'{},'.repeat(n - 1)}{}]}`;
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/more than 50,000 records/);
    expect(jsonShape(text)).toMatchObject({ over: 'records', records: MAX_IMPORT_RECORDS + 1 });
  });

  it('refuses nesting deeper than any corpus file has', () => {
    const text = `{"people":[${'['.repeat(MAX_IMPORT_DEPTH + 5)}${']'.repeat(MAX_IMPORT_DEPTH + 5)}]}`;
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/levels deep/);
  });

  it('does not count brackets inside strings', () => {
    const text = JSON.stringify({ people: [person({ summary: '[[[{{{ "quoted" \\ ]]]' })] });
    expect(jsonShape(text)).toMatchObject({ records: 1 });
  });
});
