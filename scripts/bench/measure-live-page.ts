/**
 * Issue 14's live page, measured (`npm run bench` runs it on the 1 MB page; alone:
 * `npx tsx scripts/bench/measure-live-page.ts [--chars 1000000] [--seconds 10] [--plain]`).
 * A seeded news page (the bench's generator) gets a live feed at its top that adds a post every
 * 100 ms and drops the oldest beyond 20, and a ticker restyled every 50 ms whose text never
 * changes. In that window: the long tasks of any cause (longtask entries; the content script's
 * own work is not told apart from the page's layout, which `--plain`, the same page without the
 * extension, measures), the rescans the content script ran (its own timings, read in its isolated
 * world) and the marks at the end. Alone, it reads the build at DEFENCE_LENS_OUT_DIR (or .output).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { startFixtureServer } from '../../test/e2e/support/fixture-server';
import { contentMarks, contentTimings, waitForContentState } from '../../test/e2e/support/isolated-world';
import { EXTENSION_DIR, launchExtension } from '../lib/launch-extension';
import { generateNewsPage } from './generate-news-page';
import { launchPlain } from './launch-plain';
import { loadMentionVocabulary, type MentionVocabulary } from './mention-vocabulary';

/** Plain JavaScript run in the page: the observers first, then the feed and the ticker on request. */
const LIVE = `<script>
(() => {
const state = { longTasks: [] };
window.__live = state;
new PerformanceObserver((l) => { for (const e of l.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
const names = ['Ng Eng Hen', 'Phan Van Giang', 'Prabowo Subianto', 'Ashton Carter', 'Minoru Kihara', 'Tea Banh', 'Lloyd Austin'];
window.startLive = (ms) => new Promise((done) => {
  const feed = document.getElementById('live-feed');
  const ticker = document.getElementById('live-ticker');
  let n = 0;
  state.from = performance.now();
  const post = setInterval(() => {
    const li = document.createElement('li');
    li.textContent = 'Update ' + n + ': ' + names[n % names.length] + ' speaks on the HADR exercise.';
    feed.prepend(li);
    while (feed.children.length > 20) feed.lastElementChild.remove();
    n++;
  }, 100);
  let x = 0;
  const move = setInterval(() => { ticker.style.transform = 'translateX(' + (-(x++ % 200)) + 'px)'; }, 50);
  setTimeout(() => { clearInterval(post); clearInterval(move); state.to = performance.now(); done(n); }, ms);
});
})();
</script>`;
const FEED = `<section><h2>Live</h2><div id="live-ticker" style="white-space:nowrap">ADMM-Plus talks continue; Tea Banh attends.</div><ol id="live-feed"></ol></section>`;

/** The live page: the seeded news page with the feed and the ticker at its top and the observers in its head. */
export function writeLivePage({
  dir,
  chars,
  seed,
  vocabulary,
}: {
  dir: string;
  chars: number;
  seed: number;
  vocabulary: MentionVocabulary;
}) {
  const page = generateNewsPage({ seed, targetTextChars: chars, vocabulary });
  writeFileSync(join(dir, 'live.html'), page.html.replace('</head>', `${LIVE}</head>`).replace(/<body([^>]*)>/, `<body$1>${FEED}`));
  return { textChars: page.textChars };
}

export interface LiveFigures {
  posts: number;
  longest_long_task_ms: number;
  long_tasks: number;
  /** Rescans the content script ran in the window (its own timings); null without the extension. */
  rescans: number | null;
  longest_rescan_wall_ms: number | null;
  marks_at_end: number | null;
}

/** Opens the live page in `context`, runs the feed for `seconds`, and reads what the window held. */
export async function measureLivePage({
  context,
  url,
  seconds,
  extension,
}: {
  context: BrowserContext;
  url: string;
  seconds: number;
  extension: boolean;
}): Promise<LiveFigures> {
  const tab = await context.newPage();
  try {
    await tab.goto(url, { timeout: 120_000 });
    if (extension) await waitForContentState(tab, 'ready', 120_000);
    await tab.waitForTimeout(2000);
    const before = extension ? (await contentTimings(tab)).length : 0;
    const posts = await tab.evaluate(
      (ms) => (window as unknown as { startLive: (ms: number) => Promise<number> }).startLive(ms),
      seconds * 1000,
    );
    await tab.waitForTimeout(2000);
    const live = (await tab.evaluate(() => (window as unknown as { __live: unknown }).__live)) as {
      from: number;
      to: number;
      longTasks: { start: number; duration: number }[];
    };
    const inWindow = live.longTasks.filter((x) => x.start >= live.from && x.start <= live.to + 1500);
    const rescans = extension ? (await contentTimings(tab)).slice(before).filter((t) => t.name === 'rescan') : null;
    return {
      posts,
      longest_long_task_ms: Math.round(Math.max(0, ...inWindow.map((t) => t.duration))),
      long_tasks: inWindow.length,
      rescans: rescans ? rescans.length : null,
      longest_rescan_wall_ms: rescans ? Math.round(Math.max(0, ...rescans.map((r) => r.duration))) : null,
      marks_at_end: extension ? await contentMarks(tab) : null,
    };
  } finally {
    await tab.close();
  }
}

async function main() {
  const { values: args } = parseArgs({
    options: {
      chars: { type: 'string', default: '1000000' },
      seconds: { type: 'string', default: '10' },
      seed: { type: 'string', default: '20231116' },
      /** The same page in a browser without the extension: what the page itself costs. */
      plain: { type: 'boolean', default: false },
    },
  });

  const chars = Number(args.chars);
  const seconds = Number(args.seconds);
  const dir = mkdtempSync(join(tmpdir(), 'defence-lens-live-'));
  const { textChars } = writeLivePage({ dir, chars, seed: Number(args.seed), vocabulary: loadMentionVocabulary() });
  const server = await startFixtureServer(dir);
  const browser = args.plain ? await launchPlain() : await launchExtension({ extensionDir: EXTENSION_DIR });
  try {
    const figures = await measureLivePage({ context: browser.context, url: server.url('live.html'), seconds, extension: !args.plain });
    process.stdout.write(`${JSON.stringify({ page_text_chars: textChars, seconds, extension: !args.plain, ...figures }, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
