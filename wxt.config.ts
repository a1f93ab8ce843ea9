import { resolve as resolvePath } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { matcherSnapshotPlugin } from './scripts/build/matcher-snapshot-plugin';

/** The pages the extension reads: every web page. */
const PAGE_MATCHES = ['http://*/*', 'https://*/*'];
/** The scripts that run in pages (unlisted, see the hook below). */
const PAGE_SCRIPTS = ['content-mark-sheet', 'content-first-pass', 'content-controller'];
/** Those that run on every page, and so get the browser's own API in place of the polyfill. */
const NATIVE_API_SCRIPTS = ['content-mark-sheet', 'content-first-pass'];

// Firefox gets MV2 on purpose: in Firefox MV3 host access is opt-in after install, so the content
// script would silently do nothing until the reader grants it. MV2 grants it at install time.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // A second build beside the reader's (the benchmark's timeline build in the bench smoke test)
  // goes elsewhere, so it never replaces the build the end-to-end tests load.
  ...(process.env.DEFENCE_LENS_OUT_DIR ? { outDir: process.env.DEFENCE_LENS_OUT_DIR } : {}),
  hooks: {
    // The content scripts run on every page, and on most of them only the first pass (issue 15).
    // Both are built as unlisted scripts (content-first-pass.ts, registered in the manifest below;
    // content-controller.ts, injected by the background on demand). Their bundles' modules are
    // wrapped in lazy initialisers, and rolldown's default of parenthesising each (a hint to V8 to
    // compile it at once) made every page compile top-level code it never runs.
    // The first pass's script also gets the browser's own API in place of the webextension
    // polyfill (utils/browser/native-browser.ts): the polyfill's set-up was a third of its time.
    'vite:build:extendConfig': (entrypoints, config) => {
      const names = entrypoints.map((e) => e.name);
      if (!names.some((n) => PAGE_SCRIPTS.includes(n))) return;
      const build = (config.build ?? {}) as { rolldownOptions?: Record<string, unknown> };
      build.rolldownOptions = { ...build.rolldownOptions, optimization: { pifeForModuleWrappers: false } };
      config.build = build;
      if (names.some((n) => NATIVE_API_SCRIPTS.includes(n))) {
        const resolve = (config.resolve ?? {}) as { alias?: unknown };
        const aliases = Array.isArray(resolve.alias)
          ? resolve.alias
          : Object.entries((resolve.alias ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
        const nativeBrowser = resolvePath(import.meta.dirname, 'utils/browser/native-browser.ts');
        resolve.alias = [{ find: /^wxt\/browser$/, replacement: nativeBrowser }, ...aliases];
        config.resolve = resolve as typeof config.resolve;
      }
    },
  },
  vite: () => ({
    plugins: [preact(), matcherSnapshotPlugin()],
    // DEFENCE_LENS_UNMINIFIED=1: readable function names in CPU profiles (scripts/bench/profile-*.ts).
    build: { sourcemap: false, ...(process.env.DEFENCE_LENS_UNMINIFIED === '1' ? { minify: false } : {}) },
  }),
  manifest: ({ browser }) => ({
    name: 'Defence Lens',
    description: 'Spots ASEAN defence terms, meetings and ministers on news pages and explains them on hover. Fully offline.',
    // scripting and the hosts: the background injects the controller's script into a frame whose
    // first pass found a key (utils/messaging/controller-injection.ts). The same hosts as the
    // content script's, so the reader is asked for nothing more.
    permissions: ['storage', 'scripting'],
    host_permissions: [...PAGE_MATCHES],
    // Not WXT's content-script entry: its runtime and the polyfill cost every page more than the
    // first pass itself (issue 15), so the manifest names the unlisted script directly.
    content_scripts: [
      // At document start: the marks' user stylesheet is asked for before the page is first styled
      // (entrypoints/content/early-sheet.ts), so that showing marks later restyles nothing. The top
      // frame only: a page of 100 frames sent 100 requests at once, and the frames' first marks then
      // often came before their sheets (our longest task 71-112 -> 215-259 ms on frames_100); a frame
      // adopts its sheet at its first mark, which restyles only that frame's document.
      {
        matches: [...PAGE_MATCHES],
        all_frames: false,
        run_at: 'document_start',
        js: ['content-mark-sheet.js'],
      },
      {
        matches: [...PAGE_MATCHES],
        all_frames: true,
        // Frames without an origin of their own (about:blank, srcdoc) get the script of their parent's origin.
        match_about_blank: true,
        run_at: 'document_idle',
        js: ['content-first-pass.js'],
      },
    ],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Defence Lens', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    // A key that opens the popup (the reader can rebind it in the browser's shortcut settings).
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Open the Defence Lens popup',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Fixed: Firefox's end-to-end tests give this id a known moz-extension UUID (launch-firefox.ts).
              id: 'defence-lens@defence-lens.example',
              // 140: the first Firefox with the CSS Custom Highlight API (the marks) and the data-consent key.
              strict_min_version: '140.0',
              // Firefox's data-consent key: the extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data-consent key from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
