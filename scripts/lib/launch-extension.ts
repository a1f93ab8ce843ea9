/**
 * Starts Debian's Chromium with the built extension loaded, headless, on a profile folder.
 * Shared by the end-to-end tests, `npm start` and the benchmarks.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { chromiumPath } from './chromium-path';

/** WXT's output folder: `.output`, or DEFENCE_LENS_OUT_DIR when a build was made elsewhere (wxt.config.ts). */
export const OUTPUT_DIR = process.env.DEFENCE_LENS_OUT_DIR
  ? resolve(process.env.DEFENCE_LENS_OUT_DIR)
  : resolve(import.meta.dirname, '../../.output');

export const EXTENSION_DIR = join(OUTPUT_DIR, 'chrome-mv3');

/** Flags that keep Chromium quiet on a closed network and load the unpacked extension headless. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    '--no-sandbox',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
  ];
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  profileDir?: string;
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number } | null;
  /**
   * A fresh profile installs the extension, which opens its welcome page in a tab. By default the
   * launcher waits for that tab and closes it, so every caller starts from the same tabs as before;
   * 'keep' leaves it open (the test of the first run, `npm start`'s screenshot).
   */
  welcome?: 'close' | 'keep';
}

const WELCOME_PAGE = '/welcome.html';

/** The welcome tab once it has opened (polled: it may have opened before a listener could be added). */
export async function waitForWelcome(context: BrowserContext, extensionId: string, timeoutMs = 15_000): Promise<Page | undefined> {
  const url = `chrome-extension://${extensionId}${WELCOME_PAGE}`;
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const fresh = !options.profileDir || !existsSync(join(options.profileDir, 'Default'));
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'defence-lens-profile-'));
  // Chromium writes to ~/.config and ~/.cache: keep each profile's writes beside it.
  const home = `${profileDir}-home`;
  mkdirSync(home, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: chromiumArgs(extensionDir),
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  // Only a new profile installs (a reused one updates or just starts), so only there is the tab awaited.
  if (fresh && options.welcome !== 'keep') await (await waitForWelcome(context, extensionId))?.close();
  return {
    context,
    extensionId,
    worker,
    profileDir,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    close: () => context.close(),
  };
}
