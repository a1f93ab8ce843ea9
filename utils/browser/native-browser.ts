/**
 * `wxt/browser` for the first pass's script only (wxt.config.ts aliases it there): the browser's
 * own extension API, `browser` in Firefox and `chrome` in Chromium, without the webextension
 * polyfill, whose set-up cost every page a third of the first pass's time (issue 15).
 *
 * What that script uses behaves the same on both without it: storage.local.get and
 * runtime.sendMessage return promises (Chromium's MV3 API does), and its message listeners answer
 * through sendResponse rather than by returning a promise (page-requests.ts, inspect-requests.ts).
 */
import type { browser as polyfilled } from 'wxt/browser';

type Api = typeof polyfilled;
const world = globalThis as unknown as { browser?: Api; chrome?: Api };

export const browser: Api = (world.browser?.runtime?.id ? world.browser : world.chrome) as Api;
