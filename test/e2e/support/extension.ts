/**
 * Per-test browser with the built extension and the fixture server. Each test gets a fresh profile
 * unless it passes one (to test what survives a restart).
 */
import type { Page } from 'playwright-core';
import { type LaunchedExtension, type LaunchOptions, launchExtension } from '../../../scripts/lib/launch-extension';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { waitForContentState } from './isolated-world';

export interface E2E extends LaunchedExtension {
  server: FixtureServer;
  /** Opens a fixture page and waits until the content script has talked to the background. */
  openFixture(path: string): Promise<Page>;
  /** Opens one of the extension's own pages (popup.html, options.html) as a tab. */
  openExtensionPage(path: string): Promise<Page>;
}

export async function startE2E(options: LaunchOptions & { server?: FixtureServer } = {}): Promise<E2E> {
  const server = options.server ?? (await startFixtureServer());
  const ext = await launchExtension(options);
  return {
    ...ext,
    server,
    async openFixture(path) {
      const page = await ext.context.newPage();
      await page.goto(server.url(path));
      await waitForContentState(page, 'ready', 30_000);
      return page;
    },
    async openExtensionPage(path) {
      const page = await ext.context.newPage();
      await page.goto(ext.extensionUrl(path));
      return page;
    },
    async close() {
      await ext.close();
      if (!options.server) await server.close();
    },
  };
}
