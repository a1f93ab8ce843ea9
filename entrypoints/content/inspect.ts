/**
 * What tests and the benchmark read of the content script, kept in the content script's own world.
 * A content script runs in an isolated world: its globals are not the page's, so the page's scripts
 * cannot see this object, while an extension page (through the background) or a test (through a
 * CDP evaluation in the isolated world, test/e2e/support/isolated-world.ts) can. Nothing here is
 * written to the page's DOM or its performance timeline.
 */
import type { PlacedMention } from '../../utils/page/place-mentions';

export interface Timing {
  name: string;
  start: number;
  duration: number;
}

export interface Inspect {
  /** 'ready <corpus version>', 'off', 'off <version>', 'error'; '' until the script started. */
  state: string;
  /** Marks committed on the page (registered or waiting to come near the viewport). */
  marks: number;
  /** The mark style in force ('background' or null for the default underline). */
  markStyle: string | null;
  /** The names this page load's highlights were registered under, by kind. */
  highlightNames: Record<string, string>;
  /** The card's closed shadow root and its host, once made. */
  cardRoot: ShadowRoot | undefined;
  cardHost: HTMLElement | undefined;
  /** The mention whose card is open (its text nodes and offsets: tests measure the mark against the card). */
  cardMention: PlacedMention | undefined;
  /** The texts the last full scan showed before its end (its provisional pass near the viewport), in page order. */
  firstMarks: string[];
  /** Phase timings of this frame (scan, card), in the order they happened; at most 500 kept. */
  timings: Timing[];
  /** Ids of the reader's own records this frame received with its corpus (issue 21: only those the page names). */
  readerRecords: string[];
}

/**
 * Only a build made for the benchmark (`VITE_DEFENCE_LENS_TIMELINE=1 npm run build`, as
 * `npm run bench` builds) also writes `defence-lens:*` entries into the page's performance timeline,
 * which the page can read, and the state attributes on <html>; a production build never does.
 */
const TIMELINE = (import.meta as unknown as { env?: Record<string, string | undefined> }).env?.VITE_DEFENCE_LENS_TIMELINE === '1';

/** The benchmark's build also shows state and marks as the old `<html data-defence-lens…>` attributes its probes read. */
function benchAttribute(name: string, value: string): void {
  if (TIMELINE && typeof document !== 'undefined') document.documentElement.setAttribute(name, value);
}

function createInspect(): Inspect & { starts: Map<string, number> } {
  let state = '';
  let marks = 0;
  return {
    get state() {
      return state;
    },
    set state(v: string) {
      state = v;
      benchAttribute('data-defence-lens', v);
    },
    get marks() {
      return marks;
    },
    set marks(n: number) {
      marks = n;
      benchAttribute('data-defence-lens-marks', String(n));
    },
    markStyle: null,
    highlightNames: {},
    cardRoot: undefined,
    cardHost: undefined,
    cardMention: undefined,
    firstMarks: [],
    timings: [],
    readerRecords: [],
    starts: new Map(),
  };
}

/**
 * One object per frame, on the isolated world's global: the first pass (content-first-pass.ts) and
 * the controller the background injects on demand (content-controller.ts) are two bundles, each
 * with its own copy of this module, and both must read and write the same state.
 */
const world = globalThis as unknown as { __defenceLens?: Inspect & { starts: Map<string, number> } };
world.__defenceLens ??= createInspect();
export const inspect: Inspect = world.__defenceLens;
const starts = world.__defenceLens.starts;

/** A point in time (a performance.mark, kept in this world). */
export function mark(name: string): void {
  const now = performance.now();
  starts.set(name, now);
  record({ name, start: now, duration: 0 });
  if (TIMELINE) performance.mark(`defence-lens:${name}`);
}

/** A span from a named mark or a start time up to now (a performance.measure, kept in this world). */
export function measure(name: string, from: string | number): void {
  const start = typeof from === 'number' ? from : starts.get(from);
  if (start === undefined) return;
  record({ name, start, duration: performance.now() - start });
  if (TIMELINE) performance.measure(`defence-lens:${name}`, { start });
}

function record(t: Timing): void {
  if (inspect.timings.length >= 500) inspect.timings.shift();
  inspect.timings.push(t);
}
