/**
 * `npx tsx scripts/measure-scan.ts [--size 1000000] [--runs 5]`: issue 5's closing figures for one
 * page, quicker than the full benchmark: a seeded news page of about `--size` characters of text
 * (the benchmark's generator), served over HTTP, scanned by the built extension in Chromium.
 * Prints the median scan time (the content script's own 'defence-lens:scan' measure), the ranges
 * marked, and the longest task that ran the extension's code (DevTools trace, as the benchmark
 * counts it) next to the longest longtask entry of any kind. Build first (npm run build).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startFixtureServer } from '../test/e2e/support/fixture-server';
import { median } from './bench/bench-results';
import { generateNewsPage } from './bench/generate-news-page';
import { measureLongTask } from './bench/measure-long-task';
import { openAndScan } from './bench/measure-page';
import { loadMentionVocabulary } from './bench/mention-vocabulary';
import { launchExtension } from './lib/launch-extension';

const { values } = parseArgs({ options: { size: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' } } });
const size = Number(values.size);
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'defence-lens-measure-'));
const page = generateNewsPage({ seed: 20231116, targetTextChars: size, vocabulary: loadMentionVocabulary() });
writeFileSync(join(dir, 'page.html'), page.html);
const server = await startFixtureServer(dir);
const ext = await launchExtension();
try {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no Browser for tracing');
  const scans: number[] = [];
  let ranges = 0;
  for (let i = 0; i < runs; i++) {
    const { page: tab, run } = await openAndScan(ext.context, server.url('page.html'), 120_000);
    scans.push(run.ms);
    ranges = run.ranges;
    await tab.close();
  }
  const tasks = [];
  for (let i = 0; i < Math.min(runs, 3); i++) tasks.push(await measureLongTask(ext.context, browser, server.url('page.html'), 120_000));
  const script = tasks.flatMap((t) => ('longestScriptTaskMs' in t ? [t.longestScriptTaskMs] : []));
  const any = tasks.flatMap((t) => ('longestAnyLongTaskMs' in t ? [t.longestAnyLongTaskMs] : []));
  console.log(
    JSON.stringify(
      {
        chromium: browser.version(),
        page: { textChars: page.textChars, htmlBytes: page.html.length, mentionsPlanted: page.mentions },
        scanMsMedian: Math.round(median(scans) * 10) / 10,
        scanMsRuns: scans.map((s) => Math.round(s)),
        rangesMarked: ranges,
        longestScriptTaskMs: script.length ? Math.round(Math.max(...script) * 10) / 10 : null,
        longestAnyLongTaskMs: any.length ? Math.round(Math.max(...any) * 10) / 10 : null,
      },
      null,
      2,
    ),
  );
} finally {
  await ext.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
