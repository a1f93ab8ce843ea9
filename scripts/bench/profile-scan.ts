/**
 * `npx tsx scripts/bench/profile-scan.ts [--size 5mb] [--top 25] [--under collect] [--extension-dir <dir>]`:
 * one scan of a generated page under the DevTools CPU profiler, on the existing build (or the
 * given one). Prints where the scan's time goes (self time per function, and per script), to find
 * what to optimise before changing code. `--under <function>` also prints the self time of what ran
 * below any frame of that name (e.g. `collect`, the scanner's walk: natives such as
 * `getComputedStyle` and `checkVisibility` show under their own names). Names are readable in an
 * unminified build (`DEFENCE_LENS_UNMINIFIED=1`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startFixtureServer } from '../../test/e2e/support/fixture-server';
import { launchExtension } from '../lib/launch-extension';
import { generateNewsPage } from './generate-news-page';
import { loadMentionVocabulary } from './mention-vocabulary';
import { AWAIT_SCAN, OBSERVE_FROM_START } from './page-probes';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '5mb' },
    top: { type: 'string', default: '25' },
    seed: { type: 'string', default: '20231116' },
    under: { type: 'string' },
    'extension-dir': { type: 'string' },
  },
});
const chars = args.size === '1mb' ? 1_000_000 : 5_000_000;
const dir = mkdtempSync(join(tmpdir(), 'defence-lens-profile-'));
writeFileSync(
  join(dir, 'page.html'),
  generateNewsPage({ seed: Number(args.seed), targetTextChars: chars, vocabulary: loadMentionVocabulary() }).html,
);
const server = await startFixtureServer(dir);
const ext = await launchExtension(args['extension-dir'] ? { extensionDir: args['extension-dir'] } : {});
try {
  const page = await ext.context.newPage();
  await page.addInitScript(OBSERVE_FROM_START);
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(server.url('page.html'), { timeout: 120_000 });
  const outcome = await page.evaluate(AWAIT_SCAN(180_000));
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const scan = (await page.evaluate(`window.__defenceLensBench.timings.find((t) => t.name === 'defence-lens:scan')?.duration ?? null`)) as
    | number
    | null;
  console.log(`scan ${outcome}: ${scan?.toFixed(1)} ms (${args.size}); profile covers the whole load`);
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const f = byNode.get(id)?.callFrame;
    if (!f) continue;
    const script = f.url ? f.url.replace(/^chrome-extension:\/\/[^/]+\//, 'ext:') : '(no url)';
    const key = `${f.functionName || '(anonymous)'}  ${script}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    byScript.set(script, (byScript.get(script) ?? 0) + us);
  }
  const print = (title: string, m: Map<string, number>, n: number) => {
    console.log(`\n${title}`);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  };
  print('self time by script', byScript, 10);
  print('self time by function', byFunction, Number(args.top));
  if (args.under) {
    for (const n of profile.nodes) for (const c of n.children ?? []) (byNode.get(c) as ProfileNode).parent = n.id;
    const below = (id: number) => {
      for (let n = byNode.get(id); n; n = n.parent === undefined ? undefined : byNode.get(n.parent))
        if (n.callFrame.functionName === args.under) return true;
      return false;
    };
    const under = new Map<string, number>();
    let total = 0;
    for (const [id, us] of selfUs) {
      const f = byNode.get(id)?.callFrame;
      if (!f || !below(id)) continue;
      total += us;
      const key = `${f.functionName || '(anonymous)'}  ${f.url ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : '(native)'}`;
      under.set(key, (under.get(key) ?? 0) + us);
    }
    print(`self time below ${args.under} (${(total / 1000).toFixed(1)} ms in all)`, under, Number(args.top));
  }
} finally {
  await ext.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
