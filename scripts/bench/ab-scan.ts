/**
 * `npx tsx scripts/bench/ab-scan.ts --a <build> --b <build> [--size 5mb] [--rounds 3]`: the 5 MB
 * page's scan_ms and walk_ms for two builds, interleaved (a, b, a, b, …: one browser per build and
 * round), with medians and the load average, to tell whether a change made the scan slower on a
 * shared, noisy machine. The builds must be timeline builds (VITE_DEFENCE_LENS_TIMELINE=1).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startFixtureServer } from '../../test/e2e/support/fixture-server';
import { launchExtension } from '../lib/launch-extension';
import { generateNewsPage } from './generate-news-page';
import { measureWalk, openAndScan } from './measure-page';
import { loadMentionVocabulary } from './mention-vocabulary';

const { values: args } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    size: { type: 'string', default: '5mb' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '20231116' },
  },
});
if (!args.a || !args.b) throw new Error('--a and --b name two builds (chrome-mv3 folders)');
const builds = { a: resolve(args.a), b: resolve(args.b) };
const chars = args.size === '1mb' ? 1_000_000 : 5_000_000;
const dir = mkdtempSync(join(tmpdir(), 'defence-lens-ab-'));
writeFileSync(join(dir, 'page.html'), generateNewsPage({ seed: Number(args.seed), targetTextChars: chars, vocabulary: loadMentionVocabulary() }).html);
const server = await startFixtureServer(dir);
const figures: Record<'a' | 'b', { scan: number[]; walk: number[] }> = { a: { scan: [], walk: [] }, b: { scan: [], walk: [] } };
const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const loads: string[] = [];
try {
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const side of ['a', 'b'] as const) {
      loads.push(loadavg()[0]?.toFixed(2) ?? '?');
      const ext = await launchExtension({ extensionDir: builds[side] });
      try {
        const w = await measureWalk(ext.context, pathToFileURL(join(dir, 'page.html')).href);
        const { page, run } = await openAndScan(ext.context, server.url('page.html'), 180_000);
        await page.close().catch(() => {});
        figures[side].walk.push(w.ms);
        figures[side].scan.push(run.ms);
        console.error(`round ${round + 1} ${side}: scan ${run.ms.toFixed(0)} ms, walk ${w.ms.toFixed(1)} ms`);
      } finally {
        await ext.close();
      }
    }
  }
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
for (const side of ['a', 'b'] as const)
  console.log(
    `${side} (${builds[side]}): scan_ms median ${median(figures[side].scan).toFixed(0)} [${figures[side].scan.map((x) => x.toFixed(0)).join(', ')}], walk_ms median ${median(figures[side].walk).toFixed(1)}`,
  );
console.log(`load average (1 min) at each launch: ${loads.join(' ')}`);
