/**
 * The background's answers to corpus requests. Takes the database lazily: the service worker may
 * have been killed and restarted since the last request, so nothing here lives in memory only.
 * Reads answer from utils/storage; writes go through corpus-writes.ts, which validates, writes and
 * bumps the corpus revision, and are refused unless they come from one of the extension's own pages.
 */
import { browser } from 'wxt/browser';
import { BUNDLED_CORPUS_VERSION, loadBundledCorpus } from '../corpus/bundled-corpus';
import { resolverView } from '../corpus/resolver-view';
import type { Corpus, TaggedRecord } from '../corpus/schema';
import { corpusFromRecords } from '../corpus/tagged-records';
import type { MatcherSnapshot } from '../match/matcher-snapshot';
import type { UserLayer } from '../match/user-layer';
import { prefilterKeys } from '../prefilter/prefilter-keys';
import { cachedSearch } from '../search/search-cache';
import { CORPUS_REVISION_KEY } from '../storage/corpus-revision';
import { bundledVersion, countRecords, getRecord, listHiddenRecords, listRecords, recentUserRows } from '../storage/corpus-store';
import { exportCorpus } from '../storage/corpus-transfer';
import type { CorpusDb } from '../storage/db';
import { readerKeysEntry } from '../storage/reader-keys-cache';
import { type CorpusWrites, createCorpusWrites } from './corpus-writes';
import { pageLayerKey, pageSnapshot, pageUserLayer, type ReaderRecords, readerRecords } from './page-user-records-cache';
import type { ResponseData } from './protocol';
import type { Handlers } from './router';
import { cachedUserLayer } from './user-layer-cache';

/** Compiled page layers kept while the worker lives (each a page's handful of the reader's records). */
const PAGE_LAYERS_KEPT = 16;

/**
 * Whether a sender may write: the extension's own pages (options, popup) and the background itself
 * (no sender), never a content script, which runs inside pages the extension does not control.
 */
export function mayWrite(senderUrl: string | undefined): boolean {
  return senderUrl === undefined || senderUrl.startsWith(browser.runtime.getURL('/'));
}

/** Refuses a read of the reader's private records to anything but the extension's own pages. */
function fromExtensionPage(context: { senderUrl?: string }): void {
  if (!mayWrite(context.senderUrl)) throw new Error('the reader’s records are read only by the extension’s own pages');
}

function fromExtension(context: { senderUrl?: string }): void {
  if (!mayWrite(context.senderUrl)) throw new Error('writes are accepted only from the extension’s own pages');
}

/**
 * The prefilter keys of the reader's records (new ones and edits of bundled ones), with the whole
 * corpus's offices and countries for their role phrases; none when the reader has no records.
 */
async function readerKeys(db: CorpusDb): Promise<string[]> {
  const listed = await listRecords(db);
  const mine = listed.filter((r) => r.origin !== 'bundled');
  if (mine.length === 0) return [];
  const records = listed.map((r) => ({ kind: r.kind, record: r.record }) as TaggedRecord);
  const corpus = corpusFromRecords('user', records, []);
  const ids = new Set(mine.map((r) => r.record.id));
  // Role phrases name an office through its country: an edited country changes its offices' phrases.
  for (const office of corpus.offices) if (ids.has(office.country)) ids.add(office.id);
  // A reader's person is sent to a page naming an office they held (utils/match/page-user-records.ts):
  // that office's keys are the reader's too, so the page reports them.
  for (const person of corpus.people) if (ids.has(person.id)) for (const role of person.roles) ids.add(role.office);
  const pick = <T extends { id: string }>(list: T[]) => list.filter((r) => ids.has(r.id));
  return prefilterKeys({
    ...corpus,
    people: pick(corpus.people),
    terms: pick(corpus.terms),
    meetings: pick(corpus.meetings),
    offices: pick(corpus.offices),
  });
}

