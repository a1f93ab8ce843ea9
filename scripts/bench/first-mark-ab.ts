/**
 * `npx tsx scripts/bench/first-mark-ab.ts --a <build dir> --b <build dir> [--runs 5] [--size 5mb]`:
 * an interleaved A/B of two benchmark builds (`VITE_DEFENCE_LENS_TIMELINE=1 npm run build`, copied
 * aside) on one generated page: per load, scan_ms, first_mark_ms and where the time before the
 * walk goes (the hand-over and the corpus), loads alternating A, B, A, B; and the bare walk of the
 * visible part, the limit first_mark_ms is compared with. On a shared machine only an interleaved
 * comparison says anything: both sides see the same load.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { median } from './bench-results';
import { interleaveBuilds, loadAverages, loadNow, newsPageOfSize, servePages } from './interleave-builds';
import { measureWalk, type ScanRun } from './measure-page';
import { AWAIT_SCAN, OBSERVE_FROM_START, SCAN_RESULT } from './page-probes';

const { values: args } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    runs: { type: 'string', default: '5' },
    size: { type: 'string', default: '5mb' },
    seed: { type: 'string', default: '20231116' },
  },
});
if (!args.a || !args.b) throw new Error('give both builds: --a <dir> --b <dir>');

/** The scan's phases from the page's timeline (the bench build writes them): ms after scan-start. */
const PHASES = `(() => {
  const t = window.__defenceLensBench.timings;
  const start = t.find((e) => e.name === 'defence-lens:scan-start');
  const at = (name) => { const e = t.find((x) => x.name === 'defence-lens:' + name); return e && start ? e.start - start.start : null; };
  return { collectStart: at('collect') };
})()`;

interface Load {
  scan: ScanRun;
  collectStart: number | null;
  taskMs: number;
  /** The bare walk of the visible part, measured in side a's browsers only. */
  visibleMs?: number;
}

/** One browser's figures: (side a) the bare walk of the visible part, then one load of the page with the extension. */
async function readLoad(context: BrowserContext, side: 'a' | 'b'): Promise<Load> {
  const visibleMs = side === 'a' ? (await measureWalk(context, pages.fileUrl('page.html'))).visibleMs : undefined;
  const page = await context.newPage();
  // Main-thread task time of the whole load (DevTools metrics): less at the mercy of the machine's load than wall time.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(OBSERVE_FROM_START);
  await page.goto(pages.url('page.html'), { timeout: 120_000 });
  if ((await page.evaluate(AWAIT_SCAN(300_000))) !== 'done') throw new Error(`${side}: no scan measure`);
  const scan = (await page.evaluate(SCAN_RESULT)) as ScanRun;
  const phases = (await page.evaluate(PHASES)) as { collectStart: number | null };
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const taskMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
  await page.close();
  return { scan, collectStart: phases.collectStart, taskMs, visibleMs };
}

const pages = await servePages({ 'page.html': newsPageOfSize(args.size, Number(args.seed)) });
const sides = { a: resolve(args.a), b: resolve(args.b) };
const loadAtStart = loadAverages();
let loads: Record<'a' | 'b', Load[]>;
try {
  loads = await interleaveBuilds({
    builds: sides,
    rounds: Number(args.runs),
    read: readLoad,
    onFigure: ({ scan: s, collectStart, taskMs }, side) =>
      process.stderr.write(
        `${side}: scan ${s.ms.toFixed(0)} ms, first marks ${s.firstMarkMs.toFixed(0)} ms${s.firstMarkOwn ? '' : ' (= scan)'}, walk started ${collectStart?.toFixed(0)} ms after scan-start, ${s.ranges} marks, main-thread tasks ${taskMs.toFixed(0)} ms (load ${loadNow()})\n`,
      ),
  });
} finally {
  await pages.close();
}
const v = median(loads.a.flatMap((l) => (l.visibleMs === undefined ? [] : [l.visibleMs])));
console.log(`${args.size}, ${args.runs} interleaved loads per side, load average at start ${loadAtStart}, at end ${loadAverages()}`);
console.log(`walk of the visible part (median): ${v.toFixed(3)} ms`);
for (const side of ['a', 'b'] as const) {
  const r = loads[side];
  const collectStart = r.flatMap((l) => (l.collectStart === null ? [] : [l.collectStart]));
  const first = median(r.map((l) => l.scan.firstMarkMs));
  console.log(
    `${side} (${sides[side]}): scan_ms ${median(r.map((l) => l.scan.ms)).toFixed(1)}, first_mark_ms ${first.toFixed(1)}${r.at(-1)?.scan.firstMarkOwn ? '' : ' (= scan end)'}, first_mark / visible walk ${(first / v).toFixed(0)}, walk starts at ${collectStart.length ? median(collectStart).toFixed(1) : '?'} ms, main-thread task time of the load ${median(r.map((l) => l.taskMs)).toFixed(0)} ms, marks ${median(r.map((l) => l.scan.ranges))}`,
  );
}
