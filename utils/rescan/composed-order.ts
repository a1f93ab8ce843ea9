/**
 * Page order across shadow trees, for keeping the page's mentions in reading order when a rescan
 * adds some: a shadow tree sits where its host is, before the host's light children (it renders
 * in their place). compareDocumentPosition alone cannot order nodes of different trees. New
 * mentions of one rescanned subtree are inserted as a run at the place a binary search finds, so a
 * rescan never re-sorts the whole list.
 */
import { composedParent } from './changed-roots';

/** The chain from the outermost ancestor down to `n`, crossing shadow roots to their hosts. */
function chain(n: Node): Node[] {
  const out: Node[] = [];
  for (let c: Node | null = n; c; c = composedParent(c)) out.push(c);
  return out.reverse();
}

const FRAGMENT = 11;

/** Negative when `a` comes before `b` in page order, positive after, 0 for the same node. */
export function compareComposed(a: Node, b: Node): number {
  if (a === b) return 0;
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  // One contains the other: the ancestor comes first.
  if (i === ca.length) return -1;
  if (i === cb.length) return 1;
  const x = ca[i] as Node;
  const y = cb[i] as Node;
  // Under one host: its shadow tree comes before its light children.
  if (x.nodeType === FRAGMENT) return -1;
  if (y.nodeType === FRAGMENT) return 1;
  return x.compareDocumentPosition(y) & 4 ? -1 : 1;
}

/**
 * Where a run of items starting at `node` goes in `sorted` (ordered by `nodeOf`), found by binary
 * search: after every item whose node comes before it or is it.
 */
export function insertionIndex<T>(sorted: readonly T[], node: Node, nodeOf: (item: T) => Node): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareComposed(nodeOf(sorted[mid] as T), node) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
