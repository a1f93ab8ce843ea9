/**
 * The background's side of page/inspect (inspect-protocol.ts): checks the sender, then relays the
 * question to the tab's content script. Pure: the browser call is passed in, so it is unit-tested.
 */
import { INSPECT_STATE, type InspectReport, type InspectSender, mayInspect } from './inspect-protocol';
import type { RequestPayload } from './protocol';

export type SendToTab = (tabId: number, message: unknown, options: { frameId?: number }) => Promise<unknown>;

export function createInspectHandler(send: SendToTab, self: { id: string; origin: string }) {
  return async (payload: RequestPayload<'page/inspect'>, context: { sender?: InspectSender }): Promise<InspectReport | null> => {
    if (!context.sender || !mayInspect(context.sender, self)) throw new Error('page/inspect is answered only to the extension’s own pages');
    // A frame by its id, or whichever frame is at `url`; the top frame when neither is given.
    const frameId = payload.frameId ?? (payload.url === undefined ? 0 : undefined);
    const options = frameId === undefined ? {} : { frameId };
    try {
      const reply = (await send(payload.tabId, { type: INSPECT_STATE, payload: { url: payload.url ?? null } }, options)) as
        | { ok: true; data: InspectReport }
        | undefined;
      return reply?.ok ? reply.data : null;
    } catch {
      // No content script there (yet): not an error for the asker, who polls.
      return null;
    }
  };
}
