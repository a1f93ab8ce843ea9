/**
 * `npx tsx scripts/bench/profile-hostile.ts --page nodes_200k [--extension-dir <build>] [--tasks 8]`:
 * one load of a hostile page (measure-hostile.ts), or of the bench's news page (`--page news_1mb`,
 * `news_5mb`: generate-news-page.ts), with the extension, traced and under the CPU
 * profiler, to find where its long tasks come from. For each of the longest main-thread tasks it
 * prints what ran in it (trace events by total time, scripts by URL) and the functions the
 * profiler sampled inside it, by self time. A diagnostic, not a figure: tracing slows the page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startFixtureServer } from '../../test/e2e/support/fixture-server';
import { EXTENSION_DIR, launchExtension } from '../lib/launch-extension';
import { generateNewsPage } from './generate-news-page';
import { hostilePages, writeHostilePages } from './measure-hostile';
import { loadMentionVocabulary } from './mention-vocabulary';
import { OBSERVE_FROM_START } from './page-probes';
import { type TraceEvent, threadTasks } from './trace-tasks';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { values: args } = parseArgs({
  options: {
    page: { type: 'string', default: 'nodes_200k' },
    'extension-dir': { type: 'string' },
    tasks: { type: 'string', default: '8' },
    top: { type: 'string', default: '12' },
    seed: { type: 'string', default: '20231116' },
    'wait-s': { type: 'string', default: '60' },
  },
});
const newsChars: Record<string, number> = { news_1mb: 1_000_000, news_5mb: 5_000_000 };
const dir = mkdtempSync(join(tmpdir(), 'defence-lens-profile-hostile-'));
const name = args.page in newsChars ? args.page : hostilePages(args.page)[0];
if (!name) throw new Error('--page names one hostile page, or news_1mb / news_5mb');
if (args.page in newsChars) {
  const { html } = generateNewsPage({
    seed: Number(args.seed),
    targetTextChars: newsChars[args.page] as number,
    vocabulary: loadMentionVocabulary(),
  });
  writeFileSync(join(dir, `${name}.html`), html);
} else writeHostilePages(dir, loadMentionVocabulary(), Number(args.seed), [name as never]);
const server = await startFixtureServer(dir);
const ext = await launchExtension({ extensionDir: args['extension-dir'] ?? EXTENSION_DIR });
const short = (url: string) => url.replace(/^chrome-extension:\/\/[^/]+\//, 'ext:').replace(/^http:\/\/127\.0\.0\.1:\d+\//, 'page:');
try {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no Browser for tracing');
  const tab = await ext.context.newPage();
  await tab.addInitScript(OBSERVE_FROM_START);
  const cdp = await ext.context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await browser.startTracing(tab, {
    categories: [
      'toplevel',
      'devtools.timeline',
      'v8.execute',
      'blink.user_timing',
      '__metadata',
      'v8',
      'disabled-by-default-v8.gc',
      'blink_gc',
      'extensions',
      'ipc',
    ],
  });
  const started = Date.now();
  await tab.goto(server.url(`${name}.html`), { waitUntil: 'load', timeout: 300_000 });
  let state: string | null = null;
  while (Date.now() - started < Number(args['wait-s']) * 1000) {
    state = await tab.evaluate(() => document.documentElement.getAttribute('data-defence-lens'));
    if (state && /^(ready|off|error)/.test(state)) break;
    await tab.waitForTimeout(200);
  }
  await tab.waitForTimeout(2000);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  console.log(`${name}: state ${state}, ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const events = trace.traceEvents;
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'),
  );
  if (!main) throw new Error('no renderer main thread with ParseHTML in the trace');
  const { complete: onThread, tasks } = threadTasks(events, main);
  // The longest tasks of all, then the longest of those that ran the extension's own scripts.
  const ranOurs = (task: TraceEvent) => {
    const end = task.ts + (task.dur as number);
    return onThread.some((e) => e.ts >= task.ts && e.ts < end && (e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  };
  const byLength = [...tasks].sort((a, b) => (b.dur as number) - (a.dur as number));
  const n = Number(args.tasks);
  const longest = [...new Set([...byLength.slice(0, n), ...byLength.filter(ranOurs).slice(0, n)])];
  console.log(
    `${tasks.length} tasks, ${tasks.filter((x) => (x.dur as number) > 50_000).length} over 50 ms, ${tasks.filter((x) => (x.dur as number) > 50_000 && ranOurs(x)).length} of those ran the extension's scripts`,
  );
  const firstTs = tasks[0]?.ts ?? 0;
  // Sample times, on the trace's clock (both are the browser's monotonic clock, in µs).
  const sampleAt: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) sampleAt.push((t += d));
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const top = Number(args.top);
  for (const task of longest) {
    const end = task.ts + (task.dur as number);
    console.log(
      `\ntask ${((task.dur as number) / 1000).toFixed(1)} ms at +${((task.ts - firstTs) / 1000).toFixed(0)} ms (${task.name})${ranOurs(task) ? ', ran ours' : ''}`,
    );
    const inside = onThread.filter((e) => e !== task && e.ts >= task.ts && e.ts < end);
    const byName = new Map<string, number>();
    for (const e of inside) {
      const url = e.args?.data?.url;
      const key = url ? `${e.name} ${short(url)}` : e.name;
      byName.set(key, (byName.get(key) ?? 0) + (e.dur as number));
    }
    for (const [k, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8))
      console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const at = sampleAt[i] as number;
      if (at < task.ts || at >= end) return;
      const f = byNode.get(id)?.callFrame;
      if (!f) return;
      const key = `${f.functionName || '(anonymous)'} ${f.url ? `${short(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    });
    if (self.size > 0) console.log('  sampled, self time:');
    for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  }
} finally {
  await ext.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
