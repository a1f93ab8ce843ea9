/**
 * Starts Debian's Firefox ESR with the built Firefox extension (.output/firefox-mv2) installed as a
 * temporary add-on, driven by puppeteer-core over WebDriver BiDi. Shared by the Firefox end-to-end
 * tests and `npm start -- --firefox`.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath } from './firefox-path';
import { OUTPUT_DIR } from './launch-extension';

export const FIREFOX_EXTENSION_DIR = join(OUTPUT_DIR, 'firefox-mv2');

/**
 * Preferences that keep Firefox quiet on a closed network: no captive-portal or connectivity probe,
 * no push, telemetry, studies, remote settings, safe-browsing lists, region lookup or speculative
 * connection. (Updates and the add-on servers already point nowhere in puppeteer's own profile.)
 */
const QUIET_PREFS: Record<string, unknown> = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'dom.push.connection.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'datareporting.usage.uploadEnabled': false,
  'app.shield.optoutstudies.enabled': false,
  'app.normandy.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'extensions.getAddons.showPane': false,
  'extensions.blocklist.enabled': false,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  // Remote settings (blocklists, experiments, certificate lists) sync at start: a release build
  // ignores this override unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 is in its environment (set below).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'messaging-system.rsexperimentloader.enabled': false,
};

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on's id (browser_specific_settings.gecko.id in the built manifest). */
  extensionId: string;
  /** The moz-extension:// host, fixed at launch through the `extensions.webextensions.uuids` preference. */
  uuid: string;
  profileDir: string;
  /** Where Firefox saves downloads without asking (inside the profile: removed on close). */
  downloadDir: string;
  /** "firefox/153.8.0" */
  version: string;
  extensionUrl(page: string): string;
  /** Opens one of the extension's own pages (popup.html, options.html) in a new tab, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number } | null;
  /** Send every request for a host other than this machine to an HTTP proxy on 127.0.0.1:<port> (to see it). */
  proxyPort?: number;
  /** More preferences for this run (to switch a feature off, as an older Firefox lacks it). */
  prefs?: Record<string, unknown>;
}

/** The add-on id the build wrote into the manifest: the moz-extension UUID is tied to it. */
export function geckoId(extensionDir = FIREFOX_EXTENSION_DIR): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    // 127.0.0.1 and localhost (the fixture server) stay direct; everything else goes to the proxy.
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.socks_remote_dns': true,
  };
}

/**
 * Opens a moz-extension:// page in `page`. Two things differ from a web page: WebDriver BiDi refuses
 * to navigate a tab to an extension page unless Firefox was started with --remote-allow-system-access
 * (see below), and Firefox sends no navigation events for the document it loads there (it moves the
 * tab to the extension process), so puppeteer's goto would wait for ever. The navigation is started,
 * then the test waits for the extension's document itself.
 */
export async function gotoExtensionPage(page: Page, url: string, timeout = 20_000): Promise<void> {
  let failure: unknown;
  void page.goto(url, { timeout }).catch((error: unknown) => {
    if (!/timeout|detached|closed|target/i.test(String(error))) failure = error;
  });
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      if (await page.evaluate((u: string) => location.href === u && document.readyState === 'complete', url)) return;
    } catch {
      // The tab is between its two documents: its old realm is going away.
    }
    if (failure) throw failure;
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<LaunchedFirefox> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built Firefox extension at ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const extensionId = geckoId(extensionDir);
  const uuid = randomUUID();
  const profileDir = mkdtempSync(join(tmpdir(), 'defence-lens-firefox-'));
  const downloadDir = join(profileDir, 'downloads');
  // Firefox writes to ~/.mozilla and ~/.cache: keep each run's writes beside its profile.
  const home = `${profileDir}-home`;
  mkdirSync(downloadDir, { recursive: true });
  mkdirSync(home, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    // DEFENCE_LENS_FIREFOX_LOG=1 prints Firefox's own output (extension errors show there).
    dumpio: process.env.DEFENCE_LENS_FIREFOX_LOG === '1',
    userDataDir: profileDir,
    defaultViewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    // Lets BiDi open the extension's own pages in a tab (see gotoExtensionPage).
    args: ['--remote-allow-system-access'],
    env: {
      ...process.env,
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_CACHE_HOME: join(home, '.cache'),
    },
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      ...(options.proxyPort ? proxyPrefs(options.proxyPort) : {}),
      // A known moz-extension:// host for the add-on, instead of a random one chosen at install.
      'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: uuid }),
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      ...options.prefs,
    },
  });
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== extensionId) throw new Error(`installed ${installed}, expected ${extensionId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const version = await browser.version();
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
  return {
    browser,
    extensionId,
    uuid,
    profileDir,
    downloadDir,
    version,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await gotoExtensionPage(page, extensionUrl(path));
      return page;
    },
    async close() {
      await browser.close();
      // A profile is tens of megabytes: each run's goes when its browser does.
      for (const dir of [profileDir, home]) rmSync(dir, { recursive: true, force: true });
    },
  };
}
