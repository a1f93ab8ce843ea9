/**
 * Cooperative time slicing: work runs until its budget is spent, then yields the main thread with
 * a macrotask so that input and paint get their turn. Keeps every task well under 50 ms.
 */
export const SLICE_BUDGET_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/**
 * Gives the thread back: scheduler.yield where there is one (input and rendering go first, then
 * this work continues ahead of other tasks), else a message-channel task. Not setTimeout(0): nested
 * timers are clamped to 4 ms, which on a page of hundreds of slices is dead time.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Returns a function that says whether the current slice's budget is spent (and restarts it). */
export function sliceClock(budgetMs = SLICE_BUDGET_MS) {
  let started = performance.now();
  return {
    spent(): boolean {
      return performance.now() - started > budgetMs;
    },
    async yield(): Promise<void> {
      await yieldToBrowser();
      started = performance.now();
    },
  };
}
