/**
 * One Firefox per test file, with the built Firefox extension and the fixture server (the same
 * server as the Chromium suite). A test opens the tabs it needs and closes them; what a test changes
 * in the extension's storage it puts back, so the next test in the file starts from the defaults.
 *
 * Chromium's tests reach the extension's APIs through its service worker; Firefox's MV2 background
 * is a page that WebDriver BiDi does not show, so here an extension page in a tab of its own (the
 * "control" page) makes the calls: it has the same `browser.*` APIs as the background.
 */
import type { Page } from 'puppeteer-core';
import { type FirefoxLaunchOptions, type LaunchedFirefox, launchFirefox } from '../../../scripts/lib/launch-firefox';
import type { ArticleDate, Mention } from '../../../utils/model/mention';
import { type FixtureServer, startFixtureServer } from '../../e2e/support/fixture-server';
import { type NetworkRecorder, startNetworkRecorder } from './network-recorder';

export interface FirefoxE2E extends LaunchedFirefox {
  server: FixtureServer;
  /** Every request Firefox tried to send off this machine. */
  network: NetworkRecorder;
  /** Opens a fixture page and waits until the content script has talked to the background. */
  openFixture(path: string): Promise<Page>;
  /** Runs `fn(arg)` in an extension page, where `browser.*` is the WebExtension API. */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** What the content script of the tab showing `page` answers to page/mentions, and that tab's id. */
  askPage(page: Page): Promise<{ tabId: number; data: { date: ArticleDate; mentions: Mention[] } } | undefined>;
  /** Sets the reader's settings the way the options page does (browser.storage.local). */
  setSettings(patch: Record<string, unknown>): Promise<void>;
  /** Puts the settings back to what they were when the browser started. */
  resetSettings(): Promise<void>;
}

export async function startFirefoxE2E(options: FirefoxLaunchOptions = {}): Promise<FirefoxE2E> {
  const server = await startFixtureServer();
  // Every other host goes to a proxy that refuses and notes it: no test can reach the network, and
  // the network test reads what was attempted.
  const network = await startNetworkRecorder();
  const ff = await launchFirefox({ ...options, proxyPort: network.port });
  let control: Page | undefined;
  const controlPage = async () => {
    if (!control || control.isClosed()) control = await ff.openExtensionPage('options.html');
    return control;
  };
  const inExtension = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    (await controlPage()).evaluate(fn as (arg: unknown) => Promise<R>, arg) as Promise<R>;
  const initialSettings = await inExtension(async () => {
    const b = (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).browser;
    return (await b.storage.local.get('settings')).settings ?? null;
  }, null);

  const env: FirefoxE2E = {
    ...ff,
    server,
    network,
    inExtension,
    async openFixture(path) {
      const page = await ff.browser.newPage();
      await page.goto(server.url(path));
      await page.waitForSelector('html[data-defence-lens^="ready"]', { timeout: 30_000 });
      return page;
    },
    async askPage(page) {
      const url = await page.evaluate(() => location.href);
      return inExtension(async (u) => {
        type Tabs = { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
        const b = (globalThis as unknown as { browser: { tabs: Tabs } }).browser;
        // Without the "tabs" permission tab URLs are hidden: ask every tab and keep the fixture's answer.
        for (const tab of await b.tabs.query({})) {
          try {
            const answer = (await b.tabs.sendMessage(tab.id, { type: 'page/mentions', payload: {} })) as
              | { ok: boolean; data: { url: string; date: ArticleDate; mentions: Mention[] } }
              | undefined;
            if (answer?.ok && answer.data.url === u) return { tabId: tab.id, data: answer.data };
          } catch {
            // a tab without our content script
          }
        }
        return undefined;
      }, url);
    },
    async setSettings(patch) {
      await inExtension(async (p) => {
        type Local = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
        const b = (globalThis as unknown as { browser: { storage: { local: Local } } }).browser;
        const { settings } = await b.storage.local.get('settings');
        await b.storage.local.set({ settings: { ...((settings as object) ?? {}), ...p } });
      }, patch);
    },
    async resetSettings() {
      await inExtension(async (initial) => {
        type Local = { set(v: object): Promise<void>; remove(k: string): Promise<void> };
        const b = (globalThis as unknown as { browser: { storage: { local: Local } } }).browser;
        if (initial === null) await b.storage.local.remove('settings');
        else await b.storage.local.set({ settings: initial });
      }, initialSettings);
    },
    async close() {
      await ff.close();
      await server.close();
      await network.close();
    },
  };
  return env;
}
