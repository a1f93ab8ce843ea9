import { describe, expect, it } from 'vitest';
import { threadTasks } from './trace-tasks';

const ev = (name: string, ts: number, dur?: number, ph = 'X', tid = 1) => ({ name, ts, dur, ph, pid: 7, tid });

describe('threadTasks', () => {
  it("keeps the thread's complete events and takes as tasks those not nested in an earlier one", () => {
    const inner = ev('FunctionCall', 100, 50);
    const task = ev('RunTask', 100, 200);
    const next = ev('RunTask', 300, 10);
    const events = [inner, ev('mark', 150, undefined, 'I'), next, task, ev('RunTask', 120, 500, 'X', 2), ev('Layout', 250, 20)];
    const { complete, tasks } = threadTasks(events, { pid: 7, tid: 1 });
    expect(complete).toEqual([task, inner, ev('Layout', 250, 20), next]);
    expect(tasks).toEqual([task, next]);
  });
});
