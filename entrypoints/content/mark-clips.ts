/**
 * The boxes a mark is seen through: the containers that clip it (`overflow` other than visible:
 * a scrolling box, a carousel, a clipped teaser), innermost first, found up the flat tree (through
 * slots and shadow hosts, as the mark is laid out), and each one's visible client area. The card
 * follows what is left of its mark inside them (utils/hover/visible-part.ts), and stepping scrolls
 * the scrolling ones (scroll-to-mark.ts). Reading styles up the tree costs a little: it is done
 * when a card first follows a scroll or a step scrolls, not when a card opens on hover.
 */
import type { Rect } from '../../utils/hover/place-card';

/** The node's parent as the page is laid out: its slot when slotted, the host above a shadow root. */
function flatParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === Node.ELEMENT_NODE ? (parent as Element) : null;
}

/** The elements around `node` that clip what they hold, innermost first; the document's scroller is the viewport's, left out. */
export function clippingAncestors(node: Node): Element[] {
  const doc = node.ownerDocument;
  const win = doc?.defaultView;
  if (!doc || !win) return [];
  const out: Element[] = [];
  for (let el = flatParent(node); el && el !== doc.documentElement && el !== doc.body; el = flatParent(el)) {
    const style = win.getComputedStyle(el);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') out.push(el);
  }
  return out;
}

/** Whether a clipping element can be scrolled (by script too: `overflow: hidden` can, `clip` cannot). */
export function scrolls(el: Element): boolean {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (!style || style.overflowX === 'clip' || style.overflowY === 'clip') return false;
  return el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth;
}

/** An element's client area (inside its borders, scrollbars excluded) in viewport coordinates. */
export function clientBox(el: Element): Rect {
  const r = el.getBoundingClientRect();
  const left = r.left + el.clientLeft;
  const top = r.top + el.clientTop;
  return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
}
