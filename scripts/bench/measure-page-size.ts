/**
 * All per-page figures for one generated page: each measured `runs` times in fresh tabs, median
 * reported. mark.js stops being repeated once a run hits its time limit (it would only hit it again).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { type Figure, type FirstMarkFigures, median, missing, type PageFigures } from './bench-results';
import { measureCard } from './measure-card';
import { tabHeapMb } from './measure-heap';
import { measureLongTask } from './measure-long-task';
import { measureMarkjs, measureWalk, openAndScan, ScanTimingMissing } from './measure-page';

export interface PageSizeOptions {
  context: BrowserContext;
  /** For tracing (longest task). */
  browser: Browser;
  runs: number;
  markjsLimitMs: number;
  aliases: { forms: string[] };
  /** The plain page from file:// (no content script there). */
  walkUrl: string;
  /** The copy of the page that loads mark.js, from file://. */
  markjsUrl: string;
  /** The page over HTTP, where the extension runs. */
  scanUrl: string;
  log: (line: string) => void;
}

const medianOr = (values: number[], reason: string): Figure => (values.length > 0 ? median(values) : missing(reason));

/** The issue's per-page figures, plus mark.js's single-pass use, printed for context only. */
export type PageResult = PageFigures & { markjs_regexp_ms: Figure } & FirstMarkFigures;

export async function measurePageSize(o: PageSizeOptions): Promise<PageResult> {
  const walk: number[] = [];
  const walkVisible: number[] = [];
  const firstMark: number[] = [];
  let firstMarkOwn = false;
  const baselineHeap: number[] = [];
  const scan: number[] = [];
  const longest: number[] = [];
  const scanHeap: number[] = [];
  const card: number[] = [];
  const markjs: number[] = [];
  let markjsOver = false;
  const markjsRegexp: number[] = [];
  let markjsRegexpOver = false;
  let scanMissing = '';
  let cardMissing = '';
  let longTaskMissing = '';

  for (let run = 0; run < o.runs; run++) {
    const w = await measureWalk(o.context, o.walkUrl);
    walk.push(w.ms);
    walkVisible.push(w.visibleMs);
    baselineHeap.push(w.tabHeapMb);

    if (!scanMissing) {
      try {
        const { page, run: s } = await openAndScan(o.context, o.scanUrl, 180_000);
        try {
          scan.push(s.ms);
          firstMark.push(s.firstMarkMs);
          firstMarkOwn = s.firstMarkOwn;
          scanHeap.push(await tabHeapMb(o.context, page));
          const c = await measureCard(page);
          if (typeof c === 'number') card.push(c);
          else cardMissing = c.missing;
          o.log(
            `  scan ${s.ms.toFixed(1)} ms, first marks ${s.firstMarkMs.toFixed(1)} ms${s.firstMarkOwn ? '' : ' (= the scan)'}, ${s.ranges} marks (${s.registered} registered)${typeof c === 'number' ? `, card ${c.toFixed(1)} ms` : ''}`,
          );
        } finally {
          await page.close().catch(() => {});
        }
        // A second, traced load of the page for the longest task (tracing would slow the timed scan).
        const t = await measureLongTask(o.context, o.browser, o.scanUrl, 180_000);
        if ('missing' in t) longTaskMissing = t.missing;
        else {
          longest.push(t.longestScriptTaskMs);
          o.log(
            `  traced: longest task running script ${t.longestScriptTaskMs.toFixed(1)} ms less the page's own rendering in it (${t.longestWholeScriptTaskMs.toFixed(1)} ms whole; ${t.scriptTasks} script tasks); longest longtask in the scan window, any cause: ${t.longestAnyLongTaskMs.toFixed(0)} ms`,
          );
        }
      } catch (error) {
        if (!(error instanceof ScanTimingMissing)) throw error;
        scanMissing = error.message;
      }
    }

    if (!markjsOver) {
      const m = await measureMarkjs(o.context, o.markjsUrl, o.aliases.forms, o.markjsLimitMs);
      if ('overLimitMs' in m) markjsOver = true;
      else markjs.push(m.ms);
      o.log(
        `  walk ${w.ms.toFixed(1)} ms (${w.nodes} text nodes; visible part ${w.visibleMs.toFixed(3)} ms, ${w.visibleNodes} nodes, ${w.visibleChars} chars); mark.js ${'ms' in m ? `${m.ms.toFixed(0)} ms, ${m.marks} marks` : `over ${o.markjsLimitMs / 1000} s`}`,
      );
    } else {
      o.log(`  walk ${w.ms.toFixed(1)} ms (${w.nodes} text nodes; visible part ${w.visibleMs.toFixed(3)} ms, ${w.visibleNodes} nodes)`);
    }
    if (!markjsRegexpOver) {
      const r = await measureMarkjs(o.context, o.markjsUrl, o.aliases.forms, o.markjsLimitMs, 'regexp');
      if ('overLimitMs' in r) markjsRegexpOver = true;
      else markjsRegexp.push(r.ms);
      o.log(
        `  mark.js, one combined RegExp: ${'ms' in r ? `${r.ms.toFixed(0)} ms, ${r.marks} marks` : `over ${o.markjsLimitMs / 1000} s`}`,
      );
    }
  }

  const heapFigure = (): Figure => {
    if (scanHeap.length === 0) return missing(scanMissing || 'no scan');
    return Math.max(0, median(scanHeap) - median(baselineHeap));
  };
  return {
    walk_ms: median(walk),
    scan_ms: medianOr(scan, scanMissing),
    walk_visible_ms: median(walkVisible),
    first_mark_ms: medianOr(firstMark, scanMissing),
    first_mark_own: firstMarkOwn,
    // Over the limit even once: the median of the runs it would have taken is over it too.
    markjs_ms: markjsOver ? { over: o.markjsLimitMs } : median(markjs),
    markjs_regexp_ms: markjsRegexpOver ? { over: o.markjsLimitMs } : median(markjsRegexp),
    longest_task_ms: medianOr(longest, scanMissing || longTaskMissing),
    card_ms: medianOr(card, scanMissing || cardMissing),
    heap_mb: heapFigure(),
  };
}
