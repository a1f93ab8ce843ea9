/**
 * Messages from the popup to the content script of a tab (browser.tabs.sendMessage), and the
 * content script's answers. Same envelope as the background protocol: `{ type, payload }`.
 */
import type { ArticleDate, Mention } from '../model/mention';

export interface PageRequests {
  /** What the page mentions, in page order, with the article date that was used. */
  'page/mentions': { payload: Record<string, never>; data: { url: string; date: ArticleDate; mentions: Mention[] } };
  /** Scroll to the next mention of an entity, flash it and open its card. */
  'page/reveal': { payload: { id: string }; data: { found: boolean } };
  /** Re-resolve the page against another article date (null goes back to the detected one). */
  'page/set-date': { payload: { date: string | null }; data: { date: ArticleDate } };
}

export type PageRequestType = keyof PageRequests;
export type PageReply<T extends PageRequestType> = { ok: true; data: PageRequests[T]['data'] } | { ok: false; error: string };
