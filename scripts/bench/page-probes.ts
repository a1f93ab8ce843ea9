/**
 * Code the benchmark runs inside the measured pages, kept as plain JavaScript source: functions
 * passed from a tsx-compiled script can carry compiler helpers that do not exist in the page.
 *
 * How the content script is timed (the hook it publishes, cheap and visible in DevTools too):
 *   performance.mark('defence-lens:scan-start')  when it starts work on a page (before loading the matcher);
 *   performance.measure('defence-lens:scan', 'defence-lens:scan-start')  when the last mark is registered;
 *   performance.mark('defence-lens:card-delay-end')  when the hover delay ends and the card is about to show.
 * User Timing entries made in the content script's isolated world land in the page's own
 * performance timeline, so the page's main world (where these probes run) sees them.
 */

/** Registered before any page script: collects long tasks and User Timing entries from the very start. */
export const OBSERVE_FROM_START = `(() => {
  const state = { longTasks: [], timings: [] };
  Object.defineProperty(window, '__defenceLensBench', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) { state.longTaskError = String(error); }
  state.frames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.frames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration, render: e.renderStart, styleAndLayout: e.styleAndLayoutStart, scripts: e.scripts.map((s) => ({ url: s.sourceURL, invoker: s.invoker, duration: s.duration, start: s.startTime })) });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.timings.push({ name: e.name, type: e.entryType, start: e.startTime, duration: e.duration });
  }).observe({ entryTypes: ['mark', 'measure'] });
})();`;

/** The physical limit: one TreeWalker pass reading every text node's data. Returns ms, chars, nodes. */
export const WALK = `(() => {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += node.data.length;
    nodes += 1;
  }
  const ms = performance.now() - started;
  // The visible part (for first_mark_ms): the text nodes, in page order, up to the first whose
  // element starts more than one viewport below the screen (the marks registered first are those
  // within one viewport of it). The bare walk of just those nodes, repeated because it is shorter
  // than the clock's step, is the limit for the first marks.
  const below = 2 * innerHeight;
  const finder = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let visibleNodes = 0;
  for (let node = finder.nextNode(); node; node = finder.nextNode()) {
    const el = node.parentElement;
    if (el && el.getBoundingClientRect().top > below) break;
    visibleNodes += 1;
  }
  const REPEAT = 50;
  let visibleChars = 0;
  const visibleStarted = performance.now();
  for (let r = 0; r < REPEAT; r++) {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let node = w.nextNode(); node && n < visibleNodes; node = w.nextNode(), n++) visibleChars += node.data.length;
  }
  const visibleMs = (performance.now() - visibleStarted) / REPEAT;
  return { ms, chars, nodes, visibleMs, visibleNodes, visibleChars: visibleChars / REPEAT };
})()`;

/**
 * mark.js given the alias list, in its fastest fair settings: whole phrases (no word splitting),
 * whole words only, no diacritics expansion. Synchronous; returns ms and marks made.
 * Mode 'array' is the documented use (mark(aliases)): one pass over the page per alias. Mode
 * 'regexp' is the fastest use we know (markRegExp with one alternation of every alias, longest
 * first, word-bounded): one pass in all, reported for context.
 */
