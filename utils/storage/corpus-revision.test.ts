import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CORPUS_REVISION_KEY, notifyCorpusChanged, watchCorpusRevision } from './corpus-revision';

beforeEach(() => fakeBrowser.reset());

describe('corpus revision', () => {
  it('every write notice reaches the watchers until they unsubscribe', async () => {
    let calls = 0;
    const stop = watchCorpusRevision(() => calls++);
    await notifyCorpusChanged();
    await notifyCorpusChanged();
    stop();
    await notifyCorpusChanged();
    expect(calls).toBe(2);
  });

  it('two notices in a row store different values (browsers skip onChanged for an unchanged value)', async () => {
    await notifyCorpusChanged();
    const first = (await fakeBrowser.storage.local.get(CORPUS_REVISION_KEY))[CORPUS_REVISION_KEY];
    await notifyCorpusChanged();
    const second = (await fakeBrowser.storage.local.get(CORPUS_REVISION_KEY))[CORPUS_REVISION_KEY];
    expect(second).not.toBe(first);
  });
});
