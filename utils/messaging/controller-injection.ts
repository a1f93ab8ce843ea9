/**
 * The background's side of `content/controller` (issue 15): the first pass of a frame found a key,
 * so the controller's script (entrypoints/content-controller.ts) is injected into that frame, and
 * only that one. Pure: the browser call is passed in, so it is unit-tested.
 *
 * Only a content script of this extension can ask (its id, a tab and a frame in the sender), and
 * the script goes to the sender's own frame: no message can have it injected anywhere else.
 */
import { contentScriptFrame, type RouteContext } from './router';

/** The controller's script, as the build writes it (an unlisted script at the output's root). */
export const CONTROLLER_SCRIPT = '/content-controller.js' as const;

export type InjectScript = (target: { tabId: number; frameId: number }, file: typeof CONTROLLER_SCRIPT) => Promise<unknown>;

export function createControllerInjection(inject: InjectScript, self: { id: string }) {
  return async (_payload: unknown, context: RouteContext): Promise<{ injected: true }> => {
    await inject(contentScriptFrame(context, self, 'content/controller'), CONTROLLER_SCRIPT);
    return { injected: true };
  };
}
