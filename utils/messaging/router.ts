/**
 * Turns typed handlers into one message listener. Pure: no browser API, so it is unit-tested as is.
 * Unknown types and malformed payloads get an error reply and are logged once per kind of fault,
 * so that a hostile page spamming messages cannot flood the console.
 */
import {
  type Envelope,
  envelopeSchema,
  isRequestType,
  type Reply,
  type RequestPayload,
  type RequestType,
  type ResponseData,
  requestSchemas,
} from './protocol';

/**
 * Who sent a message: its URL (a page's or the extension page's) and, for page/inspect, id and URL
 * (inspect-protocol.ts); for a content script, its tab and frame (content/controller).
 */
export interface RouteContext {
  senderUrl?: string;
  sender?: { id?: string; url?: string; tabId?: number; frameId?: number };
}

/**
 * The tab and frame of a content script of this extension that sent `type`, or an error: an
 * extension page (no tab) and other extensions are refused. For the requests that act on the
 * sender's own frame (content/controller, content/mark-sheet), which no message can aim elsewhere.
 */
export function contentScriptFrame(context: RouteContext, self: { id: string }, type: RequestType): { tabId: number; frameId: number } {
  const sender = context.sender;
  if (!sender || sender.id !== self.id || typeof sender.tabId !== 'number' || typeof sender.frameId !== 'number') {
    throw new Error(`${type} is answered to a content script of this extension only`);
  }
  return { tabId: sender.tabId, frameId: sender.frameId };
}

export type Handlers = {
  [T in RequestType]: (payload: RequestPayload<T>, context: RouteContext) => Promise<ResponseData[T]> | ResponseData[T];
};

export function createRouter(handlers: Handlers, log: (message: string) => void = console.warn) {
  const logged = new Set<string>();
  const fault = (key: string, error: string): Reply<RequestType> => {
    if (!logged.has(key)) {
      logged.add(key);
      log(`Defence Lens: ${error}`);
    }
    return { ok: false, error };
  };

  return async function route(message: unknown, context: RouteContext = {}): Promise<Reply<RequestType>> {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return fault('envelope', 'malformed message: expected { type, payload }');
    const { type, payload } = envelope.data;
    if (!isRequestType(type)) return fault(`type:${type}`, `unknown message type "${type.slice(0, 100)}"`);
    const parsed = requestSchemas[type].safeParse(payload ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first?.path.length ? first.path.join('.') : 'payload';
      return fault(`payload:${type}`, `invalid "${type}" message: ${where}: ${first?.message ?? 'invalid'}`);
    }
    try {
      const handler = handlers[type] as (p: unknown, c: RouteContext) => unknown;
      return { ok: true, data: (await handler(parsed.data, context)) as ResponseData[typeof type] };
    } catch (error) {
      return fault(`handler:${type}:${String(error)}`, `"${type}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

export type Envelopes = { [T in RequestType]: Envelope<T> }[RequestType];
