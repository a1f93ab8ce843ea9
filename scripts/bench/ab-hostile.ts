/**
 * `npx tsx scripts/bench/ab-hostile.ts --a <build> --b <build> [--page nodes_200k] [--loads 4]`:
 * two builds of the extension (timeline builds, as the bench makes them) on one hostile page
 * (measure-hostile.ts), loaded in turn A, B, A, B… so the machine's load falls on both alike, and
 * the page without the extension once per round. Prints each load's longest task and load time,
 * then the medians, with the load average.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startFixtureServer } from '../../test/e2e/support/fixture-server';
import { launchExtension } from '../lib/launch-extension';
import { launchPlain } from './launch-plain';
import { type HostileLoad, hostilePages, measureHostileLoad, writeHostilePages } from './measure-hostile';
import { loadMentionVocabulary } from './mention-vocabulary';

const { values: args } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    page: { type: 'string', default: 'nodes_200k' },
    loads: { type: 'string', default: '4' },
    plain: { type: 'boolean', default: true },
    seed: { type: 'string', default: '20231116' },
  },
});
if (!args.a || !args.b) throw new Error('--a and --b name two built extensions (.output/chrome-mv3 copies)');
const [name] = hostilePages(args.page);
if (!name) throw new Error('--page names one hostile page');
const dir = mkdtempSync(join(tmpdir(), 'defence-lens-ab-hostile-'));
writeHostilePages(dir, loadMentionVocabulary(), Number(args.seed), [name]);
const server = await startFixtureServer(dir);
const sides = {
  A: await launchExtension({ extensionDir: resolve(args.a) }),
  B: await launchExtension({ extensionDir: resolve(args.b) }),
};
const plain = args.plain ? await launchPlain() : undefined;
const seen: Record<'A' | 'B' | 'plain', HostileLoad[]> = { A: [], B: [], plain: [] };
const line = (l: HostileLoad) =>
  `longest task ${l.longestTaskMs.toFixed(0)} ms (${l.longTasks} long), load ${l.loadMs.toFixed(0)} ms${l.state ? ` [${l.state}]` : ''}`;
try {
  const url = server.url(`${name}.html`);
  for (let round = 0; round < Number(args.loads); round++) {
    const order = round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
    for (const side of order) {
      const load = await measureHostileLoad(sides[side].context, url, true);
      seen[side].push(load);
      console.log(`round ${round + 1} ${side}: ${line(load)}; load average ${loadavg()[0]?.toFixed(2)}`);
    }
    if (plain) {
      const load = await measureHostileLoad(plain.context, url, false);
      seen.plain.push(load);
      console.log(`round ${round + 1} without: ${line(load)}`);
    }
  }
} finally {
  await sides.A.close();
  await sides.B.close();
  await plain?.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
console.log(
  `\n${name}, medians of ${args.loads} loads (load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}):`,
);
for (const side of ['A', 'B', 'plain'] as const) {
  const loads = seen[side];
  if (loads.length === 0) continue;
  console.log(
    `  ${side.padEnd(5)} longest task ${median(loads.map((l) => l.longestTaskMs)).toFixed(0)} ms (each: ${loads.map((l) => l.longestTaskMs.toFixed(0)).join(', ')}), load ${median(loads.map((l) => l.loadMs)).toFixed(0)} ms`,
  );
}
