// @vitest-environment happy-dom
/**
 * The background's page-sized answers, through its real handlers over fake-indexeddb and WXT's fake
 * browser: the reader's keys as `prefilter/user-keys` gives them, the hits as the content script
 * finds them, and what `corpus/snapshot { keys }` and `matcher/user-layer { keys }` send back.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { corpusFromView } from '../corpus/resolver-view';
import { taggedRecords } from '../corpus/tagged-records';
import { buildMatcherSnapshot, matcherForCorpus } from '../match/corpus-matcher';
import { findMatches } from '../match/find-matches';
import { Prefilter } from '../prefilter/page-prefilter';
import { foldString } from '../prefilter/prefilter-keys';
import { handMadeCorpus, person } from '../resolve/test-support/hand-made-corpus';
import { CORPUS_REVISION_KEY } from '../storage/corpus-revision';
import { seedBundled } from '../storage/corpus-store';
import { openCorpusDb } from '../storage/db';
import { createCorpusHandlers } from './corpus-handlers';
import { readerRecords } from './page-user-records-cache';

beforeEach(() => fakeBrowser.reset());

const bundled = handMadeCorpus();
const snapshot = buildMatcherSnapshot(bundled);
const EXTENSION_PAGE = { senderUrl: 'chrome-extension://test-extension-id/options.html' };
const folds = foldString();

let n = 0;
async function setup() {
  const db = await openCorpusDb(`page-records-${n++}`);
  await seedBundled(db, bundled.version, taggedRecords(bundled));
  const handlers = createCorpusHandlers(
    async () => db,
    undefined,
    () => snapshot,
  );
  for (const [id, name] of [
    ['zara-quillfeather', 'Zara Quillfeather'],
    ['olan-brookhaven', 'Olan Brookhaven'],
  ] as const)
    await handlers['record/put'](
      { kind: 'person', record: person(id, name, 'SG', [], { aliases: [`${name.split(' ')[1]} of Zephyr`] }) },
      EXTENSION_PAGE,
    );
  // The reader's keys as the first pass gets them, and a page's hits as the controller reads them.
  const prefilter = new Prefilter({ version: bundled.version, keys: '', folds });
  prefilter.addKeys(await handlers['prefilter/user-keys']({}, {}), { reader: true });
  const hitsOf = async (text: string) => {
    document.body.innerHTML = `<p>${text}</p>`;
    return [...(await prefilter.readerKeyHits([document.body], { spent: () => false, pause: async () => {} }))];
  };
  return { db, handlers, hitsOf };
}

describe('page-sized reader records', () => {
  it("sends a page only the reader's people it names, compiled, and none to a page naming none", async () => {
    const { handlers, hitsOf } = await setup();
    const keys = await hitsOf('Minister Zara Quillfeather met Ashton Carter.');
    const reply = await handlers['corpus/snapshot']({ keys }, {});
    expect(reply.people.map((p) => p.id)).toContain('zara-quillfeather');
    expect(reply.people.map((p) => p.id)).not.toContain('olan-brookhaven');
    expect(reply.people.map((p) => p.id)).toContain('ashton-carter');
    expect(reply.userIds).toEqual(['zara-quillfeather']);
    const userLayer = await handlers['matcher/user-layer']({ keys }, {});
    const matcher = matcherForCorpus({ snapshot, corpus: corpusFromView(reply), userIds: reply.userIds, userLayer });
    const found = findMatches(matcher, 'Minister Zara Quillfeather met Ashton Carter.').flatMap((m) => m.entries.map((e) => e.target));
    expect(new Set(found)).toEqual(new Set(['zara-quillfeather', 'ashton-carter']));

    const none = await handlers['corpus/snapshot']({ keys: await hitsOf('Ashton Carter spoke in Honolulu.') }, {});
    expect(none.userIds).toEqual([]);
    expect(none.people.map((p) => p.id).sort()).toEqual(bundled.people.map((p) => p.id).sort());
    expect((await handlers['matcher/user-layer']({ keys: [] }, {})).layer).toBeUndefined();
  });

  it('without keys, sends every record as before', async () => {
    const { handlers } = await setup();
    const reply = await handlers['corpus/snapshot']({}, {});
    expect(reply.userIds.sort()).toEqual(['olan-brookhaven', 'zara-quillfeather']);
  });

  it('keeps the key index in the database: a woken worker reads it back, and a write builds a new one', async () => {
    const { db, handlers } = await setup();
    const revision = (await fakeBrowser.storage.local.get(CORPUS_REVISION_KEY))[CORPUS_REVISION_KEY] as string;
    expect((await readerRecords(db, revision)).index.cached).toBe(false);
    expect((await readerRecords(db, revision)).index.cached).toBe(true);
    await handlers['record/put']({ kind: 'person', record: person('tove-marshwick', 'Tove Marshwick', 'VN', []) }, EXTENSION_PAGE);
    const next = (await fakeBrowser.storage.local.get(CORPUS_REVISION_KEY))[CORPUS_REVISION_KEY] as string;
    const rebuilt = await readerRecords(db, next);
    expect(rebuilt.index.cached).toBe(false);
    expect(rebuilt.index.ids).toContain('tove-marshwick');
  });
});
