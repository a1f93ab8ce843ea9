/**
 * A seeded fuzz run: 1,200 malformed or hostile import files through the reader's own import flow.
 * After each, the database must equal its state before, and nothing may throw or pollute prototypes.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { TaggedRecord } from '../corpus/schema';
import { putRecord, seedBundled } from '../storage/corpus-store';
import { openCorpusDb } from '../storage/db';
import { commitImport, prepareImport } from './import-flow';
import { canonical } from './preview-import';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const source = { title: 'T', publisher: 'P', date: null, url: 'https://example.org/' };
const goodTerm = (id: string) => ({ id, label: 'Label', category: 'concept', definition: 'd', sources: [source] });
const goodPerson = (id: string) => ({ id, name: 'Name', country: 'SG', summary: 's', roles: [], sources: [source] });

/** One way to break a record; every generated record gets at least one. */
const BREAKERS: ((r: Record<string, unknown>, rand: () => number) => string)[] = [
  (r) => ((r.id = 'Bad ID!'), 'bad id'),
  (r) => ((r.sources = []), 'no source'),
  (r) => ((r.sources = [{ ...source, url: 'javascript:alert(1)' }]), 'script url'),
  (r) => ((r.sources = [{ ...source, date: '2023-02-30' }]), 'impossible date'),
  (r) => ((r.unexpected = true), 'unknown field'),
  (r) => ((r.id = 42), 'id not a string'),
  (r) => (delete r.sources, 'missing sources'),
  (r) => (Object.defineProperty(r, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true }), '__proto__ key'),
  (r) => (
    Object.defineProperty(r, 'constructor', { value: { prototype: { polluted: true } }, enumerable: true, configurable: true }),
    'constructor key'
  ),
  (r) => ('definition' in r ? (r.definition = 'x'.repeat(300_000)) : (r.summary = 'x'.repeat(300_000)), 'huge string'),
  (r) => ('label' in r ? (r.label = '') : (r.name = ''), 'empty name'),
  (r) => ((r.sources = 'not an array'), 'sources not an array'),
  (r, rand) => ((r.id = `${'a'.repeat(1 + Math.floor(rand() * 5))}--b`), 'double hyphen id'),
];

const FILE_BREAKERS: ((text: string, rand: () => number) => string)[] = [
  (t, rand) => t.slice(0, Math.floor(rand() * t.length)),
  () => '',
  () => 'null',
  () => '[1,2,3]',
  (t) => t.replace('{', '{"people": 7, '),
  (t) => `\u0000${t}`,
  (t) => t.replace(/"/g, "'"),
  () => '{"terms": [null, 1, "x", []]}',
  () => '{"__proto__": {"polluted": true}, "terms": []}',
];

function hostileFile(rand: () => number, i: number): string {
  if (rand() < 0.3) {
    const base = JSON.stringify({ terms: [goodTerm(`t${i}`)] });
    return (FILE_BREAKERS[Math.floor(rand() * FILE_BREAKERS.length)] as (typeof FILE_BREAKERS)[number])(base, rand);
  }
  const count = 1 + Math.floor(rand() * 4);
  const terms: unknown[] = [];
  const people: unknown[] = [];
  for (let k = 0; k < count; k++) {
    const r: Record<string, unknown> = rand() < 0.5 ? goodTerm(`fz-${i}-${k}`) : goodPerson(`fz-${i}-${k}`);
    const breaker = BREAKERS[Math.floor(rand() * BREAKERS.length)] as (typeof BREAKERS)[number];
    breaker(r, rand);
    ('definition' in r || 'label' in r ? terms : people).push(r);
  }
  // JSON.stringify drops a "__proto__" set by assignment; write those keys by hand so they reach the parser.
  let text = JSON.stringify({ terms, people });
  if (rand() < 0.1) text = text.replace('{"id"', '{"__proto__":{"polluted":true},"id"');
  return text;
}

describe('import fuzz', () => {
  it('1,200 hostile files leave the database exactly as it was', async () => {
    const db = await openCorpusDb('fuzz');
    const termRecord = (id: string): TaggedRecord => ({
      kind: 'term',
      record: { ...goodTerm(id), aliases: [], caseSensitive: false, related: [], unverified: [] } as never,
    });
    await seedBundled(db, 'v1', [termRecord('admm'), termRecord('adsom')]);
    await putRecord(db, termRecord('mine'));
    const state = async () => canonical(await Promise.all([db.getAll('bundled'), db.getAll('user'), db.getAll('imports')]));
    const before = await state();
    const rand = rng(20261125);
    let rejectedFiles = 0;
    let invalidRecords = 0;
    for (let i = 0; i < 1200; i++) {
      const text = hostileFile(rand, i);
      const prepared = await prepareImport(db, text);
      if (!prepared.ok) {
        rejectedFiles++;
        expect(prepared.error.length).toBeGreaterThan(0);
        continue;
      }
      invalidRecords += prepared.invalid.length;
      expect(prepared.toApply).toEqual([]);
      await commitImport(db, prepared, { policy: i % 2 ? 'skip' : 'cancel', fileName: `fuzz-${i}.json` });
    }
    expect(await state()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(rejectedFiles).toBeGreaterThan(100);
    expect(invalidRecords).toBeGreaterThan(1000);
  });
});
