/** Answers the popup's page protocol (utils/messaging/page-protocol.ts) from the scanner's state. */
import { browser } from 'wxt/browser';
import type { PageReply, PageRequestType } from '../../utils/messaging/page-protocol';
import type { PlacedMention } from '../../utils/page/place-mentions';
import { overrideDay } from '../../utils/resolve/override-day';
import type { PageScanner } from './page-scanner';

export interface PageState {
  scanner: PageScanner;
  /** Scrolls to a mention, flashes it and opens its card. */
  reveal: (pm: PlacedMention) => void;
  active: () => boolean;
  rescan: (date: string | null) => Promise<void>;
}

let revealCursor = new Map<string, number>();

const INVALID_DATE = 'invalid date override: expected a past day as YYYY-MM-DD, or null';
const dateOf = (message: { payload?: unknown }) => (message.payload as { date?: unknown } | null | undefined)?.date;

export async function answerPageRequest(
  message: { type?: unknown; payload?: unknown },
  state: PageState,
): Promise<PageReply<PageRequestType>> {
  const payload = (message.payload ?? {}) as Record<string, unknown>;
  const { scanner } = state;
  switch (message.type) {
    case 'page/mentions':
      return {
        ok: true,
        data: { url: location.href, date: scanner.date, mentions: state.active() ? scanner.placed.map((pm) => pm.mention) : [] },
      };
    case 'page/reveal': {
      const id = typeof payload.id === 'string' ? payload.id : '';
      const all = scanner.placed.filter((pm) => pm.mention.id === id && pm.startNode.isConnected);
      if (all.length === 0) return { ok: true, data: { found: false } };
      const next = ((revealCursor.get(id) ?? -1) + 1) % all.length;
      revealCursor.set(id, next);
      const pm = all[next];
      if (!pm) return { ok: true, data: { found: false } };
      state.reveal(pm);
      return { ok: true, data: { found: true } };
    }
    case 'page/set-date': {
      // Only a real, past calendar day (or null, the detected date): anything else changes nothing.
      const date = overrideDay(dateOf(message));
      if (date === undefined) return { ok: false, error: INVALID_DATE };
      revealCursor = new Map();
      await state.rescan(date);
      return { ok: true, data: { date: scanner.date } };
    }
    default:
      return { ok: false, error: `unknown page request "${String(message.type).slice(0, 60)}"` };
  }
}

/** The answers of a page the first pass found nothing on (first-pass.ts): no mentions, nothing to reveal, no date. */
export function answerIdlePageRequest(message: { type?: unknown; payload?: unknown }): PageReply<PageRequestType> {
  switch (message.type) {
    case 'page/mentions':
      return { ok: true, data: { url: location.href, date: { date: null, source: 'none' }, mentions: [] } };
    case 'page/reveal':
      return { ok: true, data: { found: false } };
    case 'page/set-date':
      if (overrideDay(dateOf(message)) === undefined) return { ok: false, error: INVALID_DATE };
      return { ok: true, data: { date: { date: null, source: 'none' } } };
    default:
      return { ok: false, error: `unknown page request "${String(message.type).slice(0, 60)}"` };
  }
}

/**
 * Listens for the popup's page requests. Only the top frame answers: the popup asks about the page
 * the reader sees, and one answer per tab keeps `tabs.sendMessage` from racing between frames.
 * `state` gives the controller's page state once the page was handed over to it, else undefined
 * (the controller is loaded only on a page that may hold a mention).
 */
export function listenForPageRequests(state: () => Promise<PageState> | undefined): void {
  // The answer goes through sendResponse (`return true` keeps the channel open): the first pass's
  // script runs on Chromium's own API, without the polyfill that lets a listener return a promise.
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    const m = message as { type?: unknown } | null;
    if (!m || typeof m.type !== 'string' || !m.type.startsWith('page/') || window !== window.top) return undefined;
    const pending = state();
    if (!pending) {
      sendResponse(answerIdlePageRequest(m));
      return undefined;
    }
    pending
      .then((s) => answerPageRequest(m, s))
      .then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: `"${m.type}" failed: ${String(error).slice(0, 200)}` }));
    return true;
  });
}
