/**
 * The content script's entry. The first pass (first-pass.ts) runs on every page; only a page that
 * may hold a mention loads the controller (content-controller.ts), which holds the state and wires
 * the pipeline to the page. The popup's page requests are answered from the controller, or as a
 * page with nothing on it until then.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { FirstPass } from './first-pass';
import { listenForInspectRequests } from './inspect-requests';
import { listenForPageRequests } from './page-requests';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Frames without an origin of their own (about:blank, srcdoc) get the script of their parent's origin.
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main() {
    const first = new FirstPass(document, () => location.hostname);
    listenForPageRequests(() => first.handedOver()?.then((c) => c.pageState));
    listenForInspectRequests();
    await first.start();
  },
});
