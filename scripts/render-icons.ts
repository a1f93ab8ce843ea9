/**
 * Renders assets/icon.svg to the PNG sizes the stores need (public/icon/N.png) with Chromium.
 * Run by hand after editing the SVG: `npx tsx scripts/render-icons.ts`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './lib/chromium-path';

const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written to public/icon/');
