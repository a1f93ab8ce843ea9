/**
 * Every write to the corpus goes through the background's handlers: each one validates what it is
 * given, writes, bumps the corpus revision and so notifies every other context; a write that is
 * refused changes nothing and notifies nobody. Driven through the real router and the real import
 * port protocol, over fake-indexeddb and WXT's fake browser.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CORPUS_REVISION_KEY, watchCorpusRevision } from '../storage/corpus-revision';
import { getRecord, seedBundled } from '../storage/corpus-store';
import { ImportCancelled } from '../storage/corpus-transfer';
import { type CorpusDb, openCorpusDb } from '../storage/db';
import { testTerm } from '../storage/test-records';
import { createCorpusHandlers, mayWrite } from './corpus-handlers';
import { createCorpusWrites } from './corpus-writes';
import { type ImportPortLike, importThroughBackground, serveImportPort } from './import-port';
import { WRITE_REQUESTS } from './protocol';
import { createRouter } from './router';

beforeEach(() => fakeBrowser.reset());

let n = 0;
async function setup() {
  const db = await openCorpusDb(`writes-${n++}`);
  await seedBundled(db, 'v1', [testTerm('admm'), testTerm('adsom')]);
  await db.put('user', { id: 'mine', kind: 'term', record: testTerm('mine').record, origin: 'user', updatedAt: 1 });
  const getDb = async () => db;
  const writes = createCorpusWrites(getDb);
  const route = createRouter(createCorpusHandlers(getDb, writes), () => {});
  let notices = 0;
  watchCorpusRevision(() => notices++);
  const revision = async () => (await fakeBrowser.storage.local.get(CORPUS_REVISION_KEY))[CORPUS_REVISION_KEY];
  const userRows = async () => (await db.getAll('user')).map(({ updatedAt: _, ...row }) => row);
  return { db, writes, route, notices: () => notices, revision, userRows };
}

const EXTENSION_PAGE = { senderUrl: 'chrome-extension://test-extension-id/options.html' };
const CONTENT_SCRIPT = { senderUrl: 'https://news.example/article' };

/** A valid request for every write type, and what it must leave in the user store. */
const WRITES: Record<(typeof WRITE_REQUESTS)[number], { payload: object; check: (db: CorpusDb) => Promise<void> }> = {
  'record/put': {
    payload: { kind: 'term', record: { ...testTerm('admm', 'my edit').record } },
    check: async (db) => expect(await getRecord(db, 'admm')).toMatchObject({ origin: 'overlay', record: { definition: 'my edit' } }),
  },
  'record/delete': {
    payload: { id: 'adsom' },
    check: async (db) => expect(await db.get('user', 'adsom')).toMatchObject({ record: null }),
  },
  'record/reset': {
    payload: { id: 'admm' },
    check: async (db) => expect(await getRecord(db, 'admm')).toMatchObject({ origin: 'bundled', record: { definition: 'bundled' } }),
  },
  'corpus/reset-all': {
    payload: {},
    check: async (db) => expect(await db.count('user')).toBe(0),
  },
};

