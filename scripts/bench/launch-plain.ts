/**
 * The same Debian Chromium as launchExtension, with the same flags and viewport but no extension:
 * the "without" side of the light-page figures (measure-light.ts).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumPath } from '../lib/chromium-path';
import { chromiumArgs } from '../lib/launch-extension';

export async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'defence-lens-plain-'));
  const home = `${profileDir}-home`;
  mkdirSync(home, { recursive: true });
  const args = chromiumArgs('/nonexistent').filter((a) => !a.includes('/nonexistent'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    },
  };
}
