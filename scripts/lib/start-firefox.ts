/**
 * `npm start -- --firefox`: the same demo in Firefox ESR, with the Firefox build.
 * - With a display (and no --headless): a visible Firefox on the demo index until you close it.
 * - Without one: the same screenshots as in Chromium (each demo page, its hover card, the popup,
 *   the options page, the card gallery), written to screenshots/firefox/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { startFixtureServer } from '../../test/e2e/support/fixture-server';
import { phrasePoint } from '../../test/e2e/support/page-probes';
import { firefoxPath } from './firefox-path';
import { gotoExtensionPage, launchFirefox } from './launch-firefox';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startFirefox({
  root,
  headless,
  build,
  demoPages,
}: {
  root: string;
  headless: boolean;
  build: boolean;
  demoPages: readonly { file: string; hover: string }[];
}): Promise<void> {
  firefoxPath(); // one clear line and exit 1 if Firefox is missing
  if (build) {
    const result = spawnSync('npm', ['run', 'build:firefox', '--silent'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  const server = await startFixtureServer();
  const ff = await launchFirefox({ headless, viewport: headless ? { width: 1280, height: 900 } : null });
  console.log(`Firefox: ${ff.version}`);

  if (!headless) {
    const page = (await ff.browser.pages())[0] ?? (await ff.browser.newPage());
    await page.goto(server.url('index.html'));
    console.log(`Defence Lens is running in Firefox on the demo pages at ${server.url('index.html')}. Close the browser to stop.`);
    await new Promise<void>((done) => ff.browser.once('disconnected', () => done()));
    await server.close();
    return;
  }

  const shotsDir = resolve(root, 'screenshots', 'firefox');
  mkdirSync(shotsDir, { recursive: true });
  const written: string[] = [];
  const shot = async (page: Page, name: string, { fullPage = false } = {}) => {
    const path = resolve(shotsDir, name);
    await page.screenshot({ path: path as `${string}.png`, fullPage });
    written.push(path);
  };

  for (const demo of demoPages) {
    const page = await ff.browser.newPage();
    await page.goto(server.url(demo.file));
    await page.waitForSelector('html[data-defence-lens^="ready"]', { timeout: 30_000 }).catch(() => {});
    await sleep(500);
    const base = demo.file.replace(/\.html$/, '');
    await shot(page, `${base}.png`);
    const point = await page.evaluate(phrasePoint, demo.hover);
    if (point) {
      await page.mouse.move(point.x, point.y, { steps: 4 });
      await sleep(900); // the hover delay, then the card's paint
      await shot(page, `${base}-card.png`);
    } else {
      console.warn(`"${demo.hover}" not found on ${demo.file}`);
    }
  }

  for (const [name, path, viewport] of [
    ['popup.png', 'popup.html', { width: 420, height: 600 }],
    ['options.png', 'options.html', { width: 1280, height: 900 }],
    ['card-gallery.png', 'card-gallery.html', { width: 900, height: 900 }],
  ] as const) {
    const page = await ff.browser.newPage();
    await page.setViewport(viewport);
    try {
      await gotoExtensionPage(page, ff.extensionUrl(path));
    } catch (error) {
      console.warn(`${path} did not open in Firefox: ${String(error).slice(0, 200)}`);
      continue;
    }
    await sleep(800);
    await shot(page, name, { fullPage: name === 'card-gallery.png' });
  }

  await ff.close();
  await server.close();
  console.log(`Screenshots from Firefox written to ${shotsDir}:`);
  for (const p of written) console.log(`  ${p}`);
}