describe('every write request validates, writes, bumps the revision and notifies', () => {
  it.each(Object.keys(WRITES) as (keyof typeof WRITES)[])('%s', async (type) => {
    const t = await setup();
    // An edit first, so that reset has something to undo.
    await t.db.put('user', { id: 'admm', kind: 'term', record: testTerm('admm', 'old edit').record, origin: 'overlay', updatedAt: 2 });
    const before = await t.revision();
    const reply = await t.route({ type, payload: WRITES[type].payload }, EXTENSION_PAGE);
    expect(reply).toMatchObject({ ok: true });
    await WRITES[type].check(t.db);
    expect(await t.revision()).not.toBe(before);
    expect(t.notices()).toBe(1);
  });

  it('covers every write type the protocol lists', () => {
    expect(Object.keys(WRITES).sort()).toEqual([...WRITE_REQUESTS].sort());
  });

  it.each(Object.keys(WRITES) as (keyof typeof WRITES)[])('%s from a content script is refused and changes nothing', async (type) => {
    const t = await setup();
    const rows = await t.userRows();
    const reply = await t.route({ type, payload: WRITES[type].payload }, CONTENT_SCRIPT);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('extension’s own pages') });
    expect(await t.userRows()).toEqual(rows);
    expect(await t.revision()).toBeUndefined();
    expect(t.notices()).toBe(0);
  });

  it('an invalid record is refused with its field named, and nothing is written or notified', async () => {
    const t = await setup();
    const rows = await t.userRows();
    const bad = { ...testTerm('new-one').record, sources: [{ title: 'T', publisher: 'P', date: '2023-02-30', url: 'https://x.example/' }] };
    const reply = await t.route({ type: 'record/put', payload: { kind: 'term', record: bad } }, EXTENSION_PAGE);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('sources.0.date: not a date') });
    expect(await t.route({ type: 'record/delete', payload: { id: '' } }, EXTENSION_PAGE)).toMatchObject({ ok: false });
    expect(await t.userRows()).toEqual(rows);
    expect(t.notices()).toBe(0);
  });

  it('reads answer by message too: hidden records, the latest rows, an export', async () => {
    const t = await setup();
    await t.route({ type: 'record/delete', payload: { id: 'adsom' } }, EXTENSION_PAGE);
    expect(await t.route({ type: 'record/hidden', payload: {} })).toEqual({ ok: true, data: [testTerm('adsom')] });
    expect(await t.route({ type: 'record/recent', payload: { limit: 1 } })).toMatchObject({ ok: true, data: [{ id: 'adsom' }] });
    expect(await t.route({ type: 'corpus/export', payload: { scope: 'user' } })).toMatchObject({
      ok: true,
      data: { version: 2, hidden: ['adsom'], terms: [{ id: 'mine' }] },
    });
  });

  it('the visible corpus is read once per revision: frames asking at once share one read, and a write shows in the next', async () => {
    const db = await openCorpusDb(`writes-${n++}`);
    await seedBundled(db, 'v1', [testTerm('admm'), testTerm('adsom')]);
    let opened = 0;
    const getDb = async () => {
      opened++;
      return db;
    };
    const route = createRouter(createCorpusHandlers(getDb, createCorpusWrites(getDb)), () => {});
    const ask = () => route({ type: 'corpus/snapshot', payload: {} }, CONTENT_SCRIPT);
    const terms = (reply: unknown) => (reply as { data: { terms: { id: string }[] } }).data.terms.map((t) => t.id).sort();
    const first = await Promise.all(Array.from({ length: 5 }, ask));
    expect(opened).toBe(1);
    for (const reply of first) expect(terms(reply)).toEqual(['admm', 'adsom']);
    expect(terms(await ask())).toEqual(['admm', 'adsom']);
    expect(opened).toBe(1);
    await route({ type: 'record/put', payload: { kind: 'term', record: testTerm('zebra').record } }, EXTENSION_PAGE);
    const opensBefore = opened;
    expect(terms(await ask())).toEqual(['admm', 'adsom', 'zebra']);
    expect(opened).toBe(opensBefore + 1);
  });

  it('only the extension’s own pages and the background itself may write', () => {
    expect(mayWrite(undefined)).toBe(true);
    expect(mayWrite(EXTENSION_PAGE.senderUrl)).toBe(true);
    expect(mayWrite(CONTENT_SCRIPT.senderUrl)).toBe(false);
    expect(mayWrite('chrome-extension://another-extension/options.html')).toBe(false);
  });
});

/** Two connected in-memory port ends, delivering asynchronously and in order like runtime ports. */
function portPair(senderUrl: string): { page: ImportPortLike; background: ImportPortLike } {
  type End = ImportPortLike & {
    peer?: End;
    messageListeners: ((m: unknown) => void)[];
    disconnectListeners: (() => void)[];
    open: boolean;
  };
  const end = (): End => {
    const e: End = {
      name: 'corpus-import',
      open: true,
      messageListeners: [],
      disconnectListeners: [],
      postMessage(message) {
        if (!e.open) throw new Error('Attempting to use a disconnected port object');
        const copy = structuredClone(message);
        setTimeout(() => {
          if (!e.peer?.open) return;
          for (const l of e.peer.messageListeners) l(copy);
        }, 0);
      },
      disconnect() {
        if (!e.open) return;
        e.open = false;
        const peer = e.peer;
        if (peer?.open) {
          peer.open = false;
          setTimeout(() => {
            for (const l of peer.disconnectListeners) l();
          }, 0);
        }
      },
      onMessage: { addListener: (l) => e.messageListeners.push(l) },
      onDisconnect: { addListener: (l) => e.disconnectListeners.push(l) },
    };
    return e;
  };
  const page = end();
  const background = end();
  page.peer = background;
  background.peer = page;
  background.sender = { url: senderUrl };
  return { page, background };
}

