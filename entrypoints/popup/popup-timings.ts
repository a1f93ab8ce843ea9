/**
 * Timings of the popup's search, kept on the page (window.__defenceLensPopupTimings) so the
 * benchmark and the end-to-end test can read what a real Chromium measured. Nothing is sent anywhere.
 */
export interface PopupTimings {
  /** Time to get the search index ready: load the background's cached index, or build it. */
  buildMs: number | null;
  /** Where the index came from: the background's cache, built by the background on this open, or built here. */
  indexSource: 'cache' | 'built' | 'snapshot' | null;
  /** From navigation start until the search box was painted (it takes typing from then on). */
  firstRenderMs: number | null;
  /** From navigation start until the first paint with the index ready (results can show). */
  searchReadyMs: number | null;
  keystrokeMs: number[];
}

const timings: PopupTimings = { buildMs: null, indexSource: null, firstRenderMs: null, searchReadyMs: null, keystrokeMs: [] };
(globalThis as { __defenceLensPopupTimings?: PopupTimings }).__defenceLensPopupTimings = timings;

export function recordIndex(ms: number, source: NonNullable<PopupTimings['indexSource']>): void {
  timings.buildMs = ms;
  timings.indexSource = source;
}

/** Stamps `field` at the next frame after this render (the moment the reader can see it). */
export function recordPaint(field: 'firstRenderMs' | 'searchReadyMs'): void {
  if (timings[field] !== null) return;
  requestAnimationFrame(() => {
    timings[field] ??= performance.now();
  });
}

export function recordKeystroke(ms: number): void {
  if (timings.keystrokeMs.length < 1000) timings.keystrokeMs.push(ms);
}
