/**
 * `npx tsx scripts/bench/profile-scan.ts [--size 5mb] [--top 25]`: one scan of a generated page
 * under the DevTools CPU profiler, on the existing build. Prints where the scan's time goes
 * (self time per function, and per script), to find what to optimise before changing code.
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
  },
});
const chars = args.size === '1mb' ? 1_000_000 : 5_000_000;
const dir = mkdtempSync(join(tmpdir(), 'defence-lens-profile-'));
writeFileSync(
  join(dir, 'page.html'),
  generateNewsPage({ seed: Number(args.seed), targetTextChars: chars, vocabulary: loadMentionVocabulary() }).html,
);
const server = await startFixtureServer(dir);
const ext = await launchExtension();
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
} finally {
  await ext.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
