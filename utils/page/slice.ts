/**
 * Cooperative time slicing: work runs until its budget is spent, then yields the main thread with
 * a macrotask so that input and paint get their turn. Keeps every task well under 50 ms.
 */
export const SLICE_BUDGET_MS = 8;

export function yieldToBrowser(): Promise<void> {
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
