import { describe, expect, it } from 'vitest';
import { extensionTasks, longestScriptTask } from './measure-long-task';

const ev = (name: string, ts: number, dur?: number, ph = 'X', tid = 1, url?: string) => ({
  name,
  ts,
  dur,
  ph,
  pid: 7,
  tid,
  ...(url ? { args: { data: { url } } } : {}),
});

describe('longestScriptTask', () => {
  it('counts only tasks inside the scan window that ran script, on the scan thread', () => {
    const events = [
      ev('defence-lens:scan-start', 1000, undefined, 'I'),
      ev('ThreadControllerImpl::RunTask', 500, 300_000), // the page's own layout, overlapping the start, no script
      ev('UpdateLayoutTree', 600, 290_000),
      ev('ThreadControllerImpl::RunTask', 400_000, 12_000), // a scan slice
      ev('TimerFire', 400_010, 11_000),
      ev('ThreadControllerImpl::RunTask', 450_000, 40_000), // the last slice
      ev('FunctionCall', 450_100, 39_000),
      ev('ThreadControllerImpl::RunTask', 460_000, 90_000, 'X', 2), // another thread
      ev('FunctionCall', 460_100, 89_000, 'X', 2),
      ev('BlinkScheduler_PerformMicrotaskCheckpoint', 492_000, 45_000), // a yield continuation, outside any RunTask
      ev('V8.BytecodeBudgetInterrupt', 492_500, undefined, 'I'),
      ev('defence-lens:scan', 541_000, undefined, 'e'),
      ev('ThreadControllerImpl::RunTask', 600_000, 70_000), // after the scan
      ev('FunctionCall', 600_100, 69_000),
    ];
    expect(longestScriptTask(events)).toEqual({ longestMs: 45, ownMs: 45, tasks: 3 });
  });

  it("takes out the page's own rendering in a task where one of our callbacks ran, but not what our script forced", () => {
    const events = [
      ev('defence-lens:scan-start', 1000, undefined, 'I'),
      ev('ThreadControllerImpl::RunTask', 10_000, 180_000), // the page's first layout; our observer's callback ran in it
      ev('Layout', 10_100, 110_000),
      ev('PrePaint', 120_200, 40_000),
      ev('FunctionCall', 160_300, 2_000),
      ev('UpdateLayoutTree', 162_400, 20_000),
      ev('ThreadControllerImpl::RunTask', 300_000, 70_000), // a slice of ours that forced a layout
      ev('FunctionCall', 300_100, 69_000),
      ev('Layout', 330_000, 30_000),
      ev('defence-lens:scan', 541_000, undefined, 'e'),
    ];
    expect(longestScriptTask(events)).toEqual({ longestMs: 180, ownMs: 70, tasks: 2 });
  });

  it('gives nothing when the scan marks are not in the trace', () => {
    expect(longestScriptTask([ev('ThreadControllerImpl::RunTask', 0, 10)])).toBeUndefined();
  });
});

describe('extensionTasks (the hostile row)', () => {
  it("from our first script on, on its thread: our longest task, its own time, and the browser's longest step outside our calls", () => {
    const events = [
      ev('ThreadControllerImpl::RunTask', 0, 900_000), // the page's own parse, before our script
      ev('ParseHTML', 10, 899_000),
      ev('ThreadControllerImpl::RunTask', 1_000_000, 30_000), // the first pass
      ev('EvaluateScript', 1_000_100, 29_000, 'X', 1, 'chrome-extension://abc/content-scripts/first-pass.js'),
      ev('ThreadControllerImpl::RunTask', 1_100_000, 60_000), // a slice that forced a layout
      ev('FunctionCall', 1_100_100, 59_000),
      ev('Layout', 1_120_000, 30_000),
      ev('ThreadControllerImpl::RunTask', 1_200_000, 700_000), // the restyle after the marks' sheet: no script in it
      ev('UpdateLayoutTree', 1_200_100, 690_000),
      ev('ThreadControllerImpl::RunTask', 1_300_000, 500_000, 'X', 2), // another thread
      ev('FunctionCall', 1_300_100, 400_000, 'X', 2),
    ];
    expect(extensionTasks(events)).toEqual({ longestMs: 60, ownMs: 60, tasks: 2, renderingMs: 690, renderingStep: 'UpdateLayoutTree' });
  });

  it('gives nothing when no extension script ran', () => {
    expect(
      extensionTasks([ev('ThreadControllerImpl::RunTask', 0, 10), ev('EvaluateScript', 1, 5, 'X', 1, 'http://127.0.0.1/page.js')]),
    ).toBeUndefined();
  });
});
