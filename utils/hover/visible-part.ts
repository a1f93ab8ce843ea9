/**
 * The part of a mark the reader can see: its box cut by the viewport and by every container that
 * clips it (a scrolling box, `overflow: hidden`). A card follows that part, and hides while none is
 * left (the mark scrolled out of its container or off the screen).
 */
import type { Rect } from './place-card';

/** The overlap of two boxes, or undefined when they share no area. */
export function intersect(a: Rect, b: Rect): Rect | undefined {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? { left, top, right, bottom } : undefined;
}

export interface VisiblePart {
  box: Rect;
  /** The mark's line boxes that can still be seen, each cut the same way. */
  lines: Rect[];
}

/** What is left of the mark's box and line boxes inside every clip, or undefined when nothing is. */
export function visiblePart(box: Rect, lines: Iterable<Rect>, clips: readonly Rect[]): VisiblePart | undefined {
  const cut = (r: Rect): Rect | undefined => {
    let out: Rect | undefined = r;
    for (const clip of clips) {
      out = intersect(out, clip);
      if (!out) return undefined;
    }
    return out;
  };
  const visible = cut(box);
  if (!visible) return undefined;
  const seen: Rect[] = [];
  for (const line of lines) {
    const c = cut(line);
    if (c) seen.push(c);
  }
  // A box with area whose lines all fall outside: the lines were cut (zero-width boxes between them).
  if (seen.length === 0) return undefined;
  return { box: visible, lines: seen };
}
