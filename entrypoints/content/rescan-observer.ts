/**
 * Dynamic pages: one mutation observer watches every tree the scanner reads (the document from its
 * root, not only <body>, and each open shadow root the walk enters), for added and removed nodes,
 * changed text and the attributes that show or hide text (changed-roots.ts). Text that left the
 * page loses its marks in the observer's own callback; what changed is rescanned once the page has
 * been quiet for a moment, or at the latest MAX_WAIT_MS after the first change, so that a page that
 * never stops changing (a ticker, a live blog) is still rescanned, one rescan at a time. Widening
 * the changed nodes to their blocks reads computed style, so it too runs in time slices.
 */
import { OWN_UI_ATTRIBUTE } from '../../utils/extract/extract-blocks';
import { sliceClock } from '../../utils/pipeline/slice-clock';
import { type Changes, collectChanged, emptyChanges, outermostRoots, VISIBILITY_ATTRIBUTES } from '../../utils/rescan/changed-roots';

const QUIET_MS = 300;
const MAX_WAIT_MS = 1000;

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: VISIBILITY_ATTRIBUTES,
  attributeOldValue: true,
};

export interface RescanDeps {
  active: () => boolean;
  /** Rescans the subtrees. */
  rescan: (roots: Node[]) => Promise<void>;
  /** Whether an element is (inside) the extension's own UI; by default, under OWN_UI_ATTRIBUTE. */
  ignore?: (el: Element) => boolean;
  /** Drops at once the marks whose text left the page or whose text node changed. */
  dropRemoved?: (changedText: ReadonlySet<Text>) => void;
  /** The node whose subtree holds the whole block around a changed node; by default the node itself. */
  widen?: (node: Node) => Node;
}

const ownUi = (el: Element) => el.closest(`[${OWN_UI_ATTRIBUTE}]`) !== null;

export class RescanObserver {
  private changes: Changes = emptyChanges();
  private firstAt = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private readonly observed = new WeakSet<Node>();
  private readonly observer: MutationObserver;

  constructor(private readonly deps: RescanDeps) {
    this.observer = new MutationObserver((records) => {
      if (!deps.active()) return;
      collectChanged(records, deps.ignore ?? ownUi, this.changes);
      if (this.changes.removed) {
        deps.dropRemoved?.(this.changes.changedText);
        this.changes.removed = false;
        this.changes.changedText.clear();
      }
      if (this.changes.roots.size > 0) this.schedule();
    });
  }

  /** Watches a document or an open shadow root, and all below it (once each; a root already watched is left as it is). */
  observe(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, OPTIONS);
  }

  /** Rescans on a quiet moment, or MAX_WAIT_MS after the first change waiting; never while a rescan runs. */
  private schedule(): void {
    if (this.running) return;
    const now = performance.now();
    if (this.firstAt < 0) this.firstAt = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(QUIET_MS, this.firstAt + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  private async flush(): Promise<void> {
    const { roots } = this.changes;
    this.changes = emptyChanges();
    this.firstAt = -1;
    this.running = true;
    try {
      // Nested changes first (no style read), then each widened to its block, a slice at a time.
      const clock = sliceClock();
      const widened: Node[] = [];
      for (const n of outermostRoots(roots)) {
        widened.push(this.deps.widen ? this.deps.widen(n) : n);
        if (clock.spent()) await clock.yield();
      }
      const blocks = outermostRoots(widened);
      if (blocks.length > 0 && this.deps.active()) await this.deps.rescan(blocks);
    } finally {
      this.running = false;
      if (this.changes.roots.size > 0) this.schedule();
    }
  }
}
