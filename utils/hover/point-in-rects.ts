/**
 * Whether the pointer is on a mark: a caret lookup snaps to the nearest character even when the
 * pointer is in the margin beside a line, so the mark's own boxes (one per line it spans) decide.
 */
import type { Rect } from './place-card';

export interface Point {
  x: number;
  y: number;
}

/** Inside the rectangle, or within `slop` pixels of its edges (sub-pixel line boxes leave gaps). */
export function pointInRect(p: Point, r: Rect, slop = 0): boolean {
  return p.x >= r.left - slop && p.x <= r.right + slop && p.y >= r.top - slop && p.y <= r.bottom + slop;
}

export function pointInAnyRect(p: Point, rects: Iterable<Rect>, slop = 1): boolean {
  for (const r of rects) if (pointInRect(p, r, slop)) return true;
  return false;
}
