/**
 * The script that runs on every page (registered in the manifest by wxt.config.ts, in every frame,
 * about:blank and srcdoc frames included): the first pass (content/first-pass.ts). Only a page that
 * may hold a mention gets the controller, which the background injects into that frame
 * (content-controller.ts). The popup's page requests are answered from the controller, or as a
 * page with nothing on it until then.
 *
 * Kept small on purpose (issue 15): it is built without WXT's content-script runtime and without
 * the webextension polyfill (wxt.config.ts), and carries no pipeline, marks or card code.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FirstPass } from './content/first-pass';
import { listenForInspectRequests } from './content/inspect-requests';
import { listenForPageRequests } from './content/page-requests';

export default defineUnlistedScript(async () => {
  const first = new FirstPass(document, () => location.hostname);
  listenForPageRequests(() => first.handedOver()?.then((c) => c.pageState));
  listenForInspectRequests();
  await first.start();
});
