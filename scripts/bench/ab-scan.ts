/**
 * `npx tsx scripts/bench/ab-scan.ts --a <dir> --b <dir> [--size 5mb] [--rounds 5] [--loads 2]`:
 * `scan_ms` of two timeline builds (`VITE_DEFENCE_LENS_TIMELINE=1`, each `<dir>` holding `chrome-mv3`
 * or being it) on the same generated page, alternated A B A B in fresh browsers (one warm-up load
 * each, not counted), so that the machine's load falls on both alike. Prints each load, the medians
 * and the load average: the way to compare a change on this shared, noisy machine. Besides the wall
 * clock `scan_ms`, each load is traced (DevTools `toplevel` tasks) and the renderer main thread's CPU
 * time inside the scan's window is summed (`cpu`): time the OS gave to other processes is not in it,
 * so it stays readable at a load where wall clock does not (the page's own style and layout in the
 * window count on both sides alike), and so is the longest such task's CPU time (`longest`). The same two figures are given for the text collection alone
 * (`defence-lens:collect`, the walk; in builds that measure their provisional first-marks pass, which
 * runs inside that window, without it). A task counts if it overlaps the window: the walk's first
 * slice often runs in the task that opened the window, and a style recalc forced there (see
 * docs/performance.md, "Issue 14's regression check") would otherwise be left out.
 * `from the first script`: the same end, from the first extension script evaluated in the page (one clock
 * for builds whose scan measure starts at different points).
 * `--size 135k` is the hostile row's corpus_5k page; `--people 5000x4` imports that many of the
 * reader's people (through the options page, as measure-hostile.ts does) into each fresh browser first.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { median } from './bench-results';
import { interleaveBuilds, loadNow, newsPageOfSize, servePages } from './interleave-builds';
import { importPeople, parsePeopleShape } from './measure-hostile';
import { AWAIT_SCAN, OBSERVE_FROM_START, SCAN_RESULT } from './page-probes';
import type { TraceEvent } from './trace-tasks';

/** One traced load: the scan's wall-clock figure and the main thread's CPU time in its window. */
async function tracedScan(
  context: BrowserContext,
  url: string,
): Promise<{
  ms: number;
  cpuMs: number;
  longestMs: number;
  ranges: number;
  collectMs: number;
  collectCpuMs: number;
  fromScriptMs: number;
  fromScriptCpuMs: number;
}> {
  const page = await context.newPage();
  try {
    await page.addInitScript(OBSERVE_FROM_START);
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', 'devtools.timeline'] },
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
    const cpuIn = (name: string, fallbackFrom?: number, fromOverride?: number) => {
      const from = fromOverride ?? events.find((e) => e.name === name && e.ph === 'b')?.ts ?? fallbackFrom;
      const to = events.find((e) => e.name === name && e.ph === 'e')?.ts;
      let us = 0;
      let longest = 0;
      if (from !== undefined && to !== undefined && thread)
        for (const e of events)
          if (
            e.ph === 'X' &&
            e.pid === thread.pid &&
            e.tid === thread.tid &&
            e.ts + (e.dur ?? 0) > from &&
            e.ts < to &&
            e.tdur !== undefined &&
            (e.cat ?? '').includes('toplevel')
          ) {
            us += e.tdur;
            longest = Math.max(longest, e.tdur);
          }
      return { us, longestUs: longest, wallUs: from !== undefined && to !== undefined ? to - from : Number.NaN };
    };
    const scan = cpuIn('defence-lens:scan', mark?.ts);
    // The same end, from the first evaluation of an extension script in the page's main thread: one
    // clock for builds whose scan measure starts at different points (before issue 15's split the
    // content script carried and decoded the matcher before its scan's clock started).
    const firstScript = events.find(
      (e) =>
        e.name === 'EvaluateScript' &&
        e.pid === thread?.pid &&
        e.tid === thread?.tid &&
        e.args?.data?.url?.startsWith('chrome-extension://'),
    );
    const fromScript = firstScript ? cpuIn('defence-lens:scan', undefined, firstScript.ts) : { us: Number.NaN, wallUs: Number.NaN };
    // The text collection (the walk; in builds with issue 15's provisional pass, that pass too).
    const collect = cpuIn('defence-lens:collect');
    // The walk alone: the provisional pass (a build's own measure of it, where it has one) taken out.
    const pass = cpuIn('defence-lens:provisional-pass');
    if (!Number.isNaN(pass.wallUs)) {
      collect.us -= pass.us;
      collect.wallUs -= pass.wallUs;
    }
    return {
      ms: run.ms,
      cpuMs: scan.us / 1000,
      longestMs: scan.longestUs / 1000,
      ranges: run.ranges,
      collectMs: collect.wallUs / 1000,
      collectCpuMs: collect.us / 1000,
      fromScriptMs: fromScript.wallUs / 1000,
      fromScriptCpuMs: fromScript.us / 1000,
    };
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
    people: { type: 'string' },
  },
});
if (!args.a || !args.b) throw new Error('--a <build dir> and --b <build dir> are both needed');
const extensionDir = (dir: string) => {
  const full = resolve(dir);
  return existsSync(join(full, 'chrome-mv3')) ? join(full, 'chrome-mv3') : full;
};
const sides = { A: extensionDir(args.a), B: extensionDir(args.b) };
const people = args.people ? parsePeopleShape(args.people) : undefined;
const pages = await servePages({ 'page.html': newsPageOfSize(args.size, Number(args.seed)) });
console.log(`A ${sides.A}\nB ${sides.B}\n${args.size}, load ${loadNow()} at the start`);
let runs: Record<'A' | 'B', Awaited<ReturnType<typeof tracedScan>>[]>;
try {
  runs = await interleaveBuilds({
    builds: sides,
    rounds: Number(args.rounds),
    warmUps: 1,
    loads: Number(args.loads),
    setUp: people
      ? async (ext, side, round) =>
          console.log(`round ${round} ${side}: ${people.count}x${people.aliases} people: ${await importPeople(ext, people)}`)
      : undefined,
    read: (context) => tracedScan(context, pages.url('page.html')),
    onFigure: (run, side, round) =>
      console.log(
        `round ${round} ${side}: ${run.ms.toFixed(1)} ms, cpu ${run.cpuMs.toFixed(1)} ms, longest task cpu ${run.longestMs.toFixed(1)} ms; from the first script ${run.fromScriptMs.toFixed(1)} ms, cpu ${run.fromScriptCpuMs.toFixed(1)} ms; collect ${run.collectMs.toFixed(1)} ms, cpu ${run.collectCpuMs.toFixed(1)} ms (${run.ranges} marks, load ${loadNow()})`,
      ),
  });
} finally {
  await pages.close();
}
const report = (what: string, pick: (run: Awaited<ReturnType<typeof tracedScan>>) => number) => {
  const a = median(runs.A.map(pick));
  const b = median(runs.B.map(pick));
  console.log(
    `${what}: median A ${a.toFixed(1)} ms, B ${b.toFixed(1)} ms (${runs.A.length} loads each): ${(((b - a) / a) * 100).toFixed(1)}%`,
  );
};
report('scan_ms (wall)', (run) => run.ms);
report('main thread cpu in the scan', (run) => run.cpuMs);
report('longest task cpu in the scan', (run) => run.longestMs);
report('first extension script to scan end (wall)', (run) => run.fromScriptMs);
report('main thread cpu from the first extension script to scan end', (run) => run.fromScriptCpuMs);
report('collect (wall)', (run) => run.collectMs);
report('main thread cpu in collect', (run) => run.collectCpuMs);
console.log(`load ${loadNow()} at the end`);
