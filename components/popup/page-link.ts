/**
 * The popup's line to the content script of one tab (utils/messaging/page-protocol.ts). The tab is
 * the active one, or the one named by `?tab=<id>` (the entry the end-to-end tests use, since a test
 * cannot click the toolbar button).
 */
import { browser } from 'wxt/browser';
import type { PageReply, PageRequests, PageRequestType } from '../../utils/messaging/page-protocol';

export async function targetTabId(search: string = location.search): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Rejects when the tab has no content script (browser pages, stores, pages loaded before install). */
export async function askPage<T extends PageRequestType>(
  tabId: number,
  type: T,
  payload: PageRequests[T]['payload'],
): Promise<PageRequests[T]['data']> {
  const reply = (await browser.tabs.sendMessage(tabId, { type, payload })) as PageReply<T> | undefined;
  if (!reply) throw new Error('no answer from the page');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/** "https://www.example.org/a" -> "www.example.org"; undefined for pages without a host. */
export function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname;
    return host || undefined;
  } catch {
    return undefined;
  }
}
