/**
 * Where the hover card goes: pure geometry in viewport coordinates, no DOM, from the mark's own box
 * alone (nothing of an earlier card counts). The card hangs below the mark, left edges aligned; it
 * flips above when it does not fit below, aligns its right edge with the mark's when its
 * left-aligned box would leave the viewport, and is kept a gutter inside every edge. When it fits
 * neither below nor above, it goes on the side with more room and its height is capped to that
 * room (the card scrolls inside); when neither side has even `minHeight` of room, it goes beside
 * the mark (right, else left); only a mark that leaves no room anywhere is covered.
 *
 * Wherever the card fits below or above this is what floating-ui's `computePosition` gives with
 * `placement: 'bottom-start'` and `offset(6), flip({ padding: { top: 8, bottom: 8 } }),
 * shift({ padding: 8 })` (place-card.test.ts compares the two); floating-ui has no answer for the
 * other cases (it lets the card run off the screen).
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
  side: 'below' | 'above' | 'right' | 'left' | 'over';
  align: 'start' | 'end';
  /** Set when the card must be shorter than it is to stay on screen. */
  maxHeight: number | undefined;
}

export interface PlaceCardInput {
  /** The mark's bounding box (its visible part). */
  anchor: Rect;
  /**
   * The mark's line boxes, first to last, when it wraps: a card below aligns with the last line,
   * one above with the first, so it sits by the words rather than by the column's edge.
   */
  lines?: readonly Rect[];
  /** The card's size as rendered (its CSS caps already applied, its width at most the viewport's less two gutters). */
  card: Size;
  /** The visible viewport (scrollbars excluded); `left` and `top` are its offset when pinch-zoomed. */
  viewport: Viewport;
  /** Space between the mark and the card. */
  gap?: number;
  /** Least space between the card and the viewport's edges. */
  gutter?: number;
  /** Below this much room on either side, the card goes beside the mark instead of being squeezed. */
  minHeight?: number;
}

export function placeCard(input: PlaceCardInput): CardPlacement {
  const { viewport } = input;
  const { left = 0, top = 0 } = viewport;
  if (left === 0 && top === 0) return placeInView(input);
  const shift = (r: Rect): Rect => ({ left: r.left - left, right: r.right - left, top: r.top - top, bottom: r.bottom - top });
  const p = placeInView({
    ...input,
    anchor: shift(input.anchor),
    lines: input.lines?.map(shift),
    viewport: { width: viewport.width, height: viewport.height },
  });
  return { ...p, x: p.x + left, y: p.y + top };
}

function placeInView({ anchor, lines, card, viewport, gap = 6, gutter = 8, minHeight = 80 }: PlaceCardInput): CardPlacement {
  const { width: vw, height: vh } = viewport;
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - card.height;
  // The line the card hangs from: the last when below, the first when above.
  const lineBelow = lineOr(lines, anchor, 'last');
  const lineAbove = lineOr(lines, anchor, 'first');
  const across = (line: Rect) => {
    const align = chooseAlignment(line, card.width, vw);
    return { align, x: clampX(align === 'start' ? line.left : line.right - card.width, card.width, vw, gutter) };
  };
  if (below + card.height <= vh - gutter) return { ...across(lineBelow), y: below, side: 'below', maxHeight: undefined };
  if (above >= gutter) return { ...across(lineAbove), y: above, side: 'above', maxHeight: undefined };

  const roomBelow = Math.floor(vh - gutter - below);
  const roomAbove = Math.floor(anchor.top - gap - gutter);
  const room = Math.max(roomBelow, roomAbove);
  if (room >= Math.min(minHeight, card.height)) {
    const maxHeight = Math.min(card.height, room);
    if (roomBelow >= roomAbove) return { ...across(lineBelow), y: below, side: 'below', maxHeight };
    return { ...across(lineAbove), y: anchor.top - gap - maxHeight, side: 'above', maxHeight };
  }

  // Too little room above and below (a short viewport, a tall mark): beside the mark, top edges
  // aligned as far as the viewport lets them.
  const height = Math.min(card.height, Math.max(0, Math.floor(vh - 2 * gutter)));
  const maxHeight = height < card.height ? height : undefined;
  const y = Math.max(gutter, Math.min(anchor.top, vh - gutter - height));
  const right = anchor.right + gap;
  if (right + card.width <= vw - gutter) return { x: right, y, side: 'right', align: 'start', maxHeight };
  const leftX = anchor.left - gap - card.width;
  if (leftX >= gutter) return { x: leftX, y, side: 'left', align: 'end', maxHeight };

  // No room anywhere: the card is still shown whole, on the side with more room, over the mark.
  return { ...across(lineBelow), y: gutter, side: 'over', maxHeight };
}

function lineOr(lines: readonly Rect[] | undefined, anchor: Rect, which: 'first' | 'last'): Rect {
  if (!lines || lines.length === 0) return anchor;
  const line = which === 'first' ? lines[0] : lines[lines.length - 1];
  return line && line.right > line.left ? line : anchor;
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
