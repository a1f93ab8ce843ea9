/**
 * The benchmark's figures, the JSON written by `--json` (the structure issue 9 fixes), and the
 * table printed to the terminal. A figure that could not be measured is a `Missing` with its reason,
 * printed as "n/a (reason)" and written as null: never a made-up number.
 */

export interface Missing {
  missing: string;
}
/** A measured number, or why there is none. A mark.js run stopped at its time limit is `over`. */
export type Figure = number | Missing | { over: number };

export interface PageFigures {
  walk_ms: Figure;
  scan_ms: Figure;
  markjs_ms: Figure;
  longest_task_ms: Figure;
  card_ms: Figure;
  heap_mb: Figure;
}

/**
 * Issue 15's first marks: scan start to the first marks near the viewport registered, against the
 * bare walk of the visible part (text nodes up to one viewport below the screen). Printed, and
 * written beside the issue 9 structure (firstMarkJson), not inside it.
 */
export interface FirstMarkFigures {
  walk_visible_ms?: Figure;
  first_mark_ms?: Figure;
  /** False when the build has no first-marks measure of its own and they are the scan's end. */
  first_mark_own?: boolean;
}

export const PAGE_KEYS = ['walk_ms', 'scan_ms', 'markjs_ms', 'longest_task_ms', 'card_ms', 'heap_mb'] as const;

export interface BenchFigures {
  /** Per page: the figures; markjs_regexp_ms (mark.js's single-pass use) is printed, not written. */
  pages: Record<string, PageFigures & { markjs_regexp_ms?: Figure } & FirstMarkFigures>;
  search_p50_ms: Figure;
  search_p95_ms: Figure;
  import_10k_ms: Figure;
  bundle_kb: { content: Figure; background: Figure; popup: Figure; options: Figure };
  /** Printed only (the JSON keeps the structure): the content script minus the matcher snapshot. */
  content_without_snapshot_kb?: Figure;
  /** Printed only: the controller's script, which the background injects into a frame whose first pass found a key. */
  content_on_demand_kb?: Figure;
}

export const missing = (reason: string): Missing => ({ missing: reason });
export const isMissing = (f: Figure): f is Missing => typeof f === 'object' && 'missing' in f;
export const isOver = (f: Figure): f is { over: number } => typeof f === 'object' && 'over' in f;

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/**
 * JSON form: numbers rounded; a missing figure is null; a run stopped at its limit is the string
 * ">N" (N the limit in ms), so no reader can take it for a measurement.
 */
function jsonFigure(f: Figure, digits = 1): number | string | null {
  if (typeof f === 'number') return round(f, digits);
  return isOver(f) ? `>${f.over}` : null;
}

export function toJson(figures: BenchFigures): unknown {
  const pages: Record<string, Record<string, number | string | null>> = {};
  for (const [name, page] of Object.entries(figures.pages)) {
    pages[name] = Object.fromEntries(PAGE_KEYS.map((key) => [key, jsonFigure(page[key], key === 'heap_mb' ? 2 : 1)]));
  }
  const b = figures.bundle_kb;
  return {
    pages,
    search_p50_ms: jsonFigure(figures.search_p50_ms, 3),
    search_p95_ms: jsonFigure(figures.search_p95_ms, 3),
    import_10k_ms: jsonFigure(figures.import_10k_ms),
    bundle_kb: {
      content: jsonFigure(b.content),
      background: jsonFigure(b.background),
      popup: jsonFigure(b.popup),
      options: jsonFigure(b.options),
    },
  };
}

/** Reasons for missing figures, numbered once each, printed under the table. */
class Notes {
  readonly reasons: string[] = [];
  mark(reason: string): string {
    let index = this.reasons.indexOf(reason);
    if (index < 0) index = this.reasons.push(reason) - 1;
    return `[${index + 1}]`;
  }
}

function show(f: Figure, notes: Notes, digits = 1): string {
  if (typeof f === 'number') return f.toFixed(digits);
  return isOver(f) ? `>${f.over} (limit)` : `n/a ${notes.mark(f.missing)}`;
}

/** a / b, or why the ratio cannot be given. A mark.js run over its limit gives a ">=" bound. */
export function ratio(a: Figure, b: Figure): string {
  if (isMissing(a) || isMissing(b)) return 'n/a';
  if (isOver(b)) return 'n/a';
  const bound = isOver(a);
  const value = (bound ? a.over : (a as number)) / (b as number);
  return `${bound ? '>=' : ''}${value.toFixed(value >= 100 ? 0 : 2)}${bound ? ' (from limit)' : ''}`;
}

export interface TableTargets {
  scanOverWalk: number;
  markjsOverScan: number;
  longestTaskMs: number;
  cardMs: number;
  searchP95Ms: number;
  import10kMs: number;
  contentKb: number;
  firstMarkOverVisibleWalk: number;
}

