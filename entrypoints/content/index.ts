/**
 * The content script's entry: one controller per page (content-controller.ts) holds the state and
 * wires the pipeline to the page; the popup's page requests are answered from it.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentController } from './content-controller';
import { listenForInspectRequests } from './inspect-requests';
import { listenForPageRequests } from './page-requests';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Frames without an origin of their own (about:blank, srcdoc) get the script of their parent's origin.
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main() {
    const controller = new ContentController(document, () => location.hostname);
    listenForPageRequests(controller.pageState);
    listenForInspectRequests();
    await controller.start();
  },
});
