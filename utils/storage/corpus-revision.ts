/**
 * A counter in browser.storage.local that changes after every write to the corpus, so that open
 * tabs and pages (which cannot see another context's IndexedDB writes) refresh what they matched.
 */
import { browser } from 'wxt/browser';

export const CORPUS_REVISION_KEY = 'corpusRevision';

export async function notifyCorpusChanged(): Promise<void> {
  await browser.storage.local.set({ [CORPUS_REVISION_KEY]: Date.now() });
}

/** Calls `onChange` whenever any context changed the corpus; returns an unsubscribe function. */
export function watchCorpusRevision(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && CORPUS_REVISION_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
