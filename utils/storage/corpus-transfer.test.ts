import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { TaggedRecord } from '../corpus/schema';
import { commitImport, prepareImport } from '../import/import-flow';
import { parseImport } from '../import/parse-import';
import { canonical, previewImport } from '../import/preview-import';
import { deleteRecord, getRecord, listRecords, putRecord, seedBundled } from './corpus-store';
import { applyImport, exportCorpus, ImportCancelled, resetAll } from './corpus-transfer';
import { openCorpusDb } from './db';

const source = { title: 'T', publisher: 'P', date: null, url: 'https://example.org/' };
const term = (id: string, definition = 'bundled'): TaggedRecord => ({
  kind: 'term',
  record: {
    id,
    label: id.toUpperCase(),
    aliases: [],
    caseSensitive: true,
    category: 'mechanism',
    definition,
    related: [],
    sources: [source],
    unverified: [],
  },
});
let n = 0;
const fresh = async () => {
  const db = await openCorpusDb(`transfer-${n++}`);
  await seedBundled(db, 'v1', [term('admm'), term('adsom')]);
  return db;
};
const snapshot = async (db: Awaited<ReturnType<typeof fresh>>) => canonical(await Promise.all([db.getAll('bundled'), db.getAll('user')]));

describe('import, export and reset', () => {
  it('applies an import in one transaction and logs it', async () => {
    const db = await fresh();
    const progress: number[] = [];
    const result = await applyImport(db, [term('new-one'), term('admm', 'edited')], {
      fileName: 'f.json',
      skipped: 1,
      onProgress: (d) => progress.push(d),
    });
    expect(result).toEqual({ added: 1, changed: 1, hidden: 0 });
    expect((await getRecord(db, 'admm'))?.origin).toBe('overlay');
    expect(progress.at(-1)).toBe(2);
    expect(await db.getAll('imports')).toMatchObject([{ fileName: 'f.json', added: 1, changed: 1, skipped: 1 }]);
  });

  it('cancelling before commit leaves the database as it was', async () => {
    const db = await fresh();
    const before = await snapshot(db);
    const controller = new AbortController();
    const many = Array.from({ length: 2000 }, (_, i) => term(`t-${i}`));
    const run = applyImport(db, many, { fileName: 'big.json', skipped: 0, signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(ImportCancelled);
    expect(await snapshot(db)).toBe(before);
  });

  it('exports the reader’s records and an import of that export gives back the same data', async () => {
    const db = await fresh();
    await putRecord(db, term('mine'));
    await putRecord(db, term('admm', 'my edit'));
    const file = await exportCorpus(db, 'user', 'v1');
    expect(file.terms.map((t) => (t as { id: string }).id).sort()).toEqual(['admm', 'mine']);
    const other = await fresh();
    const parsed = parseImport(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.invalid).toEqual([]);
    await applyImport(other, parsed.records, { fileName: 'export.json', skipped: 0 });
    expect(canonical(await exportCorpus(other, 'all', 'v1'))).toBe(canonical(await exportCorpus(db, 'all', 'v1')));
  });

  it('an export of everything with hidden and edited records imports back into a fresh store as exactly the same data', async () => {
    const db = await fresh();
    await putRecord(db, term('mine'));
    await putRecord(db, term('admm', 'my edit'));
    await deleteRecord(db, 'adsom');
    const exported = await exportCorpus(db, 'all', 'v1');
    expect(exported.hidden).toEqual(['adsom']);
    const other = await fresh();
    const prepared = await prepareImport(other, JSON.stringify(exported));
    if (!prepared.ok) throw new Error(prepared.error);
    expect([prepared.preview.added.length, prepared.preview.changed.length, prepared.hide.toHide]).toEqual([1, 1, ['adsom']]);
    const result = await commitImport(other, prepared, { policy: 'cancel', fileName: 'all.json' });
    expect(result).toEqual({ added: 1, changed: 1, hidden: 1, skipped: 0 });
    expect(canonical(await exportCorpus(other, 'all', 'v1'))).toBe(canonical(exported));
    const rows = async (d: typeof db) => (await d.getAll('user')).map(({ updatedAt: _, ...row }) => row);
    expect(await rows(other)).toEqual(await rows(db));
    // Importing the same export again changes nothing at all.
    const again = await prepareImport(other, JSON.stringify(exported));
    expect(again.ok && [again.toApply.length, again.hide.toHide.length, again.hide.alreadyHidden]).toEqual([0, 0, 1]);
  });

  it('a hidden list never hides a record the reader edited, nor anything not bundled', async () => {
    const db = await fresh();
    await putRecord(db, term('admm', 'my edit'));
    const before = await snapshot(db);
    const prepared = await prepareImport(db, JSON.stringify({ hidden: ['admm', 'no-such-thing', 'Bad Id', 7] }));
    if (!prepared.ok) throw new Error(prepared.error);
    expect(prepared.hide.toHide).toEqual([]);
    expect(prepared.warnings.map((w) => w.message)).toEqual([
      'hidden[0]: you edited "admm"; it stays visible (hide it yourself if you wish)',
      'hidden[1]: no bundled record "no-such-thing" to hide; ignored',
    ]);
    expect(prepared.invalid.map((i) => i.errors[0])).toEqual(['hidden[2]: not an id', 'hidden[3]: not an id']);
    await commitImport(db, prepared, { policy: 'skip', fileName: 'h.json' });
    expect(await snapshot(db)).toBe(before);
  });

  it('previews new, changed, unchanged and kind conflicts without writing', async () => {
    const db = await fresh();
    const before = await snapshot(db);
    const person = { kind: 'person', record: { id: 'adsom' } } as unknown as TaggedRecord;
    const p = previewImport([term('admm'), term('adsom', 'changed'), term('brand-new'), person], await listRecords(db));
    expect([p.added.length, p.changed.length, p.unchanged.length, p.conflicts.length]).toEqual([1, 1, 1, 1]);
    expect(await snapshot(db)).toBe(before);
  });

  it('reset all brings back the bundled corpus', async () => {
    const db = await fresh();
    await putRecord(db, term('admm', 'edit'));
    await deleteRecord(db, 'adsom');
    await resetAll(db);
    expect((await listRecords(db)).map((r) => [r.record.id, r.origin])).toEqual([
      ['admm', 'bundled'],
      ['adsom', 'bundled'],
    ]);
  });
});

describe('migration from version 1', () => {
  it('keeps every user record, edit and tombstone', async () => {
    const name = 'migrate-v1';
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('bundled', { keyPath: 'id' }).createIndex('kind', 'kind');
        db.createObjectStore('user', { keyPath: 'id' }).createIndex('kind', 'kind');
        db.createObjectStore('meta');
      },
    });
    await v1.put('bundled', { id: 'admm', kind: 'term', record: term('admm').record });
    await v1.put('bundled', { id: 'adsom', kind: 'term', record: term('adsom').record });
    await v1.put('user', { id: 'admm', kind: 'term', record: term('admm', 'my edit').record, origin: 'overlay', updatedAt: 5 });
    await v1.put('user', { id: 'adsom', kind: 'term', record: null, origin: 'overlay', updatedAt: 6 });
    for (let i = 0; i < 50; i++)
      await v1.put('user', { id: `mine-${i}`, kind: 'term', record: term(`mine-${i}`).record, origin: 'user', updatedAt: 10 + i });
    await v1.put('meta', 'v1', 'bundledVersion');
    v1.close();

    const db = await openCorpusDb(name);
    expect(db.version).toBe(2);
    expect(await db.count('user')).toBe(52);
    expect((await getRecord(db, 'admm'))?.record).toMatchObject({ definition: 'my edit' });
    expect(await getRecord(db, 'adsom')).toBeUndefined();
    expect((await db.getAllFromIndex('user', 'updatedAt')).at(-1)?.id).toBe('mine-49');
    expect(await db.getAll('imports')).toEqual([]);
  });
});
