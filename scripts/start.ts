/**
 * `npm start`: builds the extension, then runs it in Chromium on the bundled demo pages.
 * - With a display (and no --headless): a visible browser that runs until you close it.
 * - Without one: visits each demo page, hovers a marked name, and saves screenshots of the page,
 *   the hover card (compact, then with More: the office's timeline), the welcome page that opens on
 *   install (its practice card open), the popup (search, an office's timeline, a card on the page's
 *   date, On this page with its briefing), the options page and the card gallery (every card state)
 *   to screenshots/.
 * - With --firefox: the same in Firefox ESR with the Firefox build (scripts/lib/start-firefox.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { clickInCard } from '../test/e2e/support/card-pointer';
import { startFixtureServer } from '../test/e2e/support/fixture-server';
import { waitForContentState } from '../test/e2e/support/isolated-world';
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
// The welcome tab that a first install opens is kept: a screenshot of it, or the reader's first page.
const ext = await launchExtension({ headless, viewport: headless ? { width: 1280, height: 900 } : null, welcome: 'keep' });

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
  await waitForContentState(page, 'ready', 30_000).catch(() => {});
  await page.waitForTimeout(500);
  const base = demo.file.replace(/\.html$/, '');
  await shot(page, `${base}.png`);
  if (await hoverText(page, demo.hover)) {
    await page.waitForTimeout(900); // the hover delay, then the card's paint
    await shot(page, `${base}-card.png`);
    // The rest of the card: the office's holders around the article's date, the meetings, the sources.
    if (
      await clickInCard(page, '[data-testid=card-more]').then(
        () => true,
        () => false,
      )
    ) {
      await page.waitForTimeout(300);
      await shot(page, `${base}-card-more.png`);
    }
  } else {
    console.warn(`"${demo.hover}" not found on ${demo.file}`);
  }
}

// The welcome page, as the install opened it, with the practice paragraph's flagged name open.
{
  const url = ext.extensionUrl('welcome.html');
  const welcome = ext.context.pages().find((p) => p.url() === url) ?? (await ext.context.newPage());
  if (welcome.url() !== url) await welcome.goto(url);
  await welcome.bringToFront();
  await welcome.setViewportSize({ width: 1000, height: 900 });
  const flagged = welcome.getByTestId('practice-mark').filter({ hasText: 'Aston Carter' });
  await flagged.hover({ timeout: 10_000 }).catch(() => {});
  await welcome.waitForTimeout(900);
  await shot(welcome, 'welcome.png', { fullPage: true });
}

// The popup on the Hawaii demo page (its tab named as the tests do: a headless run has no toolbar).
{
  const article = await ext.context.newPage();
  await article.goto(server.url(DEMO_PAGES[0]?.file ?? 'index.html'));
  await waitForContentState(article, 'ready', 30_000).catch(() => {});
  // Without the tabs permission a tab's address is not listed: ask each tab's content script, as the popup does.
  const tabId = await ext.worker.evaluate(async (url) => {
    type Reply = { ok?: boolean; data: { url: string } } | undefined;
    type Tabs = { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<Reply> };
    const c = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    for (const tab of await c.tabs.query({})) {
      const answer = await c.tabs.sendMessage(tab.id, { type: 'page/mentions', payload: {} }).catch(() => undefined);
      if (answer?.ok && answer.data.url === url) return tab.id;
    }
    return undefined;
  }, article.url());
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(ext.extensionUrl(`popup.html${tabId ? `?tab=${tabId}` : ''}`));
  await popup
    .locator('[data-testid=corpus-summary]')
    .waitFor({ timeout: 20_000 })
    .catch(() => {});
  await popup.waitForTimeout(500); // the page's article date, asked of its content script
  const box = popup.getByRole('searchbox');
  await box.fill('US secretary of defense');
  await popup.waitForTimeout(400);
  await shot(popup, 'popup-office-timeline.png');
  await box.fill('aston carter');
  await popup.waitForTimeout(300);
  await box.press('Enter');
  await popup.waitForTimeout(400);
  await shot(popup, 'popup-card.png');
  await popup.keyboard.press('Escape');
  await popup.getByRole('tab', { name: /On this page/ }).click();
  await popup
    .locator('[data-testid=briefing] summary')
    .click({ timeout: 5000 })
    .catch(() => {});
  await popup.waitForTimeout(400);
  await shot(popup, 'popup-on-this-page.png');
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
