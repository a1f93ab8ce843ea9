/**
 * What the extension costs an ordinary page (issue 15): the same 20,000-character page loaded in a
 * browser with the extension and in one without it, each in fresh tabs, the DevTools protocol's
 * `Performance.getMetrics` read once the page has settled, medians of the runs.
 *
 *   idle_page_ms  main-thread task time added to a page with nothing to find (TaskDuration, with - without)
 *   news_page_ms  the same on an article with a handful of mentions, read after its marks are registered
 *   idle_heap_kb  V8 + Blink heap added to the idle tab (after two forced garbage collections)
 *
 * Both browsers run the same flags and viewport; a run waits for the load event, then (with the
 * extension) for the content script's state attribute (and on the news page its scan measure), then
 * the same quiet wait in both, so that every task the extension starts has finished when the
 * metrics are read.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { median } from './bench-results';
import { tabHeapMb } from './measure-heap';
import { AWAIT_SCAN, OBSERVE_FROM_START } from './page-probes';

/** After the page (and the content script) are done: idle timers, idle callbacks and messages land within it. */
const QUIET_MS = 2500;

export interface LightRun {
  taskMs: number;
  scriptMs: number;
  heapKb: number;
  marks: number;
  state: string | null;
}

export async function loadAndSettle(context: BrowserContext, url: string, wait: 'none' | 'state' | 'scan'): Promise<LightRun> {
  const page: Page = await context.newPage();
  try {
    await page.addInitScript(OBSERVE_FROM_START);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // The same fixed wait on both sides (the content script's probes differ between builds); the
    // news page's scan measure, where the build publishes it, is only reported.
    await page.waitForTimeout(QUIET_MS);
    if (wait === 'scan') await page.evaluate(AWAIT_SCAN(100, 100));
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    const state = await page.evaluate(() => document.documentElement.getAttribute('data-defence-lens'));
    const marks = Number(await page.evaluate(() => document.documentElement.getAttribute('data-defence-lens-marks') ?? '0'));
    await cdp.detach().catch(() => {});
    const heapKb = (await tabHeapMb(context, page)) * 1024;
    return { taskMs: metric('TaskDuration') * 1000, scriptMs: metric('ScriptDuration') * 1000, heapKb, marks, state };
  } finally {
    await page.close().catch(() => {});
  }
}

export interface LightFigures {
  with: { taskMs: number; scriptMs: number; heapKb: number; marks: number; state: string | null };
  without: { taskMs: number; scriptMs: number; heapKb: number };
  /** with - without, medians. */
  addedTaskMs: number;
  addedScriptMs: number;
  addedHeapKb: number;
}

/**
 * `runs` loads of `url` with the extension and as many without, interleaved (so a burst of load on
 * the shared machine falls on both sides), medians compared.
 */
export async function measureLight(o: {
  withExtension: BrowserContext;
  withoutExtension: BrowserContext;
  url: string;
  runs: number;
  waitForScan: boolean;
  log: (line: string) => void;
}): Promise<LightFigures> {
  const on: LightRun[] = [];
  const off: LightRun[] = [];
  for (let i = 0; i < o.runs; i++) {
    off.push(await loadAndSettle(o.withoutExtension, o.url, 'none'));
    on.push(await loadAndSettle(o.withExtension, o.url, o.waitForScan ? 'scan' : 'state'));
    const a = on.at(-1) as LightRun;
    const b = off.at(-1) as LightRun;
    o.log(
      `  with: task ${a.taskMs.toFixed(1)} ms, script ${a.scriptMs.toFixed(1)} ms, heap ${a.heapKb.toFixed(0)} KB, ${a.marks} marks (${a.state}); without: task ${b.taskMs.toFixed(1)} ms, script ${b.scriptMs.toFixed(1)} ms, heap ${b.heapKb.toFixed(0)} KB`,
    );
  }
  const m = (runs: LightRun[], pick: (r: LightRun) => number) => median(runs.map(pick));
  const withFigures = {
    taskMs: m(on, (r) => r.taskMs),
    scriptMs: m(on, (r) => r.scriptMs),
    heapKb: m(on, (r) => r.heapKb),
    marks: m(on, (r) => r.marks),
    state: on.at(-1)?.state ?? null,
  };
  const withoutFigures = { taskMs: m(off, (r) => r.taskMs), scriptMs: m(off, (r) => r.scriptMs), heapKb: m(off, (r) => r.heapKb) };
  return {
    with: withFigures,
    without: withoutFigures,
    addedTaskMs: withFigures.taskMs - withoutFigures.taskMs,
    addedScriptMs: withFigures.scriptMs - withoutFigures.scriptMs,
    addedHeapKb: withFigures.heapKb - withoutFigures.heapKb,
  };
}

export const LIGHT_TARGETS = { idlePageMs: 5, newsPageMs: 20, idleHeapKb: 500 };

/** The light-page rows, printed under the main table. */
export function formatLight(figures: Record<'idle' | 'news', LightFigures | string>): string {
  const row = (label: string, value: string, target: string, detail: string) =>
    `| ${label.padEnd(14)} | ${value.padStart(8)} | ${target.padEnd(7)} | ${detail}`;
  const lines = [`| ${'figure'.padEnd(14)} | ${'value'.padStart(8)} | target  | with / without the extension (medians)`];
  const { idle, news } = figures;
  if (typeof idle === 'string') lines.push(row('idle_page_ms', 'n/a', `<= ${LIGHT_TARGETS.idlePageMs}`, idle));
  else {
    lines.push(
      row(
        'idle_page_ms',
        idle.addedTaskMs.toFixed(1),
        `<= ${LIGHT_TARGETS.idlePageMs}`,
        `task ${idle.with.taskMs.toFixed(1)} / ${idle.without.taskMs.toFixed(1)} ms; script ${idle.with.scriptMs.toFixed(1)} / ${idle.without.scriptMs.toFixed(1)} ms (+${idle.addedScriptMs.toFixed(1)}); state "${idle.with.state}", ${idle.with.marks} marks`,
      ),
      row(
        'idle_heap_kb',
        idle.addedHeapKb.toFixed(0),
        `<= ${LIGHT_TARGETS.idleHeapKb}`,
        `${idle.with.heapKb.toFixed(0)} / ${idle.without.heapKb.toFixed(0)} KB`,
      ),
    );
  }
  if (typeof news === 'string') lines.push(row('news_page_ms', 'n/a', `<= ${LIGHT_TARGETS.newsPageMs}`, news));
  else {
    lines.push(
      row(
        'news_page_ms',
        news.addedTaskMs.toFixed(1),
        `<= ${LIGHT_TARGETS.newsPageMs}`,
        `task ${news.with.taskMs.toFixed(1)} / ${news.without.taskMs.toFixed(1)} ms; script +${news.addedScriptMs.toFixed(1)} ms; heap +${news.addedHeapKb.toFixed(0)} KB; ${news.with.marks} marks`,
      ),
    );
  }
  return lines.join('\n');
}

export function lightJson(figures: Record<'idle' | 'news', LightFigures | string>): Record<string, number | null> {
  const r = (n: number) => Number(n.toFixed(1));
  const { idle, news } = figures;
  return {
    idle_page_ms: typeof idle === 'string' ? null : r(idle.addedTaskMs),
    idle_heap_kb: typeof idle === 'string' ? null : Math.round(idle.addedHeapKb),
    news_page_ms: typeof news === 'string' ? null : r(news.addedTaskMs),
  };
}
