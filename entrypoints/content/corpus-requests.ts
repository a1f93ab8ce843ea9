/**
 * The three requests a page's scan needs before it can match (the resolver's view, the build's
 * matcher snapshot, the reader's compiled layer), and their start in the first pass: a page that
 * passes asks for the controller's script, and the background's injection and the controller's
 * evaluation (~40 ms) used to come before these were even sent. The first pass sends them beside
 * the injection when it knows the keys they take: always for the matcher's snapshot (no keys), and
 * for the other two when the reader has no keys of their own (none to read the page for). Imported
 * by the first pass, so it holds nothing of the controller's but types.
 */
import { request } from '../../utils/messaging/client';
import type { RequestPayload, ResponseData } from '../../utils/messaging/protocol';

export type PageCorpusReplies = [
  ResponseData['corpus/snapshot'],
  ResponseData['matcher/snapshot'],
  ResponseData['matcher/user-layer'] | undefined,
];

/** How a request is sent (`request`; tests pass their own). */
export type Ask = <T extends 'corpus/snapshot' | 'matcher/snapshot' | 'matcher/user-layer'>(
  type: T,
  payload: RequestPayload<T>,
) => Promise<ResponseData[T]>;

/** What depends on the page's reader keys: the view (with the reader's records the page names) and their compiled layer. */
const keyedRequests = (keys: number[], ask: Ask) =>
  Promise.all([
    ask('corpus/snapshot', { keys }),
    // Compiled by the background (issue 21); without it the controller compiles them itself.
    ask('matcher/user-layer', { keys }).catch(() => undefined),
  ]);

/**
 * The replies for `keys` (the hashes of the reader's keys the page holds). `early` is the first
 * pass's start of them: its snapshot is used, and its keyed replies when the page needs no reader
 * keys; a request of it that failed is sent again.
 */
export async function requestPageCorpus(keys: number[], early?: CorpusPreload, ask: Ask = request): Promise<PageCorpusReplies> {
  const snapshot = early ? early.snapshot.catch(() => ask('matcher/snapshot', {})) : ask('matcher/snapshot', {});
  const keyed = early?.keyed && keys.length === 0 ? early.keyed.catch(() => keyedRequests(keys, ask)) : keyedRequests(keys, ask);
  const [[view, layer], matcher] = await Promise.all([keyed, snapshot]);
  return [view, matcher, layer];
}

/** Requests the first pass started for the controller (hand-over.ts); each is used once, by the first load. */
export interface CorpusPreload {
  snapshot: Promise<ResponseData['matcher/snapshot']>;
  /** Only for a reader without keys of their own: the replies for no keys. */
  keyed?: Promise<[ResponseData['corpus/snapshot'], ResponseData['matcher/user-layer'] | undefined]>;
}

/** Starts what can be asked before the controller runs; a failure is left to the controller, which asks again. */
export function preloadPageCorpus(readerHasKeys: boolean, ask: Ask = request): CorpusPreload {
  const preload: CorpusPreload = { snapshot: ask('matcher/snapshot', {}) };
  if (!readerHasKeys) preload.keyed = keyedRequests([], ask);
  // Not awaited if the controller never comes (a failed injection): no unhandled rejection.
  preload.snapshot.catch(() => {});
  preload.keyed?.catch(() => {});
  return preload;
}
