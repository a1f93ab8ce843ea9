/**
 * The DevTools trace's events as the benches read them, and the top-level tasks of one thread
 * (measure-long-task.ts, profile-hostile.ts).
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

/**
 * Pure: one thread's complete events (`ph: 'X'` with a duration), by start time, the longer first
 * on a tie, and its top-level tasks among them: the complete events not nested in an earlier one.
 */
export function threadTasks(events: TraceEvent[], thread: { pid: number; tid: number }): { complete: TraceEvent[]; tasks: TraceEvent[] } {
  const complete = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur as number) - (a.dur as number));
  const tasks: TraceEvent[] = [];
  let busyUntil = Number.NEGATIVE_INFINITY;
  for (const e of complete) {
    if (e.ts < busyUntil) continue;
    tasks.push(e);
    busyUntil = e.ts + (e.dur as number);
  }
  return { complete, tasks };
}
