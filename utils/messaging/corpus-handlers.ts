/**
 * The background's answers to corpus requests. Takes the database lazily: the service worker may
 * have been killed and restarted since the last request, so nothing here lives in memory only.
 */
import { browser } from 'wxt/browser';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { RECORD_SCHEMAS, type TaggedRecord } from '../corpus/schema';
import { corpusFromRecords } from '../corpus/tagged-records';
import { cachedSearch } from '../search/search-cache';
import { CORPUS_REVISION_KEY, notifyCorpusChanged } from '../storage/corpus-revision';
import { bundledVersion, countRecords, deleteRecord, getRecord, listRecords, putRecord, resetRecord } from '../storage/corpus-store';
import type { CorpusDb } from '../storage/db';
import type { Handlers } from './router';

export function createCorpusHandlers(getDb: () => Promise<CorpusDb>): Handlers {
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
    'record/put': async ({ kind, record }) => {
      const parsed = RECORD_SCHEMAS[kind].safeParse(record);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`);
      }
      const row = await putRecord(await getDb(), { kind, record: parsed.data } as TaggedRecord);
      await notifyCorpusChanged();
      return { id: row.id, origin: row.origin };
    },
    'record/delete': async ({ id }) => {
      await deleteRecord(await getDb(), id);
      await notifyCorpusChanged();
      return { id };
    },
    'record/reset': async ({ id }) => {
      await resetRecord(await getDb(), id);
      await notifyCorpusChanged();
      return { id };
    },
  };
}
