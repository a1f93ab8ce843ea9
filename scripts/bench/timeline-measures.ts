/**
 * `npx tsx scripts/bench/timeline-measures.ts --build <dir> [--size 1mb] [--loads 3]`: the
 * `defence-lens:*` measures one timeline build writes in the page's timeline during a scan of the
 * generated page (start relative to the first extension script's measure-free anchor: the scan's
 * start), medians over `loads` loads after one warm-up, so that two builds' stages can be read
 * side by side.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchExtension } from '../lib/launch-extension';
import { median } from './bench-results';
import { newsPageOfSize, servePages } from './interleave-builds';
import { AWAIT_SCAN, OBSERVE_FROM_START } from './page-probes';

const { values: args } = parseArgs({
  options: {
    build: { type: 'string' },
    size: { type: 'string', default: '1mb' },
    loads: { type: 'string', default: '3' },
    seed: { type: 'string', default: '20231116' },
  },
});
if (!args.build) throw new Error('--build <dir> is needed');
const dir = resolve(args.build);
const extensionDir = existsSync(join(dir, 'chrome-mv3')) ? join(dir, 'chrome-mv3') : dir;
const pages = await servePages({ 'page.html': newsPageOfSize(args.size, Number(args.seed)) });
const ext = await launchExtension({ extensionDir });
const rows = new Map<string, { start: number[]; duration: number[] }>();
try {
  for (let i = 0; i <= Number(args.loads); i++) {
    const page = await ext.context.newPage();
    await page.addInitScript(OBSERVE_FROM_START);
    await page.goto(pages.url('page.html'), { timeout: 180_000 });
    if ((await page.evaluate(AWAIT_SCAN(180_000))) !== 'done') throw new Error('no scan');
    const measures = (await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('defence-lens:'))
        .map((m) => ({ name: m.name, start: m.startTime, duration: m.duration })),
    )) as { name: string; start: number; duration: number }[];
    await page.close();
    if (i === 0) continue; // warm-up
    const scan = measures.find((m) => m.name === 'defence-lens:scan');
    const zero = scan?.start ?? 0;
    const seen = new Set<string>();
    for (const m of measures) {
      // Only each measure's first occurrence: later rescans repeat names.
      if (seen.has(m.name)) continue;
      seen.add(m.name);
      const row = rows.get(m.name) ?? { start: [], duration: [] };
      row.start.push(m.start - zero);
      row.duration.push(m.duration);
      rows.set(m.name, row);
    }
  }
} finally {
  await ext.close();
  await pages.close();
}
console.log(`${extensionDir}, ${args.size}, medians of ${args.loads} loads (ms from the scan's start)`);
for (const [name, row] of [...rows].sort((a, b) => median(a[1].start) - median(b[1].start)))
  console.log(`${name.padEnd(40)} start ${median(row.start).toFixed(1).padStart(8)}  lasts ${median(row.duration).toFixed(1).padStart(8)}`);
