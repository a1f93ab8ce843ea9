/**
 * What a page may read of the corpus (issue 15): the resolver's view (`corpus/snapshot`, no
 * sources, notes or definitions), whole records by id (`corpus/details`: only what was asked, a
 * bounded count), and never the whole corpus (`corpus/full`, the extension's own pages only).
 * Driven through the real router over fake-indexeddb and WXT's fake browser.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedBundled } from '../storage/corpus-store';
import { openCorpusDb } from '../storage/db';
import { testTerm } from '../storage/test-records';
import { createCorpusHandlers } from './corpus-handlers';
import { DETAILS_MAX } from './protocol';
import { createRouter } from './router';

beforeEach(() => fakeBrowser.reset());

let n = 0;
async function setup() {
  const db = await openCorpusDb(`reads-${n++}`);
  await seedBundled(db, 'v1', [testTerm('admm'), testTerm('adsom')]);
  await db.put('user', { id: 'mine', kind: 'term', record: testTerm('mine', 'my own definition').record, origin: 'user', updatedAt: 1 });
  const getDb = async () => db;
  return createRouter(createCorpusHandlers(getDb), () => {});
}

const EXTENSION_PAGE = { senderUrl: 'chrome-extension://test-extension-id/popup.html' };
const CONTENT_SCRIPT = { senderUrl: 'https://news.example/article' };

describe('corpus reads', () => {
  it('the snapshot a page gets has every record without its definition, sources or notes', async () => {
    const route = await setup();
    const reply = await route({ type: 'corpus/snapshot', payload: {} }, CONTENT_SCRIPT);
    expect(reply.ok).toBe(true);
    const data = (reply as { data: { terms: object[]; userIds: string[] } }).data;
    expect(data.terms.map((t) => (t as { id: string }).id).sort()).toEqual(['admm', 'adsom', 'mine']);
    expect(data.userIds).toEqual(['mine']);
    const json = JSON.stringify(data);
    expect(json).not.toContain('my own definition');
    expect(json).not.toContain('"sources"');
    expect(json).not.toContain('"definition"');
  });

  it('details answer only the ids asked for, whole, and leave out unknown ones', async () => {
    const route = await setup();
    const reply = await route({ type: 'corpus/details', payload: { ids: ['mine', 'nobody', 'mine'] } }, CONTENT_SCRIPT);
    expect(reply).toEqual({ ok: true, data: [{ kind: 'term', record: testTerm('mine', 'my own definition').record }] });
  });

  it('details never carry notes, which no card shows', async () => {
    const route = await setup();
    await route({ type: 'record/put', payload: { kind: 'term', record: { ...testTerm('noted').record, notes: 'my private remark' } } });
    const reply = await route({ type: 'corpus/details', payload: { ids: ['noted'] } }, CONTENT_SCRIPT);
    expect(reply).toMatchObject({ ok: true, data: [{ record: { id: 'noted' } }] });
    expect(JSON.stringify(reply)).not.toContain('my private remark');
  });

  it('details refuse an empty or too long list, and anything but ids', async () => {
    const route = await setup();
    const many = Array.from({ length: DETAILS_MAX + 1 }, (_, i) => `id-${i}`);
    expect(await route({ type: 'corpus/details', payload: { ids: many } }, CONTENT_SCRIPT)).toMatchObject({ ok: false });
    expect(await route({ type: 'corpus/details', payload: { ids: [] } }, CONTENT_SCRIPT)).toMatchObject({ ok: false });
    expect(await route({ type: 'corpus/details', payload: { ids: [''] } }, CONTENT_SCRIPT)).toMatchObject({ ok: false });
    expect(await route({ type: 'corpus/details', payload: { ids: ['admm'], all: true } }, CONTENT_SCRIPT)).toMatchObject({ ok: false });
  });

  it('the whole corpus goes to the extension’s own pages only, never to a content script', async () => {
    const route = await setup();
    expect(await route({ type: 'corpus/full', payload: {} }, CONTENT_SCRIPT)).toMatchObject({ ok: false });
    const reply = await route({ type: 'corpus/full', payload: {} }, EXTENSION_PAGE);
    expect(reply).toMatchObject({
      ok: true,
      data: { terms: expect.arrayContaining([expect.objectContaining({ definition: 'my own definition' })]) },
    });
  });
});
