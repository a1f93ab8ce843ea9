/**
 * Sends a typed request to the background. Imports the protocol for types only, so the content
 * script does not carry the schema library.
 */
import { browser } from 'wxt/browser';
import type { Reply, RequestPayload, RequestType, ResponseData } from './protocol';

export class RequestError extends Error {}

export async function request<T extends RequestType>(type: T, payload: RequestPayload<T>): Promise<ResponseData[T]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<T> | undefined;
  if (!reply) throw new RequestError(`no reply to "${type}"`);
  if (!reply.ok) throw new RequestError(reply.error);
  return reply.data;
}
