/**
 * The controller's script (content/content-controller.ts: the pipeline, the marks, the card). Not
 * in the manifest: the background injects it into a frame whose first pass found a key
 * (content-first-pass.ts, content/hand-over.ts), in the same isolated world, so that a page with
 * nothing to find never loads, parses or compiles it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentController } from './content/content-controller';
import { takeHandOver } from './content/hand-over';

export default defineUnlistedScript(() => {
  const offer = takeHandOver();
  // A frame that navigated since it asked has a new document and its own first pass: nothing to take over.
  if (!offer) return;
  // The controller starts in a task of its own, after the one that evaluated this script.
  setTimeout(() => {
    const controller = new ContentController(offer.doc, offer.hostname, offer);
    offer.accept(controller);
    void controller.start();
  }, 0);
});
