/**
 * Which marks lie near the viewport, found by watching the element each mark starts in with one
 * IntersectionObserver. Used when a page has so many marks that registering all of them costs every
 * frame in which the page changes: Chromium re-validates every registered highlight range after any
 * DOM or style change (about 65 ms per frame with ~3,900 ranges on a 5 MB page, measured).
 */
import type { PlacedMention } from '../../utils/page/place-mentions';

/** One viewport above and one below: marks are in place before they scroll into view. */
const NEAR_MARGIN = '100% 0px 100% 0px';

export class NearViewport {
  private readonly groups = new Map<Element, Set<PlacedMention>>();
  private readonly anchors = new Map<PlacedMention, Element>();
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;
  private waiting: (() => void)[] = [];
  private undelivered = false;

  /** `toggle` registers marks that came near the viewport (true) or unregisters those that left it. */
  constructor(private readonly toggle: (marks: Iterable<PlacedMention>, near: boolean) => void) {
    this.observer = new IntersectionObserver(this.onEntries, { rootMargin: NEAR_MARGIN });
  }

  track(marks: Iterable<PlacedMention>): void {
    for (const pm of marks) {
      const el = pm.startNode.parentElement;
      if (el) this.attach(pm, el);
    }
  }

  untrack(marks: Iterable<PlacedMention>): void {
    for (const pm of marks) this.detach(pm);
  }

  /** Reports every group near the viewport again (after the marks' highlights were cleared). */
  replay(): void {
    for (const el of this.near) {
      const group = this.groups.get(el);
      if (group) this.toggle(group, true);
    }
  }

  /** Whether a tracked mark's element is near the viewport (as last reported). */
  isNear(pm: PlacedMention): boolean {
    const el = this.anchors.get(pm);
    return el !== undefined && this.near.has(el);
  }

  /** Calls `done` once marks tracked so far that are near the viewport are registered. */
  whenSettled(done: () => void): void {
    if (this.undelivered) this.waiting.push(done);
    else done();
  }

  disconnect(): void {
    this.observer.disconnect();
    this.groups.clear();
    this.anchors.clear();
    this.near.clear();
    this.waiting = [];
    this.undelivered = false;
  }

  private attach(pm: PlacedMention, el: Element): void {
    let group = this.groups.get(el);
    if (!group) {
      group = new Set();
      this.groups.set(el, group);
      this.observer.observe(el);
      this.undelivered = true;
    }
    group.add(pm);
    this.anchors.set(pm, el);
    if (this.near.has(el)) this.toggle([pm], true);
  }

  private detach(pm: PlacedMention): void {
    const el = this.anchors.get(pm);
    if (!el) return;
    this.anchors.delete(pm);
    const group = this.groups.get(el);
    group?.delete(pm);
    if (this.near.has(el)) this.toggle([pm], false);
    if (group && group.size === 0) {
      this.groups.delete(el);
      this.near.delete(el);
      this.observer.unobserve(el);
    }
  }

  private onEntries = (entries: IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      const el = entry.target;
      const group = this.groups.get(el);
      if (!group) continue;
      if (entry.isIntersecting) {
        if (!this.near.has(el)) {
          this.near.add(el);
          this.toggle(group, true);
        }
        continue;
      }
      const rect = entry.boundingClientRect;
      if (rect.width === 0 && rect.height === 0) {
        // No box of its own (display: contents, or hidden): watch the nearest ancestor instead.
        const parent = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined);
        if (parent) {
          const moved = [...group];
          for (const pm of moved) this.detach(pm);
          for (const pm of moved) this.attach(pm, parent);
          continue;
        }
      }
      if (this.near.delete(el)) this.toggle(group, false);
    }
    this.undelivered = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (const done of waiting) done();
  };
}