/** One word-bounded alternation of every alias, longest first (so "ADMM-Plus" wins over "ADMM"). */
export function aliasPattern(aliases: string[]): string {
  const escaped = [...aliases].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`;
}

/** Aliases per mark() call (see MARKJS). */
export const MARKJS_BATCH = 200;

export const MARKJS = (aliases: string[], mode: 'array' | 'regexp' = 'array') => `(() => {
  const aliases = ${JSON.stringify(aliases)};
  const exclude = ['script', 'style', 'textarea', 'input', 'code', 'pre', 'select', 'noscript'];
  let marks = 0;
  const each = () => { marks += 1; };
  const started = performance.now();
  const mark = new Mark(document.body);
  if (${JSON.stringify(mode)} === 'array') {
    // mark.js walks its keyword list recursively (each keyword's end calls the next), so a list
    // of a thousand aliases overflows the stack: give them in batches, the same work in all.
    for (let i = 0; i < aliases.length; i += ${MARKJS_BATCH}) {
      mark.mark(aliases.slice(i, i + ${MARKJS_BATCH}), {
        separateWordSearch: false,
        diacritics: false,
        accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', "'", '"', '(', ')', '’', '“', '”'] },
        exclude,
        each,
      });
    }
  } else {
    const pattern = new RegExp(${JSON.stringify(aliasPattern(aliases))}, 'giu');
    mark.markRegExp(pattern, { exclude, each });
  }
  return { ms: performance.now() - started, marks };
})()`;

/** The scan's timing once the content script has published it, else null. */
export const SCAN_RESULT = `(() => {
  const state = window.__defenceLensBench;
  const measure = state.timings.find((t) => t.type === 'measure' && t.name === 'defence-lens:scan');
  if (!measure) return null;
  // All of the page's marks; on a page with very many, only those near the viewport are registered.
  const ranges = Number(document.documentElement.getAttribute('data-defence-lens-marks'));
  let registered = 0;
  for (const highlight of CSS.highlights.values()) registered += highlight.size;
  const end = measure.start + measure.duration;
  const during = state.longTasks.filter((t) => t.start < end && t.start + t.duration > measure.start);
  // The first marks near the viewport: the build's own measure of them where it has one, else the
  // scan's (which ends when the marks near the viewport are registered, all at once).
  const first = state.timings.find((t) => t.type === 'measure' && t.name === 'defence-lens:first-marks');
  return {
    ms: measure.duration,
    firstMarkMs: first ? first.duration : measure.duration,
    firstMarkOwn: Boolean(first),
    ranges,
    registered,
    highlightNames: [...CSS.highlights.keys()],
    longestTaskMs: during.reduce((m, t) => Math.max(m, t.duration), 0),
    longTasks: during.length,
    longTaskError: state.longTaskError ?? null,
  };
})()`;

/** Whether the content script got as far as saying it is there (the foundation's ready attribute). */
export const CONTENT_SCRIPT_STATE = `document.documentElement.getAttribute('data-defence-lens')`;

/**
 * Before hovering: finds the first marked range on screen (scrolling it into view), and starts a
 * frame clock: on every animation frame a zero-delay task records when that frame has been handed
 * to the compositor, a standard stand-in for "painted".
 */
export const PREPARE_CARD = `(() => {
  let range = null;
  for (const highlight of CSS.highlights.values()) {
    for (const r of highlight) { range = r; break; }
    if (range) break;
  }
  if (!range) return null;
  // Marks may be StaticRanges (no geometry): measure a live Range over the same text.
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  range = live;
  const el = range.startContainer.parentElement;
  el.scrollIntoView({ block: 'center' });
  const rects = range.getClientRects();
  const rect = rects[0] ?? range.getBoundingClientRect();
  const state = window.__defenceLensBench;
  state.frames = [];
  const tick = () => {
    requestAnimationFrame(() => {
      setTimeout(() => { state.frames.push(performance.now()); if (state.frames.length < 2000) tick(); }, 0);
    });
  };
  tick();
  return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2, text: range.toString() };
})()`;

/** After hovering: delay end to the first frame after the card's DOM was in place, or why not yet. */
export const CARD_RESULT = `(() => {
  const state = window.__defenceLensBench;
  const delayEnd = state.timings.find((t) => t.name === 'defence-lens:card-delay-end');
  const shown = state.timings.find((t) => t.name === 'defence-lens:card-shown');
  if (!delayEnd || !shown) return { delayEnd: !!delayEnd, shown: !!shown };
  const painted = state.frames.find((f) => f >= shown.start);
  if (painted === undefined) return { delayEnd: true, shown: true };
  return { ms: painted - delayEnd.start };
})()`;

/**
 * Resolves 'done' once the content script's scan measure is in the timeline, 'no-start' if no
 * scan-start mark came within startWaitMs, or 'timeout'. One call, no polling from outside.
 */
export const AWAIT_SCAN = (timeoutMs: number, startWaitMs = timeoutMs) => `new Promise((resolve) => {
  const state = window.__defenceLensBench;
  const has = (name) => state.timings.some((t) => t.name === name);
  if (has('defence-lens:scan')) return resolve('done');
  new PerformanceObserver((list, observer) => {
    if (list.getEntries().some((e) => e.name === 'defence-lens:scan')) { observer.disconnect(); resolve('done'); }
  }).observe({ type: 'measure' });
  setTimeout(() => { if (!has('defence-lens:scan-start')) resolve('no-start'); }, ${startWaitMs});
  setTimeout(() => resolve(has('defence-lens:scan') ? 'done' : 'timeout'), ${timeoutMs});
})`;
