/**
 * `npx tsx scripts/bench/ab-scan.ts --a <dir> --b <dir> [--size 5mb] [--rounds 5] [--loads 2]`:
 * `scan_ms` of two timeline builds (`VITE_DEFENCE_LENS_TIMELINE=1`, each `<dir>` holding `chrome-mv3`
 * or being it) on the same generated page, alternated A B A B in fresh browsers (one warm-up load
 * each, not counted), so that the machine's load falls on both alike. Prints each load, the medians
 * and the load average: the way to compare a change on this shared, noisy machine. Besides the wall
 * clock `scan_ms`, each load is traced (DevTools `toplevel` tasks) and the renderer main thread's CPU
 * time inside the scan's window is summed (`cpu`): time the OS gave to other processes is not in it,
 * so it stays readable at a load where wall clock does not (the page's own style and layout in the
 * window count on both sides alike). The same two figures are given for the text collection alone
 * (`defence-lens:collect`, the walk; in builds that measure their provisional first-marks pass, which
 * runs inside that window, without it). A task counts if it overlaps the window: the walk's first
 * slice often runs in the task that opened the window, and a style recalc forced there (see
 * docs/performance.md, "Issue 14's regression check") would otherwise be left out.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg as osLoadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { startFixtureServer } from '../../test/e2e/support/fixture-server';
import { launchExtension } from '../lib/launch-extension';
import { generateNewsPage } from './generate-news-page';
import { loadMentionVocabulary } from './mention-vocabulary';
import { AWAIT_SCAN, OBSERVE_FROM_START, SCAN_RESULT } from './page-probes';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
}

/** One traced load: the scan's wall-clock figure and the main thread's CPU time in its window. */
async function tracedScan(
  context: BrowserContext,
  url: string,
): Promise<{ ms: number; cpuMs: number; ranges: number; collectMs: number; collectCpuMs: number }> {
  const page = await context.newPage();
  try {
    await page.addInitScript(OBSERVE_FROM_START);
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] },
      transferMode: 'ReportEvents',
    });
    await page.goto(url, { timeout: 180_000 });
    const outcome = await page.evaluate(AWAIT_SCAN(180_000));
    await cdp.send('Tracing.end');
    await complete;
    if (outcome !== 'done') throw new Error(`scan ${outcome}`);
    const run = (await page.evaluate(SCAN_RESULT)) as { ms: number; ranges: number };
    // The scan's measure is an async pair (b/e) in the trace, on the renderer's main thread.
    const mark = events.find((e) => e.name === 'defence-lens:scan-start');
    const thread = mark ?? events.find((e) => e.name === 'defence-lens:scan' && e.ph === 'b');
    /** Main-thread CPU time (µs) of the top-level tasks inside a measure's window. */
    const cpuIn = (name: string, fallbackFrom?: number) => {
      const from = events.find((e) => e.name === name && e.ph === 'b')?.ts ?? fallbackFrom;
      const to = events.find((e) => e.name === name && e.ph === 'e')?.ts;
      let us = 0;
      if (from !== undefined && to !== undefined && thread)
        for (const e of events)
          if (
            e.ph === 'X' &&
            e.pid === thread.pid &&
            e.tid === thread.tid &&
            e.ts + (e.dur ?? 0) > from &&
            e.ts < to &&
            e.tdur !== undefined &&
            e.cat.includes('toplevel')
          )
            us += e.tdur;
      return { us, wallUs: from !== undefined && to !== undefined ? to - from : Number.NaN };
    };
    const cpu = cpuIn('defence-lens:scan', mark?.ts).us;
    // The text collection (the walk; in builds with issue 15's provisional pass, that pass too).
    const collect = cpuIn('defence-lens:collect');
    // The walk alone: the provisional pass (a build's own measure of it, where it has one) taken out.
    const pass = cpuIn('defence-lens:provisional-pass');
    if (!Number.isNaN(pass.wallUs)) {
      collect.us -= pass.us;
      collect.wallUs -= pass.wallUs;
    }
    return { ms: run.ms, cpuMs: cpu / 1000, ranges: run.ranges, collectMs: collect.wallUs / 1000, collectCpuMs: collect.us / 1000 };
  } finally {
    await page.close().catch(() => {});
  }
}

const { values: args } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    size: { type: 'string', default: '5mb' },
    rounds: { type: 'string', default: '5' },
    loads: { type: 'string', default: '2' },
    seed: { type: 'string', default: '20231116' },
  },
});
if (!args.a || !args.b) throw new Error('--a <build dir> and --b <build dir> are both needed');
const extensionDir = (dir: string) => {
  const full = resolve(dir);
  return existsSync(join(full, 'chrome-mv3')) ? join(full, 'chrome-mv3') : full;
};
const sides = { A: extensionDir(args.a), B: extensionDir(args.b) };
const chars = args.size === '1mb' ? 1_000_000 : 5_000_000;
const dir = mkdtempSync(join(tmpdir(), 'defence-lens-ab-'));
writeFileSync(
  join(dir, 'page.html'),
  generateNewsPage({ seed: Number(args.seed), targetTextChars: chars, vocabulary: loadMentionVocabulary() }).html,
);
const server = await startFixtureServer(dir);
const figures: Record<'A' | 'B', number[]> = { A: [], B: [] };
const cpu: Record<'A' | 'B', number[]> = { A: [], B: [] };
const collectWall: Record<'A' | 'B', number[]> = { A: [], B: [] };
const collectCpu: Record<'A' | 'B', number[]> = { A: [], B: [] };
const load = () => osLoadavg()[0]?.toFixed(1);
const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
console.log(`A ${sides.A}\nB ${sides.B}\n${args.size}, load ${load()} at the start`);
try {
  for (let round = 1; round <= Number(args.rounds); round++) {
    for (const side of ['A', 'B'] as const) {
      const ext = await launchExtension({ extensionDir: sides[side] });
      try {
        for (let i = 0; i <= Number(args.loads); i++) {
          const run = await tracedScan(ext.context, server.url('page.html'));
          if (i === 0) continue;
          figures[side].push(run.ms);
          cpu[side].push(run.cpuMs);
          collectWall[side].push(run.collectMs);
          collectCpu[side].push(run.collectCpuMs);
          console.log(
            `round ${round} ${side}: ${run.ms.toFixed(1)} ms, cpu ${run.cpuMs.toFixed(1)} ms; collect ${run.collectMs.toFixed(1)} ms, cpu ${run.collectCpuMs.toFixed(1)} ms (${run.ranges} marks, load ${load()})`,
          );
        }
      } finally {
        await ext.close();
      }
    }
  }
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
const report = (what: string, m: Record<'A' | 'B', number[]>) => {
  const a = median(m.A);
  const b = median(m.B);
  console.log(
    `${what}: median A ${a.toFixed(1)} ms, B ${b.toFixed(1)} ms (${m.A.length} loads each): ${(((b - a) / a) * 100).toFixed(1)}%`,
  );
};
report('scan_ms (wall)', figures);
report('main thread cpu in the scan', cpu);
report('collect (wall)', collectWall);
report('main thread cpu in collect', collectCpu);
console.log(`load ${load()} at the end`);
