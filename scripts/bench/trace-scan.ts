/**
 * `npx tsx scripts/bench/trace-scan.ts [--size 5mb] [--extension-dir <build>] [--window collect] [--top 20]`:
 * one load of the bench's generated page with a timeline build, under a DevTools trace, and what
 * the renderer's main thread did inside one of the scan's measures (`defence-lens:<window>`: `scan`,
 * `collect`, `provisional-pass`): trace events by name (style recalcs, layouts, garbage collections,
 * script), with their count, wall and thread time. The CPU profile (profile-scan.ts) shows which
 * function called into the browser; this shows what the browser then did (a forced layout is
 * `Layout`, a style recalc after a stylesheet change `UpdateLayoutTree`). A diagnostic, not a
 * figure: tracing slows the page, and nested events count in their parent's total too.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startFixtureServer } from '../../test/e2e/support/fixture-server';
import { EXTENSION_DIR, launchExtension } from '../lib/launch-extension';
import { generateNewsPage } from './generate-news-page';
import { loadMentionVocabulary } from './mention-vocabulary';
import { AWAIT_SCAN, OBSERVE_FROM_START } from './page-probes';
import type { TraceEvent } from './trace-tasks';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '5mb' },
    'extension-dir': { type: 'string' },
    window: { type: 'string', default: 'collect' },
    top: { type: 'string', default: '20' },
    seed: { type: 'string', default: '20231116' },
  },
});
const chars = args.size === '1mb' ? 1_000_000 : 5_000_000;
const dir = mkdtempSync(join(tmpdir(), 'defence-lens-trace-'));
writeFileSync(
  join(dir, 'page.html'),
  generateNewsPage({ seed: Number(args.seed), targetTextChars: chars, vocabulary: loadMentionVocabulary() }).html,
);
const server = await startFixtureServer(dir);
const ext = await launchExtension({ extensionDir: args['extension-dir'] ?? EXTENSION_DIR });
try {
  const page = await ext.context.newPage();
  await page.addInitScript(OBSERVE_FROM_START);
  const cdp = await ext.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing', 'v8', 'disabled-by-default-v8.gc'] },
    transferMode: 'ReportEvents',
  });
  await page.goto(server.url('page.html'), { timeout: 180_000 });
  const outcome = await page.evaluate(AWAIT_SCAN(180_000));
  await cdp.send('Tracing.end');
  await complete;
  const name = `defence-lens:${args.window}`;
  const begin = events.find((e) => e.name === name && e.ph === 'b');
  const end = events.find((e) => e.name === name && e.ph === 'e');
  const thread = events.find((e) => e.name === 'defence-lens:scan-start') ?? begin;
  if (!begin || !end || !thread) throw new Error(`no ${name} measure in the trace (scan ${outcome}): a timeline build?`);
  console.log(
    `${args.size}, scan ${outcome}; ${name}: ${((end.ts - begin.ts) / 1000).toFixed(1)} ms wall; load ${loadavg()[0]?.toFixed(1)}`,
  );
  const byName = new Map<string, { n: number; us: number; tus: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== thread.pid || e.tid !== thread.tid || e.ts < begin.ts || e.ts > end.ts) continue;
    const row = byName.get(e.name) ?? { n: 0, us: 0, tus: 0 };
    row.n++;
    row.us += e.dur ?? 0;
    row.tus += e.tdur ?? 0;
    byName.set(e.name, row);
  }
  // Where the window's longest events and the scan's other marks and measures sit in it.
  const at = (ts: number) => `${((ts - begin.ts) / 1000).toFixed(1)} ms`;
  const inWindow = (e: TraceEvent) => e.pid === thread.pid && e.ts >= begin.ts && e.ts <= end.ts;
  for (const e of events)
    if (inWindow(e) && e.name.startsWith('defence-lens:') && e.name !== name && e.ph !== 'e') console.log(`  at ${at(e.ts)}: ${e.name}`);
  const longest = events
    .filter((e) => e.ph === 'X' && e.tid === thread.tid && inWindow(e) && !/RunTask|MicrotaskCheckpoint|^V8\.|GC/.test(e.name))
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 5);
  for (const e of longest)
    console.log(`  at ${at(e.ts)}: ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms (thread ${((e.tdur ?? 0) / 1000).toFixed(1)} ms)`);
  console.log('   count    wall ms  thread ms  event');
  for (const [event, row] of [...byName].sort((a, b) => b[1].us - a[1].us).slice(0, Number(args.top)))
    console.log(
      `${String(row.n).padStart(8)} ${(row.us / 1000).toFixed(1).padStart(10)} ${(row.tus / 1000).toFixed(1).padStart(10)}  ${event}`,
    );
} finally {
  await ext.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
