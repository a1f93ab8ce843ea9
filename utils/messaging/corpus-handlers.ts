/**
 * The background's answers to corpus requests. Takes the database lazily: the service worker may
 * have been killed and restarted since the last request, so nothing here lives in memory only.
 * Reads answer from utils/storage; writes go through corpus-writes.ts, which validates, writes and
 * bumps the corpus revision, and are refused unless they come from one of the extension's own pages.
 */
import { browser } from 'wxt/browser';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import type { TaggedRecord } from '../corpus/schema';
import { corpusFromRecords } from '../corpus/tagged-records';
import { cachedSearch } from '../search/search-cache';
import { CORPUS_REVISION_KEY } from '../storage/corpus-revision';
import { bundledVersion, countRecords, getRecord, listHiddenRecords, listRecords, recentUserRows } from '../storage/corpus-store';
import { exportCorpus } from '../storage/corpus-transfer';
import type { CorpusDb } from '../storage/db';
import { type CorpusWrites, createCorpusWrites } from './corpus-writes';
import type { Handlers } from './router';

/**
 * Whether a sender may write: the extension's own pages (options, popup) and the background itself
 * (no sender), never a content script, which runs inside pages the extension does not control.
 */
export function mayWrite(senderUrl: string | undefined): boolean {
  return senderUrl === undefined || senderUrl.startsWith(browser.runtime.getURL('/'));
}

function fromExtension(context: { senderUrl?: string }): void {
  if (!mayWrite(context.senderUrl)) throw new Error('writes are accepted only from the extension’s own pages');
}

export function createCorpusHandlers(getDb: () => Promise<CorpusDb>, writes: CorpusWrites = createCorpusWrites(getDb)): Handlers {
  return {
    ping: () => ({ pong: true, at: Date.now() }),
    'corpus/info': async () => {
      const db = await getDb();
      return { version: (await bundledVersion(db)) ?? 'none', counts: await countRecords(db) };
    },
    'corpus/snapshot': async () => {
      const db = await getDb();
      const listed = await listRecords(db);
      const records = listed.map((r) => ({ kind: r.kind, record: r.record }) as TaggedRecord);
      const userIds = listed.filter((r) => r.origin !== 'bundled').map((r) => r.record.id);
      return { ...corpusFromRecords((await bundledVersion(db)) ?? 'none', records, loadBundledCorpus().ambiguities), userIds };
    },
    'search/index': async () => {
      const revision = (await browser.storage.local.get(CORPUS_REVISION_KEY))[CORPUS_REVISION_KEY];
      return cachedSearch(await getDb(), typeof revision === 'string' ? revision : '');
    },
    'record/get': async ({ id }) => (await getRecord(await getDb(), id)) ?? null,
    'record/list': async ({ kind }) => listRecords(await getDb(), kind),
    'record/hidden': async () => listHiddenRecords(await getDb()),
    'record/recent': async ({ limit }) => recentUserRows(await getDb(), limit),
    'corpus/export': async ({ scope }) => exportCorpus(await getDb(), scope),
    'record/put': ({ kind, record }, context) => {
      fromExtension(context);
      return writes.put(kind, record);
    },
    'record/delete': ({ id }, context) => {
      fromExtension(context);
      return writes.delete(id);
    },
    'record/reset': ({ id }, context) => {
      fromExtension(context);
      return writes.reset(id);
    },
    'corpus/reset-all': (_payload, context) => {
      fromExtension(context);
      return writes.resetAll();
    },
  };
}
