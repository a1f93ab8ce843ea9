/**
 * The script that runs at document start in the top frame (registered in the manifest by
 * wxt.config.ts): it draws the frame's highlight names and asks the background for the marks' user
 * stylesheet (content/early-sheet.ts), so that the page is styled with it from its first layout and
 * showing marks later restyles nothing. A few lines and one message; built like the first pass's
 * script, without WXT's content-script runtime or the webextension polyfill.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { requestEarlySheet } from './content/early-sheet';

export default defineUnlistedScript(() => {
  requestEarlySheet(location.hostname);
});
