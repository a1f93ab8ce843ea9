/**
 * The one message protocol between the content script, the extension pages and the background.
 * Every request is `{ type, payload }`; the background validates the payload with the schema named
 * by its type, and answers `{ ok: true, data }` or `{ ok: false, error }`, never throws across.
 */
import { z } from 'zod';
import type { ResolverView } from '../corpus/resolver-view';
import { type Corpus, RECORD_KINDS, type RecordKind, type TaggedRecord } from '../corpus/schema';
import type { MatcherSnapshot } from '../match/matcher-snapshot';
import type { UserLayer } from '../match/user-layer';
import { type HighlightKey, isHighlightNames } from '../page/mark-css';
import type { SerialisedSearch } from '../search/search-index';
import type { MarkStyle } from '../settings/settings-model';
import type { HiddenRecord, ResolvedRecord } from '../storage/corpus-store';
import type { ExportedFile } from '../storage/corpus-transfer';
import type { StoredUser } from '../storage/db';
import type { InspectReport } from './inspect-protocol';

const id = z.string().min(1).max(200);
/** Key hashes (32-bit, utils/prefilter); a page holds at most as many as the reader has keys. */
const readerKeyHashes = z.array(z.number().int().min(0).max(0xffffffff)).max(500_000).optional();
/** The most ids one `corpus/details` request may ask for (a card needs a handful). */
export const DETAILS_MAX = 64;

export const requestSchemas = {
  ping: z.strictObject({}),
  'corpus/info': z.strictObject({}),
  /**
   * The resolver's view of the visible corpus (bundled merged with the reader's records), for the
   * content script's matcher and pipeline: no sources, notes, summaries… (utils/corpus/resolver-view.ts).
   * `keys`: the reader's key hashes the page's text holds (Prefilter.readerKeyHits); only their records are sent. Without: every record.
   */
  'corpus/snapshot': z.strictObject({ keys: readerKeyHashes }),
  /** Whole records by id, for what a card shows (a read; at most DETAILS_MAX ids; unknown ids are left out; notes, which no card shows, too). */
  'corpus/details': z.strictObject({ ids: z.array(id).min(1).max(DETAILS_MAX) }),
  /** The whole visible corpus, for the extension's own pages (popup, card gallery, welcome); refused to content scripts. */
  'corpus/full': z.strictObject({}),
  /** The prefilter keys of the reader's own records (utils/prefilter), for the content script's first pass. */
  'prefilter/user-keys': z.strictObject({}),
  /** The content script's first pass found a key: inject the controller's script into the asking frame (controller-injection.ts). */
  'content/controller': z.strictObject({}),
  /**
   * The marks' user stylesheet for the asking frame (mark-sheet-handler.ts): `insert` at document
   * start (built from the frame's random highlight names and the reader's mark style, only where the
   * extension is on), `remove` with the style it was inserted with. Names are checked to the letter:
   * they are the only thing of the sender's that goes into the CSS.
   */
  'content/mark-sheet': z.strictObject({
    op: z.enum(['insert', 'remove']),
    names: z.custom<Record<HighlightKey, string>>(isHighlightNames, 'not a set of highlight names'),
    hostname: z.string().max(253),
    style: z.enum(['underline', 'background', 'none']).optional(),
  }),
  /** The build's matcher snapshot, kept in the background so that the content script does not carry it. */
  'matcher/snapshot': z.strictObject({}),
  /** The reader's own records compiled over the build's snapshot (utils/match/user-layer.ts); with `keys`, only the records a page needs. */
  'matcher/user-layer': z.strictObject({ keys: readerKeyHashes }),
  /** The popup's search index, cached in the database between opens (utils/search/search-cache.ts). */
  'search/index': z.strictObject({}),
  'record/get': z.strictObject({ id }),
  'record/list': z.strictObject({ kind: z.enum(RECORD_KINDS).optional() }),
  /** Bundled records the reader hid, with their bundled text (the options page's Show hidden). */
  'record/hidden': z.strictObject({}),
  /** The reader's latest rows (records, edits, hidings), newest first. */
  'record/recent': z.strictObject({ limit: z.number().int().min(1).max(100) }),
  /** The visible corpus, or only the reader's rows, as a corpus file of the current format version. */
  'corpus/export': z.strictObject({ scope: z.enum(['all', 'user']) }),
  // Writes (utils/messaging/corpus-writes.ts): each validates, writes, and bumps the corpus revision.
  // Imports are writes too, over a port for their progress and cancel (import-port.ts).
  'record/put': z.strictObject({ kind: z.enum(RECORD_KINDS), record: z.unknown() }),
  'record/delete': z.strictObject({ id }),
  'record/reset': z.strictObject({ id }),
  'corpus/reset-all': z.strictObject({}),
  /** The content script's state in a tab (inspect-protocol.ts), asked by the extension's own pages only. */
  'page/inspect': z.strictObject({
    tabId: z.number().int().min(0),
    frameId: z.number().int().min(0).optional(),
    url: z.string().max(4000).optional(),
  }),
} as const;

/** The requests that write: accepted only from the extension's own pages, never from a content script. */
export const WRITE_REQUESTS = ['record/put', 'record/delete', 'record/reset', 'corpus/reset-all'] as const satisfies readonly RequestType[];

export type RequestType = keyof typeof requestSchemas;
export type RequestPayload<T extends RequestType> = z.infer<(typeof requestSchemas)[T]>;

export interface CorpusInfo {
  version: string;
  counts: Record<RecordKind, number>;
}

export interface ResponseData {
  ping: { pong: true; at: number };
  'corpus/info': CorpusInfo;
  /** `userIds`: the reader's records (new or edited), which the content script layers over its bundled matcher. */
  'corpus/snapshot': ResolverView & { userIds: string[] };
  'corpus/details': TaggedRecord[];
  'corpus/full': Corpus;
  'prefilter/user-keys': string[];
  'content/controller': { injected: true };
  /** `style`: the mark style the frame's sheet now has; null when it has none. */
  'content/mark-sheet': { style: MarkStyle | null };
  'matcher/snapshot': MatcherSnapshot;
  'matcher/user-layer': UserLayer;
  'search/index': SerialisedSearch & { cached: boolean };
  'record/get': ResolvedRecord | null;
  'record/list': ResolvedRecord[];
  'record/hidden': HiddenRecord[];
  'record/recent': StoredUser[];
  'corpus/export': ExportedFile;
  'record/put': { id: string; origin: 'user' | 'overlay' };
  'record/delete': { id: string };
  'record/reset': { id: string };
  'corpus/reset-all': { cleared: true };
  'page/inspect': InspectReport | null;
}

export type Reply<T extends RequestType> = { ok: true; data: ResponseData[T] } | { ok: false; error: string };

export interface Envelope<T extends RequestType = RequestType> {
  type: T;
  payload: RequestPayload<T>;
}

export const envelopeSchema = z.object({ type: z.string().max(100), payload: z.unknown() });

export function isRequestType(type: string): type is RequestType {
  return Object.hasOwn(requestSchemas, type);
}
