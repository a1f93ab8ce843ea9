/**
 * The prefilter a page is checked with: the build's keys plus those of the reader's own records.
 * Those are read from storage, where the background keeps them beside the corpus revision they
 * were made for (reader-keys-cache.ts), and asked of the background only when missing or stale: the
 * first pass of an ordinary page sends no message at all (issue 15). Shared by the first pass and
 * the controller, each of which keeps the one it built until the reader's records change.
 */
import prefilterData from 'virtual:defence-lens-prefilter';
import { browser } from 'wxt/browser';
import { request } from '../../utils/messaging/client';
import { Prefilter } from '../../utils/prefilter/page-prefilter';
import { CORPUS_REVISION_KEY } from '../../utils/storage/corpus-revision';
import { freshReaderKeys, READER_KEYS_KEY } from '../../utils/storage/reader-keys-cache';

export async function loadPagePrefilter(): Promise<Prefilter> {
  const stored = await browser.storage.local.get([CORPUS_REVISION_KEY, READER_KEYS_KEY]);
  const keys = freshReaderKeys(stored, prefilterData.version) ?? (await request('prefilter/user-keys', {}));
  const prefilter = new Prefilter(prefilterData);
  prefilter.addKeys(keys, { reader: true });
  return prefilter;
}
