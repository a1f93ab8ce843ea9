/**
 * `npx tsx scripts/bench/ab-card.ts --a <dir> --b <dir> [--size 1mb] [--rounds 4] [--loads 3]`:
 * `card_ms` of two timeline builds on the same generated page, alternated A B A B in fresh browsers
 * (one warm-up load each), as the bench takes it (one hover per load, after the scan), and split in
 * two: from the hover delay's end to the card's DOM in place (`defence-lens:card-shown`: our work)
 * and from there to the next frame handed to the compositor (the frame's wait and cost). Issue 21
 * asks that `card_ms` be no worse than before its work by more than 10%.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { median } from './bench-results';
import { interleaveBuilds, loadNow, newsPageOfSize, servePages } from './interleave-builds';
import { measureCard } from './measure-card';
import { openAndScan } from './measure-page';

interface CardLoad {
  ms: number;
  toShownMs: number;
  toFrameMs: number;
}

async function cardLoad(context: BrowserContext, url: string): Promise<CardLoad> {
  const { page } = await openAndScan(context, url, 180_000);
  try {
    await page.waitForTimeout(500);
    const ms = await measureCard(page);
    if (typeof ms !== 'number') throw new Error(ms.missing);
    const split = (await page.evaluate(`(() => {
      const s = window.__defenceLensBench;
      const end = s.timings.find((t) => t.name === 'defence-lens:card-delay-end');
      const shown = s.timings.find((t) => t.name === 'defence-lens:card-shown');
      return shown.start - end.start;
    })()`)) as number;
    return { ms, toShownMs: split, toFrameMs: ms - split };
  } finally {
    await page.close().catch(() => {});
  }
}

const { values: args } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    size: { type: 'string', default: '1mb' },
    rounds: { type: 'string', default: '4' },
    loads: { type: 'string', default: '3' },
    seed: { type: 'string', default: '20231116' },
  },
});
if (!args.a || !args.b) throw new Error('--a <build dir> and --b <build dir> are both needed');
const extensionDir = (dir: string) => {
  const full = resolve(dir);
  return existsSync(join(full, 'chrome-mv3')) ? join(full, 'chrome-mv3') : full;
};
const pages = await servePages({ 'page.html': newsPageOfSize(args.size, Number(args.seed)) });
console.log(`A ${args.a}\nB ${args.b}\n${args.size}, load ${loadNow()} at the start`);
let runs: Record<'A' | 'B', CardLoad[]>;
try {
  runs = await interleaveBuilds({
    builds: { A: extensionDir(args.a), B: extensionDir(args.b) },
    rounds: Number(args.rounds),
    warmUps: 1,
    loads: Number(args.loads),
    read: (context) => cardLoad(context, pages.url('page.html')),
    onFigure: (run, side, round) =>
      console.log(
        `round ${round} ${side}: card ${run.ms.toFixed(1)} ms (to the card's DOM ${run.toShownMs.toFixed(1)}, then to the frame ${run.toFrameMs.toFixed(1)}; load ${loadNow()})`,
      ),
  });
} finally {
  await pages.close();
}
for (const [what, pick] of [
  ['card_ms', (r: CardLoad) => r.ms],
  ['delay end to the card in place', (r: CardLoad) => r.toShownMs],
  ['then to the next frame', (r: CardLoad) => r.toFrameMs],
] as const) {
  const a = median(runs.A.map(pick));
  const b = median(runs.B.map(pick));
  console.log(
    `${what}: median A ${a.toFixed(1)} ms, B ${b.toFixed(1)} ms (${runs.A.length} loads each): ${(((b - a) / a) * 100).toFixed(1)}%`,
  );
}
console.log(`load ${loadNow()} at the end`);
