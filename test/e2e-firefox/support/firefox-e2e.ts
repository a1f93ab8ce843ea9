/**
 * One Firefox per test file, with the built Firefox extension and the fixture server (the same
 * server as the Chromium suite). A test opens the tabs it needs and closes them; what a test changes
 * in the extension's storage it puts back, so the next test in the file starts from the defaults.
 *
 * Chromium's tests reach the extension's APIs through its service worker; Firefox's MV2 background
 * is a page that WebDriver BiDi does not show, so here an extension page in a tab of its own (the
 * "control" page) makes the calls: it has the same `browser.*` APIs as the background.
 */
import type { Frame, Page } from 'puppeteer-core';
import { type FirefoxLaunchOptions, type LaunchedFirefox, launchFirefox } from '../../../scripts/lib/launch-firefox';
import type { InspectReport } from '../../../utils/messaging/inspect-protocol';
import type { ArticleDate, Mention } from '../../../utils/model/mention';
import { type FixtureServer, startFixtureServer } from '../../e2e/support/fixture-server';
import { setInspector } from './firefox-page';
import { type NetworkRecorder, startNetworkRecorder } from './network-recorder';

export interface FirefoxE2E extends LaunchedFirefox {
  server: FixtureServer;
  /** Every request Firefox tried to send off this machine. */
  network: NetworkRecorder;
  /** Opens a fixture page and waits until the content script has talked to the background. */
  openFixture(path: string): Promise<Page>;
  /**
   * What the content script of `target` (a tab's page, or one of its frames) says of itself through
   * page/inspect (utils/messaging/inspect-protocol.ts), asked from the control page; null when it has
   * not started there.
   */
  inspect(target: Page | Frame): Promise<InspectReport | null>;
  /** Waits until the content script's state in `target` starts with `prefix` ('ready', 'off'). */
  waitForState(target: Page | Frame, prefix: string, timeoutMs?: number): Promise<string>;
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
  // The tab each page shows, found once by asking every tab (tab URLs are hidden without "tabs").
  const tabOf = new WeakMap<Page, number>();
  type Ask = { tabId: number; url?: string };
  const askTab = (ask: Ask) =>
    inExtension(async (a: Ask) => {
      type Runtime = { sendMessage(m: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> };
      const b = (globalThis as unknown as { browser: { runtime: Runtime } }).browser;
      const reply = await b.runtime.sendMessage({ type: 'page/inspect', payload: a });
      if (!reply.ok) throw new Error(reply.error);
      return reply.data as InspectReport | null;
    }, ask);
  const tabIds = () =>
    inExtension(async () => {
      type Tabs = { query(q: object): Promise<{ id: number }[]> };
      const b = (globalThis as unknown as { browser: { tabs: Tabs } }).browser;
      return (await b.tabs.query({})).map((t) => t.id);
    }, null);
  const inspect = async (target: Page | Frame): Promise<InspectReport | null> => {
    const page = 'mainFrame' in target ? target : target.page();
    const top = page.mainFrame() === target || page === target;
    const pageUrl = page.url();
    const ask = (tabId: number) => askTab(top ? { tabId } : { tabId, url: (target as Frame).url() });
    const known = tabOf.get(page);
    if (known !== undefined) {
      const report = await ask(known);
      if (!top || report === null || report.url === pageUrl) return report;
    }
    for (const tabId of await tabIds()) {
      const report = await askTab({ tabId });
      if (report?.url === pageUrl) {
        tabOf.set(page, tabId);
        return top ? report : ask(tabId);
      }
    }
    return null;
  };
  const waitForState = async (target: Page | Frame, prefix: string, timeoutMs = 30_000): Promise<string> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const state = (await inspect(target).catch(() => null))?.state ?? '';
      if (state.startsWith(prefix)) return state;
      if (Date.now() > until) throw new Error(`content script state is "${state}", not "${prefix}…", after ${timeoutMs} ms`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  };
  setInspector(inspect);
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
      await waitForState(page, 'ready');
      return page;
    },
    inspect,
    waitForState,
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
