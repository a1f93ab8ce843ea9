/**
 * `npx tsx scripts/bench/first-mark-ab.ts --a <build dir> --b <build dir> [--runs 5] [--size 5mb]`:
 * an interleaved A/B of two benchmark builds (`VITE_DEFENCE_LENS_TIMELINE=1 npm run build`, copied
 * aside) on one generated page: per load, scan_ms, first_mark_ms and where the time before the
 * walk goes (the hand-over and the corpus), loads alternating A, B, A, B; and the bare walk of the
 * visible part, the limit first_mark_ms is compared with. On a shared machine only an interleaved
 * comparison says anything: both sides see the same load.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startFixtureServer } from '../../test/e2e/support/fixture-server';
import { launchExtension } from '../lib/launch-extension';
import { median } from './bench-results';
import { generateNewsPage } from './generate-news-page';
import { measureWalk, type ScanRun } from './measure-page';
import { loadMentionVocabulary } from './mention-vocabulary';
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

const chars = args.size === '1mb' ? 1_000_000 : 5_000_000;
const dir = mkdtempSync(join(tmpdir(), 'defence-lens-ab-'));
writeFileSync(
  join(dir, 'page.html'),
  generateNewsPage({ seed: Number(args.seed), targetTextChars: chars, vocabulary: loadMentionVocabulary() }).html,
);
const server = await startFixtureServer(dir);
const sides = { a: resolve(args.a), b: resolve(args.b) };
const results: Record<
  'a' | 'b',
  { scan: number[]; first: number[]; own: boolean; collectStart: number[]; marks: number[]; task: number[] }
> = {
  a: { scan: [], first: [], own: false, collectStart: [], marks: [], task: [] },
  b: { scan: [], first: [], own: false, collectStart: [], marks: [], task: [] },
};
const visible: number[] = [];
const loadAtStart = loadavg();
try {
  for (let run = 0; run < Number(args.runs); run++) {
    for (const side of ['a', 'b'] as const) {
      const ext = await launchExtension({ extensionDir: sides[side] });
      try {
        if (side === 'a') visible.push((await measureWalk(ext.context, pathToFileURL(join(dir, 'page.html')).href)).visibleMs);
        const page = await ext.context.newPage();
        // Main-thread task time of the whole load (DevTools metrics): less at the mercy of the machine's load than wall time.
        const cdp = await ext.context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.addInitScript(OBSERVE_FROM_START);
        await page.goto(server.url('page.html'), { timeout: 120_000 });
        if ((await page.evaluate(AWAIT_SCAN(300_000))) !== 'done') throw new Error(`${side}: no scan measure`);
        const s = (await page.evaluate(SCAN_RESULT)) as ScanRun;
        const phases = (await page.evaluate(PHASES)) as { collectStart: number | null };
        const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
        const taskMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
        await page.close();
        const r = results[side];
        r.scan.push(s.ms);
        r.first.push(s.firstMarkMs);
        r.own = s.firstMarkOwn;
        r.marks.push(s.ranges);
        r.task.push(taskMs);
        if (phases.collectStart !== null) r.collectStart.push(phases.collectStart);
        process.stderr.write(
          `${side}: scan ${s.ms.toFixed(0)} ms, first marks ${s.firstMarkMs.toFixed(0)} ms${s.firstMarkOwn ? '' : ' (= scan)'}, walk started ${phases.collectStart?.toFixed(0)} ms after scan-start, ${s.ranges} marks, main-thread tasks ${taskMs.toFixed(0)} ms (load ${loadavg()[0]?.toFixed(1)})\n`,
        );
      } finally {
        await ext.close();
      }
    }
  }
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
const v = median(visible);
console.log(
  `${args.size}, ${args.runs} interleaved loads per side, load average at start ${loadAtStart.map((l) => l.toFixed(1)).join(' ')}, at end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(`walk of the visible part (median): ${v.toFixed(3)} ms`);
for (const side of ['a', 'b'] as const) {
  const r = results[side];
  const first = median(r.first);
  console.log(
    `${side} (${sides[side]}): scan_ms ${median(r.scan).toFixed(1)}, first_mark_ms ${first.toFixed(1)}${r.own ? '' : ' (= scan end)'}, first_mark / visible walk ${(first / v).toFixed(0)}, walk starts at ${r.collectStart.length ? median(r.collectStart).toFixed(1) : '?'} ms, main-thread task time of the load ${median(r.task).toFixed(0)} ms, marks ${median(r.marks)}`,
  );
}
