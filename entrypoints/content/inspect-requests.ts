/**
 * Answers the background's `inspect/state` (utils/messaging/inspect-protocol.ts) from this frame's
 * inspect state (inspect.ts): the Firefox end-to-end tests' view of the content script and of the
 * card in its closed shadow root. Only the background can send it (tabs.sendMessage, after checking
 * that an extension page asked); nothing here is on the page's DOM.
 */
import { browser } from 'wxt/browser';
import { INSPECT_STATE, type InspectCard, type InspectReport } from '../../utils/messaging/inspect-protocol';
import { inspect } from './inspect';

function cardReport(): InspectCard | null {
  const root = inspect.cardRoot;
  const host = inspect.cardHost;
  if (!root || !host) return null;
  const card = root.querySelector('[data-testid=defence-lens-card]');
  const visible = host.isConnected && !!card && getComputedStyle(host).visibility !== 'hidden';
  return {
    visible,
    title: card?.querySelector('h2')?.textContent ?? null,
    text: card?.textContent ?? '',
    links: [...(card?.querySelectorAll('a') ?? [])].map((a) => ({
      text: a.textContent ?? '',
      href: a.getAttribute('href'),
      target: a.getAttribute('target'),
    })),
    focused: document.activeElement === host || root.activeElement !== null,
  };
}

export function inspectReport(): InspectReport {
  return {
    url: location.href,
    top: window === window.top,
    state: inspect.state,
    marks: inspect.marks,
    markStyle: inspect.markStyle,
    highlightNames: { ...inspect.highlightNames },
    card: cardReport(),
  };
}

export function listenForInspectRequests(): void {
  // Answered through sendResponse: this runs on the browser's own API, without the polyfill (content-first-pass.ts).
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    const m = message as { type?: unknown; payload?: { url?: unknown } } | null;
    if (!m || m.type !== INSPECT_STATE || sender.id !== browser.runtime.id) return undefined;
    const url = m.payload?.url;
    // Asked for one frame by its address: the others stay silent.
    if (typeof url === 'string' && url !== location.href) return undefined;
    sendResponse({ ok: true, data: inspectReport() });
    return undefined;
  });
}
