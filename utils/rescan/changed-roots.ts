/**
 * What a dynamic page changed, as subtrees to rescan: the nodes that mutation records added, and the
 * elements whose text changed, outside the extension's own UI (the card's host would otherwise make
 * every hover a rescan). Collected over a debounce, then reduced to the outermost ones still in the
 * page, so that no text is scanned twice.
 */

/** The fields of a MutationRecord read here. */
export interface MutationLike {
  type: string;
  target: Node;
  addedNodes: ArrayLike<Node> & Iterable<Node>;
}

const ELEMENT = 1;
const TEXT = 3;

/** Adds to `into` the subtrees the records touched; `ownUi` is a selector for the extension's own elements. */
export function collectChanged(records: Iterable<MutationLike>, ownUi: string, into: Set<Node>): void {
  for (const r of records) {
    const target = r.target.nodeType === TEXT ? r.target.parentNode : r.target;
    if (!target || (target as Element).closest?.(ownUi)) continue;
    if (r.type === 'childList')
      for (const n of r.addedNodes)
        if (n.nodeType === ELEMENT || n.nodeType === TEXT) into.add(n.nodeType === TEXT ? (n.parentNode ?? n) : n);
    if (r.type === 'characterData') into.add(target);
  }
}

/** The nodes still in the page that no other of them contains. */
export function outermostRoots(nodes: Iterable<Node>): Node[] {
  const all = [...nodes];
  return all.filter((n) => n.isConnected && !all.some((o) => o !== n && o.contains(n)));
}
