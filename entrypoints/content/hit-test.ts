/**
 * Which mark is under the pointer: the caret position at the pointer gives a text node and an
 * offset, the scanner's index gives the mention there, and the mention's own line boxes confirm
 * that the pointer is on it (a caret snaps to the nearest character, even from the margin).
 * When the caret is not on text under the pointer, something may lie over the text: a teaser whose
 * whole surface is a transparent link (an empty `<a>` laid over it, or a link's `::after` stretched
 * over its card). Then the elements stacked under the pointer are asked for a mark whose line
 * boxes hold it. One lookup per animation frame at most, for one document listener: no listener per node.
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

/** Elements with more children than this are not searched under an overlay (a page's `<body>` of thousands of paragraphs). */
const MAX_CHILDREN_SEARCHED = 500;

/** Whether the character at a caret position is itself under the point (a caret from the margin or from an overlay is not). */
function caretOnText(doc: Document, node: Node, offset: number, point: Point): boolean {
  if (node.nodeType !== Node.TEXT_NODE) return false;
  const length = (node as Text).length;
  if (length === 0) return false;
  // The characters on either side of the caret.
  const r = doc.createRange();
  r.setStart(node, Math.max(0, Math.min(offset, length) - 1));
  r.setEnd(node, Math.min(length, offset + 1));
  return pointInAnyRect(point, r.getClientRects());
}

/** Every element under the point, topmost first, inside the open shadow roots that hold mentions too. */
function elementsAt(doc: Document, p: Point, shadowRoots: Iterable<ShadowRoot>): Element[] {
  const stack = doc.elementsFromPoint(p.x, p.y);
  const byHost = new Map<Element, ShadowRoot>();
  for (const root of shadowRoots) byHost.set(root.host, root);
  if (byHost.size === 0) return stack;
  const out: Element[] = [];
  const seen = new Set<Element>();
  const add = (els: Iterable<Element>) => {
    for (const el of els) {
      if (seen.has(el)) continue;
      seen.add(el);
      out.push(el);
      const root = byHost.get(el);
      if (root) add(root.elementsFromPoint(p.x, p.y));
    }
  };
  add(stack);
  return out;
}

/** A mark of a chosen kind whose line boxes hold the point, among the text directly inside the elements under it. */
function mentionBeneath(
  doc: Document,
  p: Point,
  index: Map<Node, PlacedMention[]>,
  shadowRoots: Iterable<ShadowRoot>,
  kinds: readonly MentionKind[],
) {
  for (const el of elementsAt(doc, p, shadowRoots)) {
    if (el.childNodes.length > MAX_CHILDREN_SEARCHED) continue;
    for (const child of el.childNodes) {
      const list = index.get(child);
      if (!list) continue;
      for (const pm of list) if (kinds.includes(pm.mention.kind) && pointInAnyRect(p, liveRange(doc, pm).getClientRects())) return pm;
    }
  }
  return undefined;
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
  if (caret) {
    const { node, offset } = caret;
    // The caret sits between characters: try the character on each side.
    const pm = mentionAt(index, node, offset) ?? (offset > 0 ? mentionAt(index, node, offset - 1) : undefined);
    if (pm && pointInAnyRect(point, liveRange(doc, pm).getClientRects())) return kinds.includes(pm.mention.kind) ? pm : undefined;
    // The pointer is on text, and that text is not marked there.
    if (caretOnText(doc, node, offset, point)) return undefined;
  }
  return mentionBeneath(doc, point, index, shadowRoots, kinds);
}
