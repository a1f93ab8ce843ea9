/**
 * Marks inside a page's open shadow roots: a document stylesheet does not reach into a shadow tree,
 * so each shadow root that holds a mention adopts the marks' stylesheet (the page's own sheets are
 * kept). The roots are remembered for hit-testing: caretPositionFromPoint only looks into shadow
 * roots it is given.
 */
import marksCss from './marks.css?inline';

// The mark-style setting is an attribute on <html>, out of reach of a shadow tree's selectors:
// inside shadow roots only the base rules apply.
const SHADOW_CSS = marksCss.replace(/html\[data-defence-lens-style[^{]*\{[^}]*\}/g, '');

export class ShadowStyles {
  readonly roots = new Set<ShadowRoot>();
  private sheet: CSSStyleSheet | undefined;

  /** Adopts the marks' stylesheet into the shadow root holding `node`, if it is in one. */
  cover(node: Node): void {
    const root = node.getRootNode();
    if (root.nodeType !== 11 || !(root as ShadowRoot).host || this.roots.has(root as ShadowRoot)) return;
    const shadow = root as ShadowRoot;
    this.roots.add(shadow);
    try {
      this.sheet ??= new CSSStyleSheet();
      if (this.sheet.cssRules.length === 0) this.sheet.replaceSync(SHADOW_CSS);
      if (!shadow.adoptedStyleSheets.includes(this.sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, this.sheet];
    } catch {
      // A page that froze adoptedStyleSheets: the marks there stay unstyled, hover still works.
    }
  }

  /** Roots whose hosts left the page are dropped. */
  prune(): void {
    for (const r of this.roots) if (!r.host.isConnected) this.roots.delete(r);
  }
}
