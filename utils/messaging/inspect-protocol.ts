/**
 * `page/inspect`: what the content script of a tab (or one of its frames) tells the extension's own
 * pages about itself, for the Firefox end-to-end tests (Firefox has no CDP, and WebDriver BiDi cannot
 * reach a content script's world). Only an extension page may ask (mayInspect); the background relays
 * the question to the content script as `inspect/state` (browser.tabs.sendMessage). Types only: the
 * content script imports this file.
 */

/** The message the background relays to a content script. `url`: only the frame at that address answers. */
export const INSPECT_STATE = 'inspect/state';

export interface InspectCard {
  /** The card is made and shown (its host not hidden). */
  visible: boolean;
  title: string | null;
  /** textContent of the card inside its closed shadow root. */
  text: string;
  links: { text: string; href: string | null; target: string | null }[];
  /** Focus is on the card's host or inside its root. */
  focused: boolean;
}

export interface InspectReport {
  url: string;
  top: boolean;
  state: string;
  marks: number;
  markStyle: string | null;
  highlightNames: Record<string, string>;
  card: InspectCard | null;
}

export interface InspectSender {
  id?: string;
  url?: string;
}

/**
 * Whether a sender may ask page/inspect: one of this extension's own pages (its id, and a URL at the
 * extension's origin), never a content script (whose URL is the web page's) nor another extension,
 * nor a sender without a URL.
 */
export function mayInspect(sender: InspectSender, self: { id: string; origin: string }): boolean {
  if (sender.id !== self.id) return false;
  if (typeof sender.url !== 'string' || !self.origin) return false;
  const origin = self.origin.endsWith('/') ? self.origin : `${self.origin}/`;
  return sender.url.startsWith(origin);
}
