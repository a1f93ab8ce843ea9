import { describe, expect, it } from 'vitest';
import { type BenchFigures, firstMarkJson, formatTable, median, missing, percentile, ratio, toJson } from './bench-results';

const figures = (): BenchFigures => ({
  pages: {
    '1mb': { walk_ms: 10, scan_ms: 25, markjs_ms: 1000, longest_task_ms: 40, card_ms: 8, heap_mb: 3.456, markjs_regexp_ms: 300 },
    '5mb': {
      walk_ms: 50,
      scan_ms: missing('no hook'),
      markjs_ms: { over: 120_000 },
      longest_task_ms: missing('no hook'),
      card_ms: 9,
      heap_mb: 1,
    },
  },
  search_p50_ms: 0.5,
  search_p95_ms: 1.25,
  import_10k_ms: missing('no import yet'),
  bundle_kb: { content: 12.34, background: 30, popup: 9.4, options: 9.9 },
});

describe('bench results', () => {
  it('median and nearest-rank percentile', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
  });

  it('ratios use the limit as a bound when mark.js ran out of time, and refuse missing figures', () => {
    expect(ratio(25, 10)).toBe('2.50');
    expect(ratio({ over: 120_000 }, 40)).toBe('>=3000 (from limit)');
    expect(ratio(missing('x'), 10)).toBe('n/a');
  });

  it('writes the JSON structure of the issue, with null for missing and ">limit" for timed-out figures', () => {
    expect(toJson(figures())).toEqual({
      pages: {
        '1mb': { walk_ms: 10, scan_ms: 25, markjs_ms: 1000, longest_task_ms: 40, card_ms: 8, heap_mb: 3.46 },
        '5mb': { walk_ms: 50, scan_ms: null, markjs_ms: '>120000', longest_task_ms: null, card_ms: 9, heap_mb: 1 },
      },
      search_p50_ms: 0.5,
      search_p95_ms: 1.25,
      import_10k_ms: null,
      bundle_kb: { content: 12.3, background: 30, popup: 9.4, options: 9.9 },
    });
  });

  it('prints every figure with its ratio, and each missing reason once as a note', () => {
    const table = formatTable(figures());
    expect(table).toMatch(/\| scan_ms \/ walk_ms +\| 2\.50 +\| n\/a +\|/);
    expect(table).toMatch(/\| markjs_ms \/ scan_ms +\| 40\.00 +\| n\/a +\|/);
    expect(table).toContain('>120000 (limit)');
    expect(table.match(/\[1\] no hook/g)).toHaveLength(1);
    expect(table).toContain('[2] no import yet');
    // mark.js's single-pass figure is printed for context, never written to the JSON.
    expect(table).toMatch(/\| markjs, one RegExp \(info\) +\| 300 +\| +\|/);
  });

  it('prints the first marks against the walk of the visible part, says when they are only the scan end, and writes them apart', () => {
    const f = figures();
    expect(formatTable(f)).not.toContain('first_mark');
    f.pages['5mb'] = {
      ...(f.pages['5mb'] as BenchFigures['pages'][string]),
      first_mark_ms: 12,
      walk_visible_ms: 0.5,
      first_mark_own: false,
    };
    const table = formatTable(f);
    expect(table).toMatch(/\| first_mark_ms \(= scan end\) +\| +\| 12\.0 +\|/);
    expect(table).toMatch(/\| first_mark \/ visible walk +\| +\| 24\.00 +\| <= 3 \(5mb\) \|/);
    expect(firstMarkJson(f)).toEqual({ '5mb': { first_mark_ms: 12, walk_visible_ms: 0.5, first_mark_own: false } });
    // The issue 9 structure is unchanged.
    expect(Object.keys((toJson(f) as { pages: Record<string, object> }).pages['5mb'] ?? {})).toHaveLength(6);
  });
});
