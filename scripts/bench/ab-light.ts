/**
 * `npx tsx scripts/bench/ab-light.ts --runs 7 <build dir> <build dir> …`: the light-page figures
 * (measure-light.ts) of several builds of the extension in one session, interleaved load by load
 * (without, build 1, build 2, … then again), so that a burst of load on a shared machine falls on
 * every build alike. Prints, per page and build, the medians of what the extension adds (task,
 * script, heap) and the load average before and after. The builds must be timeline builds
 * (`VITE_DEFENCE_LENS_TIMELINE=1`), as `npm run bench` makes, for the news page's scan to be awaited.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchExtension } from '../lib/launch-extension';
import { median } from './bench-results';
import { generateLocalPage } from './generate-local-page';
import { generateNewsPage } from './generate-news-page';
import { interleave, loadAverages, servePages } from './interleave-builds';
import { launchPlain } from './launch-plain';
import { type LightRun, loadAndSettle } from './measure-light';
import { loadMentionVocabulary } from './mention-vocabulary';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, seed: { type: 'string', default: '20231116' } },
  allowPositionals: true,
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const dirs = positionals.map((d) => resolve(d));
if (dirs.length === 0) throw new Error('give one or more extension build folders (…/chrome-mv3)');

const vocabulary = loadMentionVocabulary();
const news = generateNewsPage({ seed: seed + 1, targetTextChars: 20_000, vocabulary, wordsPerMention: 650, misspeltShare: 0 });
const html = { 'idle.html': generateLocalPage({ seed, targetTextChars: 20_000 }).html, 'news.html': news.html };

const loadBefore = loadAverages();
const pages = await servePages(html);
const plain = await launchPlain();
const builds = [];
for (const dir of dirs) builds.push(await launchExtension({ extensionDir: dir }));
try {
  for (const page of ['idle', 'news'] as const) {
    const url = pages.url(`${page}.html`);
    // Load by load: without, build 1, build 2, … (the browsers stay open across the runs).
    const [off = [], ...on] = await interleave([plain, ...builds], runs, (browser) =>
      loadAndSettle(browser.context, url, browser === plain ? 'none' : page === 'news' ? 'scan' : 'state'),
    );
    const m = (rs: LightRun[], pick: (r: LightRun) => number) => median(rs.map(pick));
    console.log(
      `${page}: without the extension task ${m(off, (r) => r.taskMs).toFixed(1)} ms, heap ${m(off, (r) => r.heapKb).toFixed(0)} KB`,
    );
    for (const [b, rs] of on.entries()) {
      console.log(
        `  ${dirs[b]}: task +${(m(rs, (r) => r.taskMs) - m(off, (r) => r.taskMs)).toFixed(1)} ms, script +${(m(rs, (r) => r.scriptMs) - m(off, (r) => r.scriptMs)).toFixed(1)} ms, heap +${(m(rs, (r) => r.heapKb) - m(off, (r) => r.heapKb)).toFixed(0)} KB; ${m(rs, (r) => r.marks)} marks, state "${rs.at(-1)?.state}"; task per load ${rs.map((r) => r.taskMs.toFixed(0)).join(' ')}`,
      );
    }
  }
} finally {
  for (const build of builds) await build.close();
  await plain.close();
  await pages.close();
}
console.log(`load average before: ${loadBefore}; after: ${loadAverages()}`);
