/**
 * The prefilter a page is checked with: the build's keys plus those of the reader's own records (a
 * short list from the background). Shared by the first pass and the controller, each of which keeps
 * the one it built until the reader's records change.
 */
import prefilterData from 'virtual:defence-lens-prefilter';
import { request } from '../../utils/messaging/client';
import { Prefilter } from '../../utils/prefilter/page-prefilter';

export async function loadPagePrefilter(): Promise<Prefilter> {
  const prefilter = new Prefilter(prefilterData);
  prefilter.addKeys(await request('prefilter/user-keys', {}));
  return prefilter;
}
