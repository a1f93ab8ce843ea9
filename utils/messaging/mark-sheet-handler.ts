/**
 * The background's side of `content/mark-sheet` (issue 21): the marks' rules as a user stylesheet
 * in the asking frame, inserted at document start. A user sheet is out of the page's reach (it is in
 * neither `document.styleSheets` nor `adoptedStyleSheets`), and a page styled with it from the start
 * pays nothing when its first marks appear, where adopting a `::highlight()` sheet later restyles
 * every element of the page. Pure: the browser calls are passed in, so it is unit-tested.
 *
 * Only a content script of this extension can ask, for its own frame; the CSS is built here from
 * names checked to the letter (protocol.ts) and the reader's settings, so a sender can style nothing
 * but its own highlights. Where the extension is off for the frame's site nothing is inserted.
 */
import { marksCss } from '../page/mark-css';
import { isActiveOn, type MarkStyle, type Settings } from '../settings/settings-model';
import type { RequestPayload, ResponseData } from './protocol';
import { contentScriptFrame, type RouteContext } from './router';

export type SheetTarget = { tabId: number; frameId: number };

export interface SheetCalls {
  insert(target: SheetTarget, css: string): Promise<unknown>;
  remove(target: SheetTarget, css: string): Promise<unknown>;
  settings(): Promise<Settings>;
}

export function createMarkSheetHandler(calls: SheetCalls, self: { id: string }) {
  return async (payload: RequestPayload<'content/mark-sheet'>, context: RouteContext): Promise<ResponseData['content/mark-sheet']> => {
    const target = contentScriptFrame(context, self, 'content/mark-sheet');
    if (payload.op === 'remove') {
      if (!payload.style) throw new Error('content/mark-sheet: remove needs the style the sheet was inserted with');
      await calls.remove(target, marksCss(payload.names, payload.style));
      return { style: null };
    }
    const settings = await calls.settings();
    if (!isActiveOn(settings, payload.hostname)) return { style: null };
    const style: MarkStyle = payload.style ?? settings.markStyle;
    await calls.insert(target, marksCss(payload.names, style));
    return { style };
  };
}
