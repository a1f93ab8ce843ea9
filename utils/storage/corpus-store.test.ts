import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  countRecords,
  deleteRecord,
  getRecord,
  listHiddenRecords,
  listRecords,
  putRecord,
  recentUserRows,
  resetRecord,
  seedBundled,
} from './corpus-store';
import { openCorpusDb } from './db';
import { testTerm } from './test-records';

let n = 0;
const freshDb = () => openCorpusDb(`test-${n++}`);

describe('corpus store', () => {
  it('seeds the bundled store once per version', async () => {
    const db = await freshDb();
    expect(await seedBundled(db, 'v1', [testTerm('admm'), testTerm('adsom')])).toBe(true);
    expect(await seedBundled(db, 'v1', [testTerm('admm')])).toBe(false);
    expect((await countRecords(db)).term).toBe(2);
  });

  it('keeps a user edit of a bundled record as an overlay across a bundled update', async () => {
    const db = await freshDb();
    await seedBundled(db, 'v1', [testTerm('admm')]);
    const row = await putRecord(db, testTerm('admm', 'my edit'));
    expect(row.origin).toBe('overlay');
    await seedBundled(db, 'v2', [testTerm('admm', 'newer bundled text')]);
    expect((await getRecord(db, 'admm'))?.record).toMatchObject({ definition: 'my edit' });
    await resetRecord(db, 'admm');
    expect((await getRecord(db, 'admm'))?.record).toMatchObject({ definition: 'newer bundled text' });
  });

  it('hides a deleted bundled record and can restore it', async () => {
    const db = await freshDb();
    await seedBundled(db, 'v1', [testTerm('admm'), testTerm('adsom')]);
    await deleteRecord(db, 'admm');
    expect(await getRecord(db, 'admm')).toBeUndefined();
    expect((await listRecords(db, 'term')).map((r) => r.record.id)).toEqual(['adsom']);
    await resetRecord(db, 'admm');
    expect(await getRecord(db, 'admm')).toMatchObject({ origin: 'bundled' });
  });

  it('destroys a deleted user record', async () => {
    const db = await freshDb();
    await putRecord(db, testTerm('mine'));
    expect(await getRecord(db, 'mine')).toMatchObject({ origin: 'user' });
    await deleteRecord(db, 'mine');
    expect(await getRecord(db, 'mine')).toBeUndefined();
    expect(await db.get('user', 'mine')).toBeUndefined();
  });
});

describe('hidden and recent records', () => {
  it('lists hidden bundled records with their bundled text, and the newest user rows first', async () => {
    const db = await freshDb();
    await seedBundled(db, 'v1', [testTerm('admm'), testTerm('adsom')]);
    await deleteRecord(db, 'adsom');
    await new Promise((r) => setTimeout(r, 2));
    await putRecord(db, testTerm('mine'));
    expect(await listHiddenRecords(db)).toEqual([{ kind: 'term', record: testTerm('adsom').record }]);
    expect((await recentUserRows(db, 5)).map((r) => r.id)).toEqual(['mine', 'adsom']);
    expect((await recentUserRows(db, 1)).map((r) => r.id)).toEqual(['mine']);
  });
});

describe('bundled updates that meet the reader’s rows', () => {
  it('a reader’s record whose id starts shipping bundled becomes an edit of it, and reset brings the bundled one', async () => {
    const db = await freshDb();
    await seedBundled(db, 'v1', [testTerm('admm')]);
    await putRecord(db, testTerm('new-thing', 'mine'));
    await seedBundled(db, 'v2', [testTerm('admm'), testTerm('new-thing', 'now bundled')]);
    expect(await getRecord(db, 'new-thing')).toMatchObject({ origin: 'overlay', record: { definition: 'mine' } });
    expect((await listRecords(db)).find((r) => r.record.id === 'new-thing')?.origin).toBe('overlay');
    await resetRecord(db, 'new-thing');
    expect(await getRecord(db, 'new-thing')).toMatchObject({ origin: 'bundled', record: { definition: 'now bundled' } });
  });

  it('an edit whose bundled record stopped shipping stays as the reader’s own, and reset does not destroy it', async () => {
    const db = await freshDb();
    await seedBundled(db, 'v1', [testTerm('admm'), testTerm('dropped')]);
    await putRecord(db, testTerm('dropped', 'my edit'));
    await seedBundled(db, 'v2', [testTerm('admm')]);
    expect(await getRecord(db, 'dropped')).toMatchObject({ origin: 'user', record: { definition: 'my edit' } });
    await resetRecord(db, 'dropped');
    expect(await getRecord(db, 'dropped')).toMatchObject({ origin: 'user', record: { definition: 'my edit' } });
  });
});
