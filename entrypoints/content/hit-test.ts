/**
 * Which mark is under the pointer: the caret position at the pointer gives a text node and an
 * offset, the scanner's index gives the mention there, and the mention's own line boxes confirm
 * that the pointer is on it (a caret snaps to the nearest character, even from the margin).
 * One lookup per animation frame at most, for one document listener: no listener per node.
 */

import { type Point, pointInAnyRect } from '../../utils/hover/point-in-rects';
import type { MentionKind } from '../../utils/model/mention';
import { mentionAt, type PlacedMention } from '../../utils/page/place-mentions';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** A live Range over a placed mention (its mark is a StaticRange, which has no geometry). */
export function liveRange(doc: Document, pm: PlacedMention): Range {
  const r = doc.createRange();
  r.setStart(pm.startNode, pm.startOffset);
  r.setEnd(pm.endNode, pm.endOffset);
  return r;
}

/** The text position at a point: caretPositionFromPoint (which looks into the shadow roots it is given), else WebKit's caretRangeFromPoint. */
function caretAt(doc: CaretDoc, p: Point, shadowRoots: Iterable<ShadowRoot>): { node: Node; offset: number } | undefined {
  const pos = doc.caretPositionFromPoint?.(p.x, p.y, { shadowRoots: [...shadowRoots] });
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const r = doc.caretRangeFromPoint?.(p.x, p.y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

export function mentionUnderPointer({
  doc,
  point,
  index,
  shadowRoots,
  kinds,
}: {
  doc: Document;
  point: Point;
  index: Map<Node, PlacedMention[]>;
  /** Open shadow roots holding mentions: the caret lookup has to be told about them. */
  shadowRoots: Iterable<ShadowRoot>;
  /** Kinds the reader chose not to mark get no card either. */
  kinds: readonly MentionKind[];
}): PlacedMention | undefined {
  const caret = caretAt(doc as CaretDoc, point, shadowRoots);
  if (!caret) return undefined;
  const { node, offset } = caret;
  // The caret sits between characters: try the character on each side.
  const pm = mentionAt(index, node, offset) ?? (offset > 0 ? mentionAt(index, node, offset - 1) : undefined);
  if (!pm || !kinds.includes(pm.mention.kind)) return undefined;
  return pointInAnyRect(point, liveRange(doc, pm).getClientRects()) ? pm : undefined;
}
