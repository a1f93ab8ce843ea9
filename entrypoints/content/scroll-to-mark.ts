/**
 * Scrolls a mark the reader stepped to into view, with room for its card: each scrolling container
 * around it from the innermost out, then the viewport (utils/hover/reveal-scroll.ts decides how far).
 * The mark itself, not its paragraph, is what is brought into view: a paragraph taller than the
 * screen, centred, can leave the mark off it. Instant, whatever the page's `scroll-behavior`.
 */
import type { Rect, Size } from '../../utils/hover/place-card';
import { revealScroll } from '../../utils/hover/reveal-scroll';
import { clientBox, clippingAncestors, scrolls } from './mark-clips';

export function scrollToMark(range: Range, card: Size, viewport: Rect): void {
  const win = range.startContainer.ownerDocument?.defaultView;
  if (!win) return;
  for (const el of clippingAncestors(range.startContainer)) {
    if (!scrolls(el)) continue;
    const { dx, dy } = revealScroll({ mark: range.getBoundingClientRect(), box: clientBox(el) });
    if (dx || dy) el.scrollBy({ left: dx, top: dy, behavior: 'instant' as ScrollBehavior });
  }
  const { dx, dy } = revealScroll({ mark: range.getBoundingClientRect(), box: viewport, card });
  if (dx || dy) win.scrollBy({ left: dx, top: dy, behavior: 'instant' as ScrollBehavior });
}
