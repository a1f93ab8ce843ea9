/**
 * Sends a typed request to the background. Imports the protocol for types only, so the content
 * script does not carry the schema library.
 *
 * A request that does not reach the background (an MV3 service worker stopped mid-load: "Receiving
 * end does not exist", a port closed before the answer) is sent again after a growing pause, so a
 * page loaded while the worker was down is marked once it is back instead of staying in an error
 * state for good (issue 21). An answer that says no (`ok: false`) is final, and so is a content
 * script whose extension was reloaded or removed (its context is gone: nothing can answer it).
 */
import { browser } from 'wxt/browser';
import type { Reply, RequestPayload, RequestType, ResponseData } from './protocol';

export class RequestError extends Error {}

/** Pauses before each new try: 100 ms doubling to 5 s, about two minutes of tries in all. */
export const RETRY_DELAYS_MS: readonly number[] = [100, 200, 400, 800, 1600, 3200, ...Array<number>(22).fill(5000)];

export interface Transport {
  send(message: unknown): Promise<unknown>;
  sleep(ms: number): Promise<void>;
}

const defaultTransport: Transport = {
  send: (message) => browser.runtime.sendMessage(message),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The extension this script belongs to is gone (reloaded, updated, removed): retrying cannot help. */
const contextGone = (error: unknown) => /context invalidated/i.test(error instanceof Error ? error.message : String(error));

export async function request<T extends RequestType>(
  type: T,
  payload: RequestPayload<T>,
  transport: Transport = defaultTransport,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<ResponseData[T]> {
  for (let attempt = 0; ; attempt++) {
    let reply: Reply<T> | undefined;
    let failure: unknown;
    try {
      reply = (await transport.send({ type, payload })) as Reply<T> | undefined;
    } catch (error) {
      failure = error;
    }
    if (reply) {
      if (!reply.ok) throw new RequestError(reply.error);
      return reply.data;
    }
    const delay = delays[attempt];
    if (delay === undefined || contextGone(failure)) {
      throw new RequestError(`no reply to "${type}"${failure ? `: ${failure instanceof Error ? failure.message : String(failure)}` : ''}`);
    }
    await transport.sleep(delay);
  }
}