describe('imports through the port', () => {
  const records = (count: number) => Array.from({ length: count }, (_, i) => testTerm(`new-${i}`));
  const connectTo = (t: Awaited<ReturnType<typeof setup>>, senderUrl = EXTENSION_PAGE.senderUrl) => {
    const { page, background } = portPair(senderUrl);
    serveImportPort(background, t.writes, mayWrite);
    return { connect: () => page, background };
  };

  it('applies the records and hidings in one go, reports progress, logs the import, and notifies once', async () => {
    const t = await setup();
    const progress: number[] = [];
    const result = await importThroughBackground(
      { records: [...records(300), testTerm('admm', 'imported')], hide: ['adsom'], fileName: 'f.json', skipped: 2 },
      { onProgress: (done) => progress.push(done) },
      connectTo(t).connect,
    );
    expect(result).toEqual({ added: 300, changed: 1, hidden: 1 });
    expect(progress).toEqual([250, 301]);
    expect(await getRecord(t.db, 'admm')).toMatchObject({ origin: 'overlay', record: { definition: 'imported' } });
    expect(await t.db.get('user', 'adsom')).toMatchObject({ record: null });
    expect(await t.db.getAll('imports')).toMatchObject([{ fileName: 'f.json', added: 300, changed: 1, hidden: 1, skipped: 2 }]);
    expect(t.notices()).toBe(1);
  });

  it('checks every record again: one the page let through unchecked refuses the whole import', async () => {
    const t = await setup();
    const rows = await t.userRows();
    const sneaked = { kind: 'term', record: { ...testTerm('sneaked').record, id: 'Not An Id' } } as never;
    const run = importThroughBackground(
      { records: [...records(3), sneaked], hide: [], fileName: 'f.json', skipped: 0 },
      {},
      connectTo(t).connect,
    );
    await expect(run).rejects.toThrow(/^records\[3\]\.id: not an id/);
    const twice = importThroughBackground(
      { records: [testTerm('a'), testTerm('a')], hide: [], fileName: 'f', skipped: 0 },
      {},
      connectTo(t).connect,
    );
    await expect(twice).rejects.toThrow(/appears twice/);
    const badHide = importThroughBackground({ records: [], hide: ['Bad Id'], fileName: 'f', skipped: 0 }, {}, connectTo(t).connect);
    await expect(badHide).rejects.toThrow(/invalid import: hide\.0/);
    expect(await t.userRows()).toEqual(rows);
    expect(await t.db.count('imports')).toBe(0);
    expect(t.notices()).toBe(0);
  });

  it('cancelling during the transaction leaves the database as it was and notifies nobody', async () => {
    const t = await setup();
    const rows = await t.userRows();
    const controller = new AbortController();
    const run = importThroughBackground(
      { records: records(3000), hide: [], fileName: 'big.json', skipped: 0 },
      { signal: controller.signal, onProgress: () => controller.abort() },
      connectTo(t).connect,
    );
    await expect(run).rejects.toBeInstanceOf(ImportCancelled);
    await new Promise((r) => setTimeout(r, 50));
    expect(await t.userRows()).toEqual(rows);
    expect(await t.db.count('imports')).toBe(0);
    expect(t.notices()).toBe(0);
  });

  it('the page closing mid-import cancels it', async () => {
    const t = await setup();
    const rows = await t.userRows();
    const { connect } = connectTo(t);
    const page = connect();
    let progressSeen = false;
    page.onMessage.addListener(() => {
      if (progressSeen) return;
      progressSeen = true;
      page.disconnect();
    });
    page.postMessage({ type: 'apply', payload: { records: records(3000), hide: [], fileName: 'f', skipped: 0 } });
    await expect.poll(() => progressSeen).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(await t.userRows()).toEqual(rows);
    expect(t.notices()).toBe(0);
  });

  it('an import from a content script is refused', async () => {
    const t = await setup();
    const run = importThroughBackground(
      { records: records(1), hide: [], fileName: 'f', skipped: 0 },
      {},
      connectTo(t, CONTENT_SCRIPT.senderUrl).connect,
    );
    await expect(run).rejects.toThrow(/extension’s own pages/);
    expect(await t.db.get('user', 'new-0')).toBeUndefined();
    expect(t.notices()).toBe(0);
  });
});
