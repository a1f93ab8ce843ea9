/**
 * Where the hover card goes: pure geometry in viewport coordinates, no DOM. The card hangs below
 * the mark, left edges aligned; it flips above when it does not fit below, aligns its right edge
 * with the mark's when its left-aligned box would leave the viewport, and is then kept a gutter
 * inside the viewport's left and right edges. When it fits neither below nor above, it goes on the
 * side with more room and its height is capped to that room (the card scrolls inside).
 *
 * In every case where the card fits below or above this is exactly what floating-ui's
 * `computePosition` gave with `placement: 'bottom-start'` and `offset(6), flip(), shift({ padding: 8 })`
 * (place-card.test.ts compares the two); only the no-fit case differs: there floating-ui let the
 * card run off the screen.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Viewport extends Size {
  left?: number;
  top?: number;
}

export interface CardPlacement {
  /** The card's top-left corner, in viewport pixels. */
  x: number;
  y: number;
  side: 'below' | 'above';
  align: 'start' | 'end';
  /** Set when the card must be shorter than it is to stay on screen. */
  maxHeight: number | undefined;
}

export interface PlaceCardInput {
  /** The mark's bounding box. */
  anchor: Rect;
  /** The card's size as rendered (its CSS height cap already applied). */
  card: Size;
  /** The visible viewport (scrollbars excluded); `left` and `top` are its offset when pinch-zoomed. */
  viewport: Viewport;
  /** Space between the mark and the card. */
  gap?: number;
  /** Least space between the card and the viewport's edges when it has to be moved. */
  gutter?: number;
  /** The shortest a capped card may get (a card on a mark at the very edge still shows something). */
  minHeight?: number;
}

export function placeCard({ anchor, card, viewport, gap = 6, gutter = 8, minHeight = 80 }: PlaceCardInput): CardPlacement {
  const { left = 0, top = 0 } = viewport;
  if (left !== 0 || top !== 0) {
    const shifted = { left: anchor.left - left, right: anchor.right - left, top: anchor.top - top, bottom: anchor.bottom - top };
    const p = placeCard({ anchor: shifted, card, viewport: { width: viewport.width, height: viewport.height }, gap, gutter, minHeight });
    return { ...p, x: p.x + left, y: p.y + top };
  }
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - card.height;
  const fitsBelow = below + card.height <= viewport.height;
  const fitsAbove = above >= 0;
  const align = chooseAlignment(anchor, card.width, viewport.width);
  const x = clampX(align === 'start' ? anchor.left : anchor.right - card.width, card.width, viewport.width, gutter);
  if (fitsBelow) return { x, y: below, side: 'below', align, maxHeight: undefined };
  if (fitsAbove) return { x, y: above, side: 'above', align, maxHeight: undefined };
  const roomBelow = viewport.height - gutter - below;
  const roomAbove = anchor.top - gap - gutter;
  const cap = (room: number) => Math.min(card.height, Math.max(minHeight, Math.floor(room)));
  if (roomBelow >= roomAbove) return { x, y: below, side: 'below', align, maxHeight: cap(roomBelow) };
  const capped = cap(roomAbove);
  return { x, y: anchor.top - gap - capped, side: 'above', align, maxHeight: capped };
}

/**
 * Left-aligned with the mark if that fits across, else right-aligned if that fits, else whichever
 * overflows less on the side it aligns to (as floating-ui's flip picks among its alignments).
 */
function chooseAlignment(anchor: Rect, width: number, viewportWidth: number): 'start' | 'end' {
  const startX = anchor.left;
  const endX = anchor.right - width;
  if (startX >= 0 && startX + width <= viewportWidth) return 'start';
  if (endX >= 0 && endX + width <= viewportWidth) return 'end';
  // The side each alignment is measured on: the far side from the aligned edge, unless the mark is
  // wider than the card (then the card's box lies within the mark's, and the near side counts).
  const wide = anchor.right - anchor.left > width;
  const startOverflow = wide ? -startX : startX + width - viewportWidth;
  const endOverflow = wide ? endX + width - viewportWidth : -endX;
  return endOverflow < startOverflow ? 'end' : 'start';
}

/** Kept `gutter` inside both edges; a card wider than the room keeps its left edge in view. */
function clampX(x: number, width: number, viewportWidth: number, gutter: number): number {
  return Math.max(gutter, Math.min(x, viewportWidth - gutter - width));
}
