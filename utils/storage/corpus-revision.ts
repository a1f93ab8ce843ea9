/**
 * A counter in browser.storage.local that changes after every write to the corpus, so that open
 * tabs and pages (which cannot see another context's IndexedDB writes) refresh what they matched.
 */
import { browser } from 'wxt/browser';

export const CORPUS_REVISION_KEY = 'corpusRevision';

/**
 * Call after every write to the corpus (background handlers and the options page both do).
 * The value is unique per call: storage.onChanged stays silent when a key is set to the value it
 * already holds, so a bare timestamp would swallow a second write in the same millisecond.
 */
export async function notifyCorpusChanged(): Promise<void> {
  await browser.storage.local.set({ [CORPUS_REVISION_KEY]: `${Date.now()}-${crypto.randomUUID()}` });
}

/** Calls `onChange` whenever any context changed the corpus; returns an unsubscribe function. */
export function watchCorpusRevision(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && CORPUS_REVISION_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