export const TARGETS: TableTargets = {
  scanOverWalk: 3,
  markjsOverScan: 20,
  longestTaskMs: 50,
  cardMs: 16,
  searchP95Ms: 5,
  import10kMs: 2000,
  contentKb: 40,
  firstMarkOverVisibleWalk: 3,
};

/** The first-mark figures per page, for the JSON beside the issue 9 structure. */
export function firstMarkJson(figures: BenchFigures): Record<string, Record<string, number | string | boolean | null>> {
  const out: Record<string, Record<string, number | string | boolean | null>> = {};
  for (const [name, page] of Object.entries(figures.pages)) {
    if (page.first_mark_ms === undefined || page.walk_visible_ms === undefined) continue;
    out[name] = {
      first_mark_ms: jsonFigure(page.first_mark_ms),
      walk_visible_ms: jsonFigure(page.walk_visible_ms, 3),
      first_mark_own: page.first_mark_own ?? false,
    };
  }
  return out;
}

/** The terminal table: one row per figure, one column per page, ratios and targets alongside. */
export function formatTable(figures: BenchFigures): string {
  const names = Object.keys(figures.pages);
  const notes = new Notes();
  const rows: string[][] = [['figure', ...names, 'target']];
  type Page = BenchFigures['pages'][string];
  const perPage = (label: string, pick: (p: Page) => string, target: string) =>
    rows.push([label, ...names.map((n) => pick(figures.pages[n] as Page)), target]);
  perPage('walk_ms (limit)', (p) => show(p.walk_ms, notes), '');
  perPage('scan_ms', (p) => show(p.scan_ms, notes), '');
  perPage('markjs_ms', (p) => show(p.markjs_ms, notes, 0), '');
  if (names.some((n) => figures.pages[n]?.markjs_regexp_ms !== undefined)) {
    perPage('markjs, one RegExp (info)', (p) => (p.markjs_regexp_ms === undefined ? '' : show(p.markjs_regexp_ms, notes, 0)), '');
  }
  perPage('scan_ms / walk_ms', (p) => ratio(p.scan_ms, p.walk_ms), `<= ${TARGETS.scanOverWalk} (5mb)`);
  perPage('markjs_ms / scan_ms', (p) => ratio(p.markjs_ms, p.scan_ms), `>= ${TARGETS.markjsOverScan}`);
  if (names.some((n) => figures.pages[n]?.first_mark_ms !== undefined)) {
    const own = names.every((n) => figures.pages[n]?.first_mark_own !== false);
    perPage(
      own ? 'first_mark_ms' : 'first_mark_ms (= scan end)',
      (p) => (p.first_mark_ms === undefined ? '' : show(p.first_mark_ms, notes)),
      '',
    );
    perPage('walk of visible part (limit)', (p) => (p.walk_visible_ms === undefined ? '' : show(p.walk_visible_ms, notes, 3)), '');
    perPage(
      'first_mark / visible walk',
      (p) => (p.first_mark_ms === undefined || p.walk_visible_ms === undefined ? '' : ratio(p.first_mark_ms, p.walk_visible_ms)),
      `<= ${TARGETS.firstMarkOverVisibleWalk} (5mb)`,
    );
  }
  perPage('longest_task_ms', (p) => show(p.longest_task_ms, notes), `<= ${TARGETS.longestTaskMs}`);
  perPage('card_ms', (p) => show(p.card_ms, notes), `<= ${TARGETS.cardMs}`);
  perPage('heap_mb', (p) => show(p.heap_mb, notes, 2), '');
  const single = (label: string, f: Figure, target: string, digits = 1) =>
    rows.push([label, show(f, notes, digits), ...names.slice(1).map(() => ''), target]);
  single('search_p50_ms', figures.search_p50_ms, '', 3);
  single('search_p95_ms', figures.search_p95_ms, `<= ${TARGETS.searchP95Ms}`, 3);
  single('import_10k_ms', figures.import_10k_ms, `<= ${TARGETS.import10kMs}`, 0);
  single('bundle_kb.content', figures.bundle_kb.content, '');
  if (figures.content_without_snapshot_kb !== undefined) {
    single('  content w/o matcher snapshot', figures.content_without_snapshot_kb, `<= ${TARGETS.contentKb}`);
  }
  if (figures.content_on_demand_kb !== undefined) single('  + controller, on demand', figures.content_on_demand_kb, '');
  for (const key of ['background', 'popup', 'options'] as const) single(`bundle_kb.${key}`, figures.bundle_kb[key], '');
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((cell, col) => cell.padEnd(widths[col] as number)).join(' | ')} |`;
  const table = [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)];
  return [...table, ...notes.reasons.map((reason, i) => `[${i + 1}] ${reason}`)].join('\n');
}
