import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { matcherSnapshotPlugin } from './scripts/build/matcher-snapshot-plugin';

// Firefox gets MV2 on purpose: in Firefox MV3 host access is opt-in after install, so the content
// script would silently do nothing until the reader grants it. MV2 grants it at install time.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // A second build beside the reader's (the benchmark's timeline build in the bench smoke test)
  // goes elsewhere, so it never replaces the build the end-to-end tests load.
  ...(process.env.DEFENCE_LENS_OUT_DIR ? { outDir: process.env.DEFENCE_LENS_OUT_DIR } : {}),
  hooks: {
    // The content script runs on every page, and on most of them only its first pass (issue 15): its
    // bundle's modules are wrapped in lazy initialisers, and rolldown's default of parenthesising
    // each (a hint to V8 to compile it at once) made every page compile the whole pipeline's
    // top-level code. Without the parentheses V8 only pre-parses what the page never runs.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      const build = (config.build ?? {}) as { rolldownOptions?: Record<string, unknown> };
      build.rolldownOptions = { ...build.rolldownOptions, optimization: { pifeForModuleWrappers: false } };
      config.build = build;
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
    permissions: ['storage'],
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
