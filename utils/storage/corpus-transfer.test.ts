import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { CORPUS_FORMAT, CORPUS_FORMAT_VERSION, corpusFileSchema, readCorpusFileWrapper } from '../corpus/corpus-file';
import type { TaggedRecord } from '../corpus/schema';
import { commitImport, prepareImport } from '../import/import-flow';
import { parseImport } from '../import/parse-import';
import { canonical, previewImport } from '../import/preview-import';
import { importTargetFor } from '../import/test-import-target';
import { deleteRecord, getRecord, listRecords, putRecord, seedBundled } from './corpus-store';
import { applyImport, exportCorpus, ImportCancelled, resetAll } from './corpus-transfer';
import { openCorpusDb } from './db';
import { testSource, testTerm } from './test-records';

let n = 0;
const fresh = async () => {
  const db = await openCorpusDb(`transfer-${n++}`);
  await seedBundled(db, 'v1', [testTerm('admm'), testTerm('adsom')]);
  return db;
};
const snapshot = async (db: Awaited<ReturnType<typeof fresh>>) => canonical(await Promise.all([db.getAll('bundled'), db.getAll('user')]));

describe('import, export and reset', () => {
  it('applies an import in one transaction and logs it', async () => {
    const db = await fresh();
    const progress: number[] = [];
    const result = await applyImport(db, [testTerm('new-one'), testTerm('admm', 'edited')], {
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
    const many = Array.from({ length: 2000 }, (_, i) => testTerm(`t-${i}`));
    const run = applyImport(db, many, { fileName: 'big.json', skipped: 0, signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(ImportCancelled);
    expect(await snapshot(db)).toBe(before);
  });

  it('exports the reader’s records and an import of that export gives back the same data', async () => {
    const db = await fresh();
    await putRecord(db, testTerm('mine'));
    await putRecord(db, testTerm('admm', 'my edit'));
    const file = await exportCorpus(db, 'user');
    expect(file.terms.map((t) => (t as { id: string }).id).sort()).toEqual(['admm', 'mine']);
    const other = await fresh();
    const parsed = parseImport(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.invalid).toEqual([]);
    await applyImport(other, parsed.records, { fileName: 'export.json', skipped: 0 });
    expect(canonical(await exportCorpus(other, 'all'))).toBe(canonical(await exportCorpus(db, 'all')));
  });

  it('an export of everything with hidden and edited records imports back into a fresh store as exactly the same data', async () => {
    const db = await fresh();
    await putRecord(db, testTerm('mine'));
    await putRecord(db, testTerm('admm', 'my edit'));
    await deleteRecord(db, 'adsom');
    const exported = await exportCorpus(db, 'all');
    expect(exported.hidden).toEqual(['adsom']);
    const other = await fresh();
    const prepared = await prepareImport(importTargetFor(other), JSON.stringify(exported));
    if (!prepared.ok) throw new Error(prepared.error);
    expect([prepared.preview.added.length, prepared.preview.changed.length, prepared.hide.toHide]).toEqual([1, 1, ['adsom']]);
    const result = await commitImport(importTargetFor(other), prepared, { policy: 'cancel', fileName: 'all.json' });
    expect(result).toEqual({ added: 1, changed: 1, hidden: 1, skipped: 0 });
    expect(canonical(await exportCorpus(other, 'all'))).toBe(canonical(exported));
    const rows = async (d: typeof db) => (await d.getAll('user')).map(({ updatedAt: _, ...row }) => row);
    expect(await rows(other)).toEqual(await rows(db));
    // Importing the same export again changes nothing at all.
    const again = await prepareImport(importTargetFor(other), JSON.stringify(exported));
    expect(again.ok && [again.toApply.length, again.hide.toHide.length, again.hide.alreadyHidden]).toEqual([0, 0, 1]);
  });

  it('a hidden list never hides a record the reader edited, nor anything not bundled', async () => {
    const db = await fresh();
    await putRecord(db, testTerm('admm', 'my edit'));
    const before = await snapshot(db);
    const prepared = await prepareImport(importTargetFor(db), JSON.stringify({ hidden: ['admm', 'no-such-thing', 'Bad Id', 7] }));
    if (!prepared.ok) throw new Error(prepared.error);
    expect(prepared.hide.toHide).toEqual([]);
    expect(prepared.warnings.map((w) => w.message)).toEqual([
      'hidden[0]: you edited "admm"; it stays visible (hide it yourself if you wish)',
      'hidden[1]: no bundled record "no-such-thing" to hide; ignored',
    ]);
    expect(prepared.invalid.map((i) => i.errors[0])).toEqual(['hidden[2]: not an id', 'hidden[3]: not an id']);
    await commitImport(importTargetFor(db), prepared, { policy: 'skip', fileName: 'h.json' });
    expect(await snapshot(db)).toBe(before);
  });

  it('a file record with the id of a hidden bundled record is previewed and counted as changed, and brings it back', async () => {
    const db = await fresh();
    await deleteRecord(db, 'adsom');
    const prepared = await prepareImport(importTargetFor(db), JSON.stringify({ terms: [{ ...testTerm('adsom', 'back again').record }] }));
    if (!prepared.ok) throw new Error(prepared.error);
    expect([prepared.preview.added.length, prepared.preview.changed.length, prepared.preview.unchanged.length]).toEqual([0, 1, 0]);
    expect(await commitImport(importTargetFor(db), prepared, { policy: 'cancel', fileName: 'f.json' })).toMatchObject({
      added: 0,
      changed: 1,
    });
    expect(await getRecord(db, 'adsom')).toMatchObject({ origin: 'overlay', record: { definition: 'back again' } });
  });

  it('previews new, changed, unchanged and kind conflicts without writing', async () => {
    const db = await fresh();
    const before = await snapshot(db);
    const person = { kind: 'person', record: { id: 'adsom' } } as unknown as TaggedRecord;
    const p = previewImport([testTerm('admm'), testTerm('adsom', 'changed'), testTerm('brand-new'), person], await listRecords(db));
    expect([p.added.length, p.changed.length, p.unchanged.length, p.conflicts.length]).toEqual([1, 1, 1, 1]);
    expect(await snapshot(db)).toBe(before);
  });

  it('reset all brings back the bundled corpus', async () => {
    const db = await fresh();
    await putRecord(db, testTerm('admm', 'edit'));
    await deleteRecord(db, 'adsom');
    await resetAll(db);
    expect((await listRecords(db)).map((r) => [r.record.id, r.origin])).toEqual([
      ['admm', 'bundled'],
      ['adsom', 'bundled'],
    ]);
  });
});

describe('migration from version 1', () => {
  it('keeps every bundled row, user record, edit, tombstone and meta value exactly', async () => {
    const name = 'migrate-v1';
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('bundled', { keyPath: 'id' }).createIndex('kind', 'kind');
        db.createObjectStore('user', { keyPath: 'id' }).createIndex('kind', 'kind');
        db.createObjectStore('meta');
      },
    });
    const person = (id: string) => ({
      id,
      name: `Person ${id}`,
      aliases: [],
      shortNames: [],
      misspellings: [],
      country: 'SG',
      roles: [{ office: 'sg-defence', title: 'Minister', start: '2020-02-29', end: null, acting: false }],
      summary: 'A <script>kept as text</script> summary.',
      sources: [testSource],
      unverified: [],
    });
    for (let i = 0; i < 200; i++) await v1.put('bundled', { id: `b-${i}`, kind: 'term', record: testTerm(`b-${i}`).record });
    for (let i = 0; i < 300; i++) {
      const id = `b-${i % 200}`;
      // Edits of bundled records, tombstones over them, and the reader's own records of two kinds.
      if (i < 100) await v1.put('user', { id, kind: 'term', record: testTerm(id, `edit ${i}`).record, origin: 'overlay', updatedAt: i });
      else if (i < 150) await v1.put('user', { id, kind: 'term', record: null, origin: 'overlay', updatedAt: i });
      else if (i < 250)
        await v1.put('user', { id: `mine-${i}`, kind: 'term', record: testTerm(`mine-${i}`).record, origin: 'user', updatedAt: i });
      else await v1.put('user', { id: `p-${i}`, kind: 'person', record: person(`p-${i}`), origin: 'user', updatedAt: i });
    }
    await v1.put('meta', 'v1', 'bundledVersion');
    const before = await Promise.all([v1.getAll('bundled'), v1.getAll('user'), v1.getAll('meta'), v1.getAllKeys('meta')]);
    v1.close();

    const db = await openCorpusDb(name);
    expect(db.version).toBe(2);
    expect(await Promise.all([db.getAll('bundled'), db.getAll('user'), db.getAll('meta'), db.getAllKeys('meta')])).toEqual(before);
    expect(await db.count('user')).toBe(300);
    // What the reader sees is what they had: their edits, their hidden records, their own records.
    expect((await getRecord(db, 'b-5'))?.record).toMatchObject({ definition: 'edit 5' });
    expect(await getRecord(db, 'b-120')).toBeUndefined();
    expect((await getRecord(db, 'p-299'))?.record).toMatchObject({ summary: 'A <script>kept as text</script> summary.' });
    expect((await listRecords(db)).length).toBe(200 - 50 + 100 + 50);
    // The new index and store work on the old rows.
    expect((await db.getAllFromIndex('user', 'updatedAt')).at(-1)?.id).toBe('p-299');
    expect(await db.getAll('imports')).toEqual([]);
    await applyImport(db, [testTerm('after-upgrade')], { fileName: 'after.json', skipped: 0 });
    expect(await db.getAll('imports')).toMatchObject([{ fileName: 'after.json', added: 1 }]);
  });
});

describe('the export is a file of the current format version', () => {
  it('passes the one file schema, records included, and reads back as the current version', async () => {
    const db = await fresh();
    await putRecord(db, testTerm('mine'));
    await deleteRecord(db, 'adsom');
    const file = await exportCorpus(db, 'all');
    expect(file).toMatchObject({ format: CORPUS_FORMAT, version: CORPUS_FORMAT_VERSION, hidden: ['adsom'] });
    const checked = corpusFileSchema.safeParse(JSON.parse(JSON.stringify(file)));
    expect(checked.success && checked.data.terms?.map((t) => t.id).sort()).toEqual(['admm', 'mine']);
    expect(readCorpusFileWrapper(JSON.parse(JSON.stringify(file)))).toMatchObject({ ok: true, readAs: CORPUS_FORMAT_VERSION });
  });
});
