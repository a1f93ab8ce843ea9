/**
 * Timings of the popup's search, kept on the page (window.__defenceLensPopupTimings) so the
 * benchmark and the end-to-end test can read what a real Chromium measured. Nothing is sent anywhere.
 */
export interface PopupTimings {
  buildMs: number | null;
  firstRenderMs: number | null;
  keystrokeMs: number[];
}

const timings: PopupTimings = { buildMs: null, firstRenderMs: null, keystrokeMs: [] };
(globalThis as { __defenceLensPopupTimings?: PopupTimings }).__defenceLensPopupTimings = timings;

export function recordBuild<T>(build: () => T): T {
  const t0 = performance.now();
  const out = build();
  timings.buildMs = performance.now() - t0;
  return out;
}

/** Time from navigation start until the search box is ready (measured after the next frame). */
export function recordFirstRender(): void {
  if (timings.firstRenderMs !== null) return;
  requestAnimationFrame(() => {
    timings.firstRenderMs = performance.now();
  });
}

export function recordKeystroke(ms: number): void {
  if (timings.keystrokeMs.length < 1000) timings.keystrokeMs.push(ms);
}
