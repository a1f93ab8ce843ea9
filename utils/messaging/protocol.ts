/**
 * The one message protocol between the content script, the extension pages and the background.
 * Every request is `{ type, payload }`; the background validates the payload with the schema named
 * by its type, and answers `{ ok: true, data }` or `{ ok: false, error }`, never throws across.
 */
import { z } from 'zod';
import { type Corpus, RECORD_KINDS, type RecordKind } from '../corpus/schema';
import type { SerialisedSearch } from '../search/search-index';
import type { ResolvedRecord } from '../storage/corpus-store';

const id = z.string().min(1).max(200);

export const requestSchemas = {
  ping: z.strictObject({}),
  'corpus/info': z.strictObject({}),
  /** The whole visible corpus (bundled merged with the reader's records) for the content script's matcher. */
  'corpus/snapshot': z.strictObject({}),
  /** The popup's search index, cached in the database between opens (utils/search/search-cache.ts). */
  'search/index': z.strictObject({}),
  'record/get': z.strictObject({ id }),
  'record/list': z.strictObject({ kind: z.enum(RECORD_KINDS).optional() }),
  'record/put': z.strictObject({ kind: z.enum(RECORD_KINDS), record: z.unknown() }),
  'record/delete': z.strictObject({ id }),
  'record/reset': z.strictObject({ id }),
} as const;

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
  'corpus/snapshot': Corpus & { userIds: string[] };
  'search/index': SerialisedSearch & { cached: boolean };
  'record/get': ResolvedRecord | null;
  'record/list': ResolvedRecord[];
  'record/put': { id: string; origin: 'user' | 'overlay' };
  'record/delete': { id: string };
  'record/reset': { id: string };
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
