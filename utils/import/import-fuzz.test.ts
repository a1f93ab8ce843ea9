/**
 * A seeded fuzz run through the reader's own import flow: 1,200 malformed or hostile files (whole-file
 * breakers: truncation, wrong top level, NaN, BOM, 10,000-deep nesting...; record breakers: bad ids,
 * impossible dates, huge strings, __proto__/constructor keys, unknown fields, wrong types...), some
 * aimed at bundled ids, plus 120 valid files cancelled mid-transaction. After each file the database
 * must equal its state before, and nothing may throw or pollute prototypes.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { TaggedRecord } from '../corpus/schema';
import { putRecord, seedBundled } from '../storage/corpus-store';
import { ImportCancelled } from '../storage/corpus-transfer';
import { openCorpusDb } from '../storage/db';
import { commitImport, prepareImport } from './import-flow';
import { canonical } from './preview-import';
import { importTargetFor } from './test-import-target';

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
  (r) => ((r.aliases = Array.from({ length: 51 }, (_, i) => `alias ${i}`)), 'too many aliases'),
  (r) => ((r.aliases = ['ok', 7, null]), 'non-string alias'),
  (r) => ((r.id = 'admm\u200b'), 'zero-width character in a bundled id'),
  (r) => (
    (r.sources = [{ ...source, url: 'https://example.org/<script>' }]),
    'label' in r ? (r.label = '') : (r.name = ''),
    'script in url, empty name'
  ),
  (r) => ((r.roles = [{ office: 'sg-defence', title: 'Minister', start: '2023-13-01', end: null }]), 'month 13 in a role'),
  (r) => {
    let deep: unknown = 'x';
    for (let d = 0; d < 500; d++) deep = [deep];
    r.aliases = deep;
    return 'deeply nested value';
  },
  (r) => ((r.caseSensitive = 'yes'), (r.country = 'sg'), 'wrong types'),
];

/** Valid-looking records whose id is bundled, with one fault: an edit that must not land. */
const BUNDLED_IDS = ['admm', 'adsom'];

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
  () => '{"constructor": {"prototype": {"polluted": true}}, "people": []}',
  (t) => `${t}${t}`,
  (t) => t.replace('[', '[NaN, Infinity, '),
  () => '{"terms": []}',
  () => '\uFEFF',
  (_t, rand) => `{"terms": [${'['.repeat(1000 + Math.floor(rand() * 9000))}`,
  (t) => t.replace('"terms"', '"people"'),
  () => '{"hidden": [1, "Bad Id", {"__proto__": {"polluted": true}}, null, "admm\u0000"]}',
  () => '{"hidden": {"length": 3}}',
  (t) => t.replace('{', '{"format": "not-ours", '),
];

/** What the run tried, by breaker, for the closing note. */
const tried = new Map<string, number>();
const count = (what: string) => tried.set(what, (tried.get(what) ?? 0) + 1);

function hostileFile(rand: () => number, i: number): string {
  if (rand() < 0.3) {
    const base = JSON.stringify({ terms: [goodTerm(`t${i}`)] });
    const b = Math.floor(rand() * FILE_BREAKERS.length);
    count(`file breaker ${b}`);
    return (FILE_BREAKERS[b] as (typeof FILE_BREAKERS)[number])(base, rand);
  }
  const n = 1 + Math.floor(rand() * 4);
  const terms: unknown[] = [];
  const people: unknown[] = [];
  for (let k = 0; k < n; k++) {
    const id = rand() < 0.2 ? (BUNDLED_IDS[k % 2] as string) : `fz-${i}-${k}`;
    const r: Record<string, unknown> = rand() < 0.5 ? goodTerm(id) : goodPerson(id);
    count(`record: ${(BREAKERS[Math.floor(rand() * BREAKERS.length)] as (typeof BREAKERS)[number])(r, rand)}`);
    ('definition' in r || 'label' in r ? terms : people).push(r);
  }
  // JSON.stringify drops a "__proto__" set by assignment; write those keys by hand so they reach the parser.
  let text = JSON.stringify({ terms, people });
  if (rand() < 0.1) {
    text = text.replace('{"id"', '{"__proto__":{"polluted":true},"id"');
    count('record: literal __proto__ key');
  }
  return text;
}

/** A file of valid records (new ones and edits of bundled ones) that the reader cancels mid-apply. */
function validFile(rand: () => number, i: number): string {
  const n = 1 + Math.floor(rand() * 600);
  const terms = Array.from({ length: n }, (_, k) => ({ ...goodTerm(k < 2 && rand() < 0.5 ? (BUNDLED_IDS[k] as string) : `ok-${i}-${k}`) }));
  return JSON.stringify({ terms });
}

describe('import fuzz', () => {
  it('1,200 hostile files, and 120 valid ones cancelled mid-apply, leave the database exactly as it was', async () => {
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
    let cancelled = 0;
    for (let i = 0; i < 1320; i++) {
      if (i % 11 === 10) {
        // The reader cancels while the transaction is still open: nothing may land.
        const prepared = await prepareImport(importTargetFor(db), validFile(rand, i));
        if (!prepared.ok) throw new Error(prepared.error);
        expect(prepared.invalid).toEqual([]);
        const controller = new AbortController();
        const stopAt = 1 + Math.floor(rand() * prepared.toApply.length);
        const run = commitImport(importTargetFor(db), prepared, {
          policy: 'skip',
          fileName: `valid-${i}.json`,
          signal: controller.signal,
          onProgress: (done) => done >= stopAt && controller.abort(),
        });
        await expect(run).rejects.toBeInstanceOf(ImportCancelled);
        cancelled++;
      } else {
        const prepared = await prepareImport(importTargetFor(db), hostileFile(rand, i));
        if (!prepared.ok) {
          rejectedFiles++;
          expect(prepared.error.length).toBeGreaterThan(0);
          continue;
        }
        invalidRecords += prepared.invalid.length;
        expect(prepared.toApply).toEqual([]);
        await commitImport(importTargetFor(db), prepared, { policy: i % 2 ? 'skip' : 'cancel', fileName: `fuzz-${i}.json` });
      }
      // Checked after every file, not only at the end.
      expect(await state()).toBe(before);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(cancelled).toBe(120);
    expect(rejectedFiles).toBeGreaterThan(100);
    expect(invalidRecords).toBeGreaterThan(1000);
    // Every breaker was exercised.
    expect([...tried.keys()].filter((k) => k.startsWith('record:')).length).toBe(BREAKERS.length + 1);
    expect([...tried.keys()].filter((k) => k.startsWith('file breaker')).length).toBe(FILE_BREAKERS.length);
    console.log(`fuzz: ${rejectedFiles} files refused whole, ${invalidRecords} records refused, ${cancelled} valid imports cancelled`);
    // About 2 s on an idle machine; the limit leaves room for a busy CI runner.
  }, 60_000);
});
