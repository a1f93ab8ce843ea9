/**
 * How the first pass (first-pass.ts) hands a page over to the controller (content-controller.ts).
 * They are two scripts: the first runs on every page, the second is injected by the background into
 * the one frame whose pass found a key (`scripting.executeScript`, utils/messaging/controller-injection.ts).
 * Both run in the same isolated world, so the offer waits on that world's global, which the page's
 * own scripts cannot see; nothing of it is on the page's DOM, and no file of the extension is
 * web-accessible for a page to probe for.
 */
import type { Prefilter } from '../../utils/prefilter/page-prefilter';
import type { ContentController } from './content-controller';
import type { CorpusPreload } from './corpus-requests';

export interface HandOver {
  doc: Document;
  /** The page's host name, read when settings are applied. */
  hostname: () => string;
  /** The first pass's prefilter: the controller checks added text with it, without asking for the reader's keys again. */
  prefilter: Prefilter;
  /** A new prefilter, after the reader's records changed (page-prefilter.ts, in the first pass's script). */
  loadPrefilter: () => Promise<Prefilter>;
  /** The corpus version of the build's prefilter keys (the state published before a corpus is loaded). */
  version: string;
  /** The corpus requests the first pass sent beside the controller's injection (corpus-requests.ts). */
  preload?: CorpusPreload;
  /** Called by the controller's script with the controller, before it starts. */
  accept: (controller: ContentController) => void;
}

const world = globalThis as unknown as { __defenceLensHandOver?: HandOver };

export function offerHandOver(offer: HandOver): void {
  world.__defenceLensHandOver = offer;
}

/** The offer, once: a second injection into the same frame finds none and does nothing. */
export function takeHandOver(): HandOver | undefined {
  const offer = world.__defenceLensHandOver;
  delete world.__defenceLensHandOver;
  return offer;
}
