/**
 * longest_task_ms: the longest main-thread task during the scan that ran the extension's code.
 * A heavy page lays itself out and collects garbage while the content script starts at
 * document_idle, and those tasks (no script in them: the generated pages have none that runs)
 * fall inside the scan's window too. So the run is traced (DevTools trace: top-level tasks,
 * timeline and User Timing events) and a task counts only if JavaScript ran in it; the
 * PerformanceObserver's longtask entries in the window are reported beside it, for comparison.
 *
 * Since the scan's clock starts at the first pass (document_idle), its window also covers the
 * page's own first layouts (a 1 MB generated page lays itself out in tasks of 120–670 ms with no
 * extension at all), and a rendering task in which one of our observers' callbacks ran for a
 * millisecond used to count whole. So the figure is the task's time less the page's rendering steps
 * that ran outside any script call in it: what our code ran, plus any layout or style it forced
 * synchronously (those are nested in its calls). The whole task is reported beside it.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { type Missing, missing } from './bench-results';
import { AWAIT_SCAN, OBSERVE_FROM_START } from './page-probes';
import { type TraceEvent, threadTasks } from './trace-tasks';

/**
 * Events that only occur while JavaScript runs. Continuations after `await scheduler.yield()` and
 * promise jobs run in microtask checkpoints that the trace shows as top-level events of their own,
 * outside any RunTask, so tasks are found by nesting rather than by name.
 */
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'TimerFire',
  'EvaluateScript',
  'V8.Execute',
  'v8.run',
  'v8.callFunction',
  'RunMicrotasks',
  'RunYieldContinuation',
  'V8.BytecodeBudgetInterrupt',
  'V8.BytecodeBudgetInterruptWithStackCheck',
  'V8.StackGuard',
  'V8.HandleInterrupts',
]);

export interface LongTaskRun {
  /** Longest task that ran JavaScript during the scan, less the page's own rendering in it (the header). */
  longestScriptTaskMs: number;
  /** The same task whole: the page's own layout and paint in it included. */
  longestWholeScriptTaskMs: number;
  scriptTasks: number;
  /** Longest longtask entry in the scan window, whatever ran in it. */
  longestAnyLongTaskMs: number;
}

/** The rendering steps of a frame: the page's own work unless a script call forced them (then nested in it). */
const RENDERING_STEPS = new Set(['ParseHTML', 'Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint', 'Layerize', 'HitTest', 'Commit']);

/** Pure: a task's time less its rendering steps that ran outside any script call in it. */
function ownTime(task: TraceEvent, inside: TraceEvent[]): number {
  const calls = inside.filter((e) => SCRIPT_EVENTS.has(e.name) && e.dur !== undefined);
  const inCall = (e: TraceEvent) => calls.some((c) => e.ts >= c.ts && e.ts < c.ts + (c.dur as number));
  let pageRendering = 0;
  let renderingUntil = Number.NEGATIVE_INFINITY;
  for (const e of inside) {
    if (!RENDERING_STEPS.has(e.name) || e.dur === undefined || e.ts < renderingUntil || inCall(e)) continue;
    pageRendering += e.dur;
    renderingUntil = e.ts + e.dur;
  }
  return Math.max(0, (task.dur as number) - pageRendering);
}

/**
 * Pure: between the scan's start mark and its measure's end, the longest task with script in it
 * (`longestMs`, whole) and the longest such task's own time (`ownMs`, see the header).
 */
export function longestScriptTask(events: TraceEvent[]): { longestMs: number; ownMs: number; tasks: number } | undefined {
  const start = events.find((e) => e.name === 'defence-lens:scan-start');
  const end = events.find((e) => e.name === 'defence-lens:scan' && e.ph === 'e');
  if (!start || !end) return undefined;
  const onThread = events.filter((e) => e.pid === start.pid && e.tid === start.tid);
  const { complete, tasks } = threadTasks(onThread, start);
  const scripts = onThread.filter((e) => SCRIPT_EVENTS.has(e.name));
  let longest = 0;
  let own = 0;
  let count = 0;
  for (const task of tasks) {
    const taskEnd = task.ts + (task.dur as number);
    if (taskEnd < start.ts || task.ts > end.ts) continue;
    if (!scripts.some((s) => s.ts >= task.ts && s.ts < taskEnd)) continue;
    count += 1;
    longest = Math.max(longest, (task.dur as number) / 1000);
    const inside = complete.filter((e) => e !== task && e.ts >= task.ts && e.ts < taskEnd);
    own = Math.max(own, ownTime(task, inside) / 1000);
  }
  return { longestMs: longest, ownMs: own, tasks: count };
}

