/**
 * How far to scroll to show a mark the reader stepped to (Alt+Shift+N / P, or "jump to" in the
 * popup): for each scrolling container, the mark into its middle; for the viewport, the mark and
 * its card below it together, so the card opens whole beside its mark. Nothing moves when the mark
 * is already in view with room for its card. Pure: boxes in, distances out.
 */
import type { Rect, Size } from './place-card';

export interface RevealInput {
  /** The mark's box now. */
  mark: Rect;
  /** The visible box of what scrolls (a container's client area, or the viewport). */
  box: Rect;
  /** The card's size, when the box is the viewport the card is placed in. */
  card?: Size;
  gap?: number;
  gutter?: number;
}

export interface ScrollDelta {
  dx: number;
  dy: number;
}

export function revealScroll({ mark, box, card, gap = 6, gutter = 8 }: RevealInput): ScrollDelta {
  return { dx: Math.round(horizontal(mark, box, gutter)), dy: Math.round(vertical(mark, box, card, gap, gutter)) };
}

function vertical(mark: Rect, box: Rect, card: Size | undefined, gap: number, gutter: number): number {
  const top = box.top + gutter;
  const bottom = box.bottom - gutter;
  const inView = mark.top >= top && mark.bottom <= bottom;
  const cardFits = !card || mark.bottom + gap + card.height <= bottom || mark.top - gap - card.height >= top;
  if (inView && cardFits) return 0;
  // The mark with its card under it, centred; or, if the two are taller than the box, the mark at the top.
  const group = mark.bottom - mark.top + (card ? gap + card.height : 0);
  if (group <= bottom - top) return mark.top - (top + (bottom - top - group) / 2);
  return mark.top - top;
}

function horizontal(mark: Rect, box: Rect, gutter: number): number {
  const left = box.left + gutter;
  const right = box.right - gutter;
  if (mark.left >= left && mark.right <= right) return 0;
  if (mark.right - mark.left <= right - left) return (mark.left + mark.right) / 2 - (box.left + box.right) / 2;
  return mark.left - left;
}
