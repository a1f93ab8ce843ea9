import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TaggedRecord } from '../corpus/schema';
import { createCorpusWrites } from '../messaging/corpus-writes';
import { seedBundled } from '../storage/corpus-store';
import { openCorpusDb } from '../storage/db';
import { testSource, testTerm } from '../storage/test-records';
import { ALIASES_IN_ALL, ALIASES_PER_RECORD, aliasCount, recordAliasError, totalAliasError } from './alias-cap';
import { prepareImport } from './import-flow';
import { importTargetFor } from './test-import-target';

beforeEach(() => fakeBrowser.reset());

const forms = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} ${i}`);
const personJson = (id: string, aliases: number, misspellings = 0) => ({
  id,
  name: `Person ${id}`,
  country: 'SG',
  summary: 's',
  aliases: forms(`${id} alias`, aliases),
  misspellings: forms(`${id} typo`, misspellings),
  sources: [testSource],
});
const person = (id: string, aliases: number, misspellings = 0) =>
  ({ kind: 'person', record: { ...personJson(id, aliases, misspellings), shortNames: [], roles: [], unverified: [] } }) as TaggedRecord;

let n = 0;
async function db() {
  const d = await openCorpusDb(`alias-cap-${n++}`);
  await seedBundled(d, 'v1', [testTerm('admm')]);
  return d;
}

describe('alias caps', () => {
  it('counts every form beside the name, across lists', () => {
    expect(aliasCount(person('a', 30, 25))).toBe(55);
    expect(recordAliasError(person('a', 30, 25))).toBe(
      `The person "a" has 55 aliases (aliases, misspellings, short names and other forms together); a record may have at most ${ALIASES_PER_RECORD}`,
    );
    expect(recordAliasError(person('b', 50))).toBeUndefined();
  });

  it('counts the records stored and those written, a rewritten record once', () => {
    const stored = Array.from({ length: 400 }, (_, i) => person(`s${i}`, 50));
    expect(totalAliasError(stored, [person('s0', 50)])).toBeUndefined();
    expect(totalAliasError(stored, [person('new', 1)])).toBe(
      'This import would give your records 20,001 aliases in all (1 in it, 20,000 already stored); at most 20,000 are kept, so that every page stays fast. Remove some aliases or records and try again.',
    );
  });

  it('the import preview lists a record over the cap as invalid, by its place and name, and imports the rest', async () => {
    const text = JSON.stringify({ version: 1, people: [personJson('fine', 3), personJson('heavy', 40, 20)] });
    const prepared = await prepareImport(importTargetFor(await db()), text);
    if (!prepared.ok) throw new Error(prepared.error);
    expect(prepared.toApply.map((r) => r.record.id)).toEqual(['fine']);
    expect(prepared.preview.added.map((r) => r.record.id)).toEqual(['fine']);
    expect(prepared.invalid).toEqual([
      {
        where: 'people[1]',
        id: 'heavy',
        name: 'Person heavy',
        errors: [
          `people[1]: has 60 aliases (aliases, misspellings, short names and other forms together); a record may have at most ${ALIASES_PER_RECORD}`,
        ],
      },
    ]);
  });

  it('refuses a file that would give the reader more than the cap in all (issue 21: 5,000 people with 50 aliases)', async () => {
    const people = Array.from({ length: 5000 }, (_, i) => personJson(`p${i}`, 50));
    const prepared = await prepareImport(importTargetFor(await db()), JSON.stringify({ version: 1, people }));
    expect(prepared).toEqual({ ok: false, error: expect.stringContaining(`250,000 aliases in all`) });
    expect(ALIASES_IN_ALL).toBe(20_000);
  });

  it('the background refuses too: record/put over either cap, and an import over the total, writing nothing', async () => {
    const d = await db();
    const writes = createCorpusWrites(async () => d);
    expect(() => writes.put('person', person('heavy', 40, 11).record)).toThrow('The person "heavy" has 51 aliases');
    const many = Array.from({ length: 400 }, (_, i) => person(`m${i}`, 50));
    await writes.applyImport({ records: many, hide: [], fileName: 'a.json', skipped: 0 });
    await expect(writes.put('person', person('one-more', 1).record)).rejects.toThrow(
      'Saving the person "one-more" would give your records 20,001 aliases in all',
    );
    await expect(writes.applyImport({ records: [person('x', 1)], hide: [], fileName: 'b.json', skipped: 0 })).rejects.toThrow(
      'This import would give your records 20,001 aliases',
    );
    expect(await d.count('user')).toBe(400);
    // Rewriting a stored record with as many aliases stays within the cap.
    await writes.put('person', person('m0', 50).record);
  });
});
