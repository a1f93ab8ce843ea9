/**
 * What a dynamic page changed, as subtrees to rescan and text that left: the nodes that mutation
 * records added, the parents that lost children (removing a node can join the words either side of
 * it into a name), the elements whose text changed, and the elements whose visibility attributes
 * changed (a <details> opened, `hidden` removed, a class or style that shows or hides text). The
 * extension's own UI, the <head> and elements that hold no readable text are left out (the card's
 * host would otherwise make every hover a rescan, and ad scripts every inserted <script>).
 * Collected over a debounce, each widened to its whole block (a mention completed later spans the
 * block, not the changed node), then reduced to the outermost ones still in the page, so that no
 * text is scanned twice. Shadow trees are crossed through their hosts.
 */

/** The fields of a MutationRecord read here. */
export interface MutationLike {
  type: string;
  target: Node;
  addedNodes: ArrayLike<Node> & Iterable<Node>;
  removedNodes?: ArrayLike<Node> & Iterable<Node>;
  attributeName?: string | null;
  oldValue?: string | null;
}

/** What the records of one or more observer callbacks changed. */
export interface Changes {
  /** Nodes whose block is to be rescanned. */
  roots: Set<Node>;
  /** Whether text may have left the page (nodes removed, text changed): marks are checked at once. */
  removed: boolean;
  /** Text nodes whose data changed: marks over them no longer match their text. */
  changedText: Set<Text>;
}

export const emptyChanges = (): Changes => ({ roots: new Set(), removed: false, changedText: new Set() });

/** The attributes that can show or hide text; the observer watches only these. */
export const VISIBILITY_ATTRIBUTES = ['open', 'hidden', 'class', 'style', 'aria-hidden'];

const ELEMENT = 1;
const TEXT = 3;
const FRAGMENT = 11;
const DOCUMENT = 9;

/** Elements that never hold text the reader reads: inserting one (an ad's script) changes nothing to rescan. */
const NO_TEXT = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'base', 'head', 'title']);

/** The parent across shadow boundaries: a shadow root's parent is its host. */
export function composedParent(n: Node): Node | null {
  if (n.parentNode) return n.parentNode;
  return n.nodeType === FRAGMENT ? ((n as ShadowRoot).host ?? null) : null;
}

/** Whether `node` is `root` or inside it, shadow trees included. */
export function composedContains(root: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) if (n === root) return true;
  return false;
}

function elementOf(n: Node): Element | null {
  return n.nodeType === ELEMENT ? (n as Element) : n.parentElement;
}

/** Whether the element lies in the document's <head> (no readable text there). */
function inHead(el: Element): boolean {
  return el.closest('head') !== null;
}

/**
 * Adds to `into` what the records changed. `ignore` says whether an element is (inside) the
 * extension's own UI.
 */
export function collectChanged(records: Iterable<MutationLike>, ignore: (el: Element) => boolean, into: Changes): void {
  for (const r of records) {
    // A shadow root or the document itself can be the parent that changed.
    const target = elementOf(r.target) ?? (r.target.nodeType === FRAGMENT || r.target.nodeType === DOCUMENT ? r.target : null);
    if (!target) continue;
    if (target.nodeType === ELEMENT && (ignore(target as Element) || inHead(target as Element))) continue;
    if (r.type === 'attributes') {
      const el = r.target as Element;
      // Set again to the same value (animation libraries do): nothing can have changed.
      if (r.attributeName && r.oldValue != null && el.getAttribute(r.attributeName) === r.oldValue) continue;
      into.roots.add(el);
      continue;
    }
    if (r.type === 'characterData') {
      if (r.target.nodeType === TEXT) into.changedText.add(r.target as Text);
      into.removed = true;
      into.roots.add(target);
      continue;
    }
    if (r.type !== 'childList') continue;
    for (const n of r.addedNodes) {
      if (n.nodeType === TEXT) into.roots.add(target);
      else if (n.nodeType === ELEMENT && !NO_TEXT.has((n as Element).localName) && !ignore(n as Element)) into.roots.add(n);
    }
    for (const n of r.removedNodes ?? []) {
      if (n.nodeType !== TEXT && n.nodeType !== ELEMENT) continue;
      if (n.nodeType === ELEMENT && NO_TEXT.has((n as Element).localName)) continue;
      into.removed = true;
      // The words either side of what left now run together: the parent's block is read again.
      into.roots.add(target);
    }
  }
}

/**
 * The node whose subtree holds the whole block around `node`: climbs while the element continues
 * the running text (inline, display: contents, or no box at all), through shadow roots to their
 * hosts, and stops at the first box of its own. `continuesText` asks the rendered display.
 */
export function blockRoot(node: Node, continuesText: (el: Element) => boolean): Node {
  let n: Node = node.nodeType === TEXT ? (node.parentNode ?? node) : node;
  while (n.nodeType === ELEMENT || n.nodeType === FRAGMENT) {
    if (n.nodeType === ELEMENT) {
      const el = n as Element;
      const tag = el.localName;
      if (tag === 'body' || tag === 'html' || !continuesText(el)) return n;
    }
    const up = composedParent(n);
    if (!up || up.nodeType === DOCUMENT) return n;
    n = up;
  }
  return n;
}

/** The nodes still in the page that no other of them contains (shadow trees included). */
export function outermostRoots(nodes: Iterable<Node>): Node[] {
  const all = new Set(nodes);
  const out: Node[] = [];
  for (const n of all) {
    if (!n.isConnected) continue;
    let covered = false;
    for (let up = composedParent(n); up && !covered; up = composedParent(up)) covered = all.has(up);
    if (!covered) out.push(n);
  }
  return out;
}