/**
 * Pure: from the first evaluation of an extension script (`chrome-extension://`) to the trace's
 * end, on that script's thread, the longest task with script in it (whole, and its own time as
 * above), and the longest rendering step outside any script call after that point: style and
 * layout the browser ran by itself, such as the page-wide restyle after the marks' stylesheet is
 * adopted (docs/performance.md, "Hostile pages"), which our code causes but does not run.
 */
export function extensionTasks(
  events: TraceEvent[],
): { longestMs: number; ownMs: number; tasks: number; renderingMs: number; renderingStep: string } | undefined {
  const first = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith('chrome-extension://'));
  if (!first) return undefined;
  const onThread = events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ts >= first.ts - 1);
  const { complete, tasks } = threadTasks(onThread, first);
  const scripts = onThread.filter((e) => SCRIPT_EVENTS.has(e.name));
  let longest = 0;
  let own = 0;
  let count = 0;
  for (const task of tasks) {
    const taskEnd = task.ts + (task.dur as number);
    if (!scripts.some((s) => s.ts >= task.ts && s.ts < taskEnd)) continue;
    count += 1;
    longest = Math.max(longest, (task.dur as number) / 1000);
    const inside = complete.filter((e) => e !== task && e.ts >= task.ts && e.ts < taskEnd);
    own = Math.max(own, ownTime(task, inside) / 1000);
  }
  const calls = scripts.filter((e) => e.dur !== undefined);
  let rendering: TraceEvent | undefined;
  for (const e of complete)
    if (
      RENDERING_STEPS.has(e.name) &&
      (e.dur as number) > ((rendering?.dur as number | undefined) ?? 0) &&
      !calls.some((c) => e.ts >= c.ts && e.ts < c.ts + (c.dur as number))
    )
      rendering = e;
  return {
    longestMs: longest,
    ownMs: own,
    tasks: count,
    renderingMs: ((rendering?.dur as number | undefined) ?? 0) / 1000,
    renderingStep: rendering?.name ?? '',
  };
}

export async function measureLongTask(
  context: BrowserContext,
  browser: Browser,
  url: string,
  timeoutMs: number,
): Promise<LongTaskRun | Missing> {
  const page = await context.newPage();
  try {
    await page.addInitScript(OBSERVE_FROM_START);
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'blink.user_timing', 'v8.execute'] });
    let trace: Buffer;
    try {
      await page.goto(url, { timeout: 120_000 });
      if ((await page.evaluate(AWAIT_SCAN(timeoutMs))) !== 'done') return missing('no scan measure in the traced run');
      // Let the task that registered the last mark finish before the trace ends.
      await page.waitForTimeout(200);
    } finally {
      trace = await browser.stopTracing();
    }
    const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
    const fromTrace = longestScriptTask(events);
    if (!fromTrace) return missing('the scan marks are not in the trace');
    const observed = (await page.evaluate(`(() => {
      const s = window.__defenceLensBench;
      const m = s.timings.find((t) => t.type === 'measure' && t.name === 'defence-lens:scan');
      return s.longTasks.filter((t) => t.start < m.start + m.duration && t.start + t.duration > m.start).reduce((x, t) => Math.max(x, t.duration), 0);
    })()`)) as number;
    return {
      longestScriptTaskMs: fromTrace.ownMs,
      longestWholeScriptTaskMs: fromTrace.longestMs,
      scriptTasks: fromTrace.tasks,
      longestAnyLongTaskMs: observed,
    };
  } finally {
    await page.close().catch(() => {});
  }
}
