/**
 * `npm start`: builds the extension, then runs it in Chromium on the bundled demo pages.
 * - With a display (and no --headless): a visible browser that runs until you close it.
 * - Without one: visits each demo page, hovers a marked name, and saves screenshots of the page,
 *   the hover card, the popup, the options page and the card gallery (every card state) to screenshots/.
 * - With --firefox: the same in Firefox ESR with the Firefox build (scripts/lib/start-firefox.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../test/e2e/support/fixture-server';
import { chromiumPath } from './lib/chromium-path';
import { launchExtension } from './lib/launch-extension';
import { startFirefox } from './lib/start-firefox';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const root = resolve(import.meta.dirname, '..');
const shotsDir = resolve(root, 'screenshots');

const DEMO_PAGES = [
  { file: 'hawaii-informal-meeting.html', hover: 'Eng Hen' },
  { file: 'jakarta-asean-japan.html', hover: 'Minoru Kihara' },
];

if (args.includes('--firefox')) {
  await startFirefox({ root, headless, build: !args.includes('--no-build'), demoPages: DEMO_PAGES });
  process.exit(0);
}

chromiumPath(); // one clear line and exit 1 if Chromium is missing
if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Moves the pointer onto the first occurrence of `text` in the page, as a reader would. */
async function hoverText(page: Page, text: string): Promise<boolean> {
  const box = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.nodeValue ?? '').indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + Math.min(needle.length, 3));
      (node.parentElement as Element).scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  if (!box) return false;
  await page.mouse.move(box.x, box.y, { steps: 4 });
  return true;
}

const server = await startFixtureServer();
const ext = await launchExtension({ headless, viewport: headless ? { width: 1280, height: 900 } : null });

if (!headless) {
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await page.goto(server.url('index.html'));
  console.log(`Defence Lens is running on the demo pages at ${server.url('index.html')}. Close the browser to stop.`);
  await new Promise<void>((done) => ext.context.on('close', () => done()));
  await server.close();
  process.exit(0);
}

mkdirSync(shotsDir, { recursive: true });
const written: string[] = [];
const shot = async (page: Page, name: string, { fullPage = false } = {}) => {
  const path = resolve(shotsDir, name);
  await page.screenshot({ path, fullPage });
  written.push(path);
};

for (const demo of DEMO_PAGES) {
  const page = await ext.context.newPage();
  await page.goto(server.url(demo.file));
  await page.waitForSelector('html[data-defence-lens^="ready"]', { timeout: 30_000 }).catch(() => {});
  await page.waitForTimeout(500);
  const base = demo.file.replace(/\.html$/, '');
  await shot(page, `${base}.png`);
  if (await hoverText(page, demo.hover)) {
    await page.waitForTimeout(900); // the hover delay, then the card's paint
    await shot(page, `${base}-card.png`);
  } else {
    console.warn(`"${demo.hover}" not found on ${demo.file}`);
  }
}

for (const [name, path] of [
  ['popup.png', 'popup.html'],
  ['options.png', 'options.html'],
] as const) {
  const page = await ext.context.newPage();
  await page.setViewportSize(name === 'popup.png' ? { width: 420, height: 600 } : { width: 1280, height: 900 });
  await page.goto(ext.extensionUrl(path));
  await page.waitForTimeout(800);
  await shot(page, name);
}

// Every card state (components/card/*.fixture.ts), from the unlisted card gallery page, whole.
{
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(ext.extensionUrl('card-gallery.html'));
  await page.waitForSelector('html[data-gallery]', { timeout: 20_000 }).catch(() => {});
  await shot(page, 'card-gallery.png', { fullPage: true });
}

await ext.close();
await server.close();
console.log(`Screenshots written to ${shotsDir}:`);
for (const p of written) console.log(`  ${p}`);
