/**
 * Marks inside a page's open shadow roots: a document stylesheet does not reach into a shadow tree,
 * so each shadow root that holds a mention adopts the marks' stylesheet (the page's own sheets are
 * kept). The roots are remembered for hit-testing: caretPositionFromPoint only looks into shadow
 * roots it is given.
 */
import { markSheet } from './mark-styles';

export class ShadowStyles {
  readonly roots = new Set<ShadowRoot>();

  /** Adopts the marks' stylesheet into the shadow root holding `node`, if it is in one. */
  cover(node: Node): void {
    const root = node.getRootNode();
    if (root.nodeType !== 11 || !(root as ShadowRoot).host || this.roots.has(root as ShadowRoot)) return;
    const shadow = root as ShadowRoot;
    this.roots.add(shadow);
    // The same sheet as the document's (mark-styles.ts), so the reader's mark style holds in here too.
    markSheet.cover(shadow);
  }

  /** Roots whose hosts left the page are dropped. */
  prune(): void {
    for (const r of this.roots) if (!r.host.isConnected) this.roots.delete(r);
  }
}