/** The visible corpus (bundled merged with the reader's records) and the ids of the reader's records. */
async function visibleCorpus(db: CorpusDb): Promise<{ corpus: Corpus; userIds: string[] }> {
  const listed = await listRecords(db);
  const records = listed.map((r) => ({ kind: r.kind, record: r.record }) as TaggedRecord);
  const userIds = listed.filter((r) => r.origin !== 'bundled').map((r) => r.record.id);
  return { corpus: corpusFromRecords((await bundledVersion(db)) ?? 'none', records, loadBundledCorpus().ambiguities), userIds };
}

export function createCorpusHandlers(
  getDb: () => Promise<CorpusDb>,
  writes: CorpusWrites = createCorpusWrites(getDb),
  /** The build's matcher snapshot (the background imports it; tests give none). */
  matcherSnapshot: () => MatcherSnapshot | undefined = () => undefined,
): Handlers {
  // The reader's prefilter keys, kept for one corpus revision (every page load asks for them).
  let userKeys: { revision: unknown; keys: Promise<string[]> } | undefined;
  let userLayer: { revision: unknown; layer: Promise<UserLayer> } | undefined;
  // The merged records and key index of one revision, shared by every page asking (page-user-records-cache.ts).
  let readers: { revision: unknown; records: Promise<ReaderRecords> } | undefined;
  const pageLayers = new Map<string, { records: ReaderRecords; layer: UserLayer }>();
  const pageRecords = async (): Promise<ReaderRecords> => {
    const revision = (await browser.storage.local.get(CORPUS_REVISION_KEY))[CORPUS_REVISION_KEY];
    if (!readers || readers.revision !== revision || revision === undefined) {
      pageLayers.clear();
      const records = getDb().then((db) =>
        readerRecords(db, typeof revision === 'string' ? revision : '', loadBundledCorpus().ambiguities),
      );
      readers = { revision, records };
      records.catch(() => {
        if (readers?.records === records) readers = undefined;
      });
    }
    return readers.records;
  };
  // The visible corpus, read once per revision: a page of 100 frames asks for it 100 times at once (issue 21).
  let snapshot: { revision: unknown; corpus: Promise<ResponseData['corpus/snapshot']> } | undefined;
  const readSnapshot = async (): Promise<ResponseData['corpus/snapshot']> => {
    const { corpus, userIds } = await visibleCorpus(await getDb());
    return { ...resolverView(corpus), userIds };
  };
  return {
    ping: () => ({ pong: true, at: Date.now() }),
    // The background replaces this with its relay to the tab (inspect-relay.ts); nothing here reaches tabs.
    'page/inspect': () => {
      throw new Error('page/inspect is relayed by the background only');
    },
    // The background replaces this with its injection into the asking frame (controller-injection.ts).
    'content/controller': () => {
      throw new Error('content/controller is answered by the background only');
    },
    // The background replaces this with its insertion into the asking frame (mark-sheet-handler.ts).
    'content/mark-sheet': () => {
      throw new Error('content/mark-sheet is answered by the background only');
    },
    'corpus/info': async () => {
      const db = await getDb();
      return { version: (await bundledVersion(db)) ?? 'none', counts: await countRecords(db) };
    },
    'corpus/snapshot': async ({ keys }) => {
      // A page gets what resolving reads; a card asks for its records whole (corpus/details).
      // A page sends the reader's key hashes its text holds: it receives only the reader's records owning one (issue 21).
      if (keys) {
        const { userIds, ...page } = pageSnapshot(await pageRecords(), keys);
        return { ...resolverView(page), userIds };
      }
      // Every write bumps the revision (corpus-writes.ts) after it is written: a read begun before
      // a write is kept under the revision before it, and the next request reads again.
      const revision = (await browser.storage.local.get(CORPUS_REVISION_KEY))[CORPUS_REVISION_KEY];
      if (!snapshot || snapshot.revision !== revision) {
        const corpus = readSnapshot();
        snapshot = { revision, corpus };
        corpus.catch(() => {
          if (snapshot?.corpus === corpus) snapshot = undefined;
        });
      }
      return snapshot.corpus;
    },
    'corpus/details': async ({ ids }) => {
      const db = await getDb();
      const found = await Promise.all([...new Set(ids)].map((id) => getRecord(db, id)));
      // Editors' and the reader's notes are shown by no card: they never reach a page.
      return found.filter((r) => r !== undefined).map((r) => ({ kind: r.kind, record: { ...r.record, notes: undefined } }) as TaggedRecord);
    },
    'corpus/full': async (_payload, context) => {
      // The whole corpus stays out of pages (issue 15): a content script gets the view and details by id.
      if (!mayWrite(context.senderUrl)) throw new Error('the whole corpus is sent only to the extension’s own pages');
      return (await visibleCorpus(await getDb())).corpus;
    },
    'prefilter/user-keys': async () => {
      const revision = (await browser.storage.local.get(CORPUS_REVISION_KEY))[CORPUS_REVISION_KEY];
      if (!userKeys || userKeys.revision !== revision || revision === undefined) {
        const keys = readerKeys(await getDb());
        userKeys = { revision, keys };
        // Kept in storage too, for the first pass of the next pages to read without asking (reader-keys-cache.ts).
        keys
          .then((k) => browser.storage.local.set(readerKeysEntry({ revision, version: BUNDLED_CORPUS_VERSION, keys: k })))
          .catch(() => {});
        userKeys.keys.catch(() => {
          userKeys = undefined;
        });
      }
      return userKeys.keys;
    },
    'matcher/user-layer': async ({ keys }) => {
      if (keys) {
        const records = await pageRecords();
        const key = pageLayerKey(records, keys);
        const kept = pageLayers.get(key);
        // Only a layer made from these very records (a request of an older revision may still be finishing).
        if (kept?.records === records) return kept.layer;
        const layer = pageUserLayer(records, keys, matcherSnapshot());
        // The last few pages' layers, shared by the frames and pages that name the same records.
        if (pageLayers.size >= PAGE_LAYERS_KEPT) pageLayers.delete(pageLayers.keys().next().value as string);
        pageLayers.set(key, { records, layer });
        return layer;
      }
      const revision = (await browser.storage.local.get(CORPUS_REVISION_KEY))[CORPUS_REVISION_KEY];
      // One build per revision while the worker lives, shared by every frame asking at once; the database keeps it beyond.
      if (!userLayer || userLayer.revision !== revision || revision === undefined) {
        userLayer = {
          revision,
          layer: getDb().then((db) => cachedUserLayer(db, typeof revision === 'string' ? revision : '', matcherSnapshot())),
        };
        userLayer.layer.catch(() => {
          userLayer = undefined;
        });
      }
      return userLayer.layer;
    },
    'matcher/snapshot': () => {
      const snapshot = matcherSnapshot();
      if (!snapshot) throw new Error('no matcher snapshot in this build');
      return snapshot;
    },
    'search/index': async () => {
      const revision = (await browser.storage.local.get(CORPUS_REVISION_KEY))[CORPUS_REVISION_KEY];
      return cachedSearch(await getDb(), typeof revision === 'string' ? revision : '');
    },
    // Whole records with the reader's notes, lists and exports: for the extension's own pages only.
    // A content script reads what a card shows through corpus/details, which carries no notes.
    'record/get': async ({ id }, context) => {
      fromExtensionPage(context);
      return (await getRecord(await getDb(), id)) ?? null;
    },
    'record/list': async ({ kind }, context) => {
      fromExtensionPage(context);
      return listRecords(await getDb(), kind);
    },
    'record/hidden': async (_payload, context) => {
      fromExtensionPage(context);
      return listHiddenRecords(await getDb());
    },
    'record/recent': async ({ limit }, context) => {
      fromExtensionPage(context);
      return recentUserRows(await getDb(), limit);
    },
    'corpus/export': async ({ scope }, context) => {
      fromExtensionPage(context);
      return exportCorpus(await getDb(), scope);
    },
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
