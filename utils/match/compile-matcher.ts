/**
 * Compiles dictionary entries into a flat trie over folded, lower-cased forms: nodes numbered in
 * breadth-first order, so a node's children are consecutive and sorted by label, and a child is
 * found by binary search in typed arrays (no Map, no allocation while matching). The same layout
 * is what the build-time snapshot stores (matcher-snapshot.ts), so loading one costs a prefix sum.
 *
 * A Matcher is one or more layers searched together: the bundled snapshot, and the reader's own
 * records compiled on top at run time; a layer's `suppressed` hides its entries for records the
 * reader changed or deleted.
 */
import type { DictionaryEntry } from '../model/dictionary-entry';
import { normaliseForm } from './normalise';

/** An entry at the node where its form ends, with a case-sensitive entry's exact folded form. */
export interface TerminalEntry {
  entry: DictionaryEntry;
  exact: string | undefined;
  /** A name written in capitals also counts ("Minister KIHARA", as Japan's ministry writes family names). */
  capitals: string | undefined;
}

export interface FlatTrie {
  /** The folded unit on the edge into each node (node 0, the root, has none). */
  labels: Uint16Array;
  childCount: Uint16Array;
  /** Index of each node's first child (children are consecutive). */
  firstChild: Uint32Array;
  /** Index into `groups` of the entries ending at each node, or -1. */
  terminal: Int32Array;
  groups: TerminalEntry[][];
  /** Number of distinct entries. */
  size: number;
  /** The root's child for each unit below ROOT_TABLE_SIZE, or -1: most word starts stop here. */
  rootChild: Int32Array;
}

const ROOT_TABLE_SIZE = 0x3000;

/** The root's children as a direct table (built when a trie is compiled or loaded). */
export function rootTable(labels: Uint16Array, firstChild: Uint32Array, childCount: Uint16Array): Int32Array {
  const table = new Int32Array(ROOT_TABLE_SIZE).fill(-1);
  const from = firstChild[0] ?? 1;
  for (let i = from; i < from + (childCount[0] ?? 0); i++) if ((labels[i] as number) < ROOT_TABLE_SIZE) table[labels[i] as number] = i;
  return table;
}

export interface MatcherLayer {
  trie: FlatTrie;
  /** Targets whose entries in this layer are ignored (records the reader edited or deleted). */
  suppressed: ReadonlySet<string>;
}

export interface Matcher {
  layers: MatcherLayer[];
  size: number;
  /** Ordinary English words within an edit of a name part: no fuzzy name match is made on them. */
  ordinaryWords?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

export function terminalEntry(entry: DictionaryEntry): TerminalEntry {
  const exact = entry.caseSensitive ? normaliseForm(entry.form, true) : undefined;
  const named = entry.kind === 'person' || entry.kind === 'name-part';
  const capitals = exact !== undefined && named && exact.length >= 4 && exact !== exact.toUpperCase() ? exact.toUpperCase() : undefined;
  return { entry, exact, capitals };
}

/** Fills `firstChild` from `childCount`: in breadth-first order, children follow one another. */
export function linkChildren(childCount: Uint16Array): Uint32Array {
  const firstChild = new Uint32Array(childCount.length);
  let next = 1;
  for (let i = 0; i < childCount.length; i++) {
    firstChild[i] = next;
    next += childCount[i] as number;
  }
  return firstChild;
}

interface BuildNode {
  label: number;
  children: Map<number, BuildNode> | undefined;
  entries: TerminalEntry[] | undefined;
}

export function compileTrie(entries: readonly DictionaryEntry[]): FlatTrie {
  const root: BuildNode = { label: 0, children: undefined, entries: undefined };
  let size = 0;
  for (const entry of entries) {
    const key = normaliseForm(entry.form);
    if (key.length === 0) continue;
    let at = root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      at.children ??= new Map();
      let child = at.children.get(c);
      if (!child) {
        child = { label: c, children: undefined, entries: undefined };
        at.children.set(c, child);
      }
      at = child;
    }
    at.entries ??= [];
    const dup = at.entries.some(
      (e) =>
        e.entry.target === entry.target &&
        e.entry.via === entry.via &&
        e.entry.kind === entry.kind &&
        e.entry.caseSensitive === entry.caseSensitive &&
        // Case-sensitive forms differ by their case ("Kihara" and "KIHARA" are two forms).
        (!entry.caseSensitive || e.entry.form === entry.form),
    );
    if (dup) continue;
    at.entries.push(terminalEntry(entry));
    size++;
  }
  // Breadth-first numbering with children sorted by label.
  const order: BuildNode[] = [root];
  for (let i = 0; i < order.length; i++) {
    const n = order[i] as BuildNode;
    if (n.children) for (const c of [...n.children.values()].sort((a, b) => a.label - b.label)) order.push(c);
  }
  const labels = new Uint16Array(order.length);
  const childCount = new Uint16Array(order.length);
  const terminal = new Int32Array(order.length).fill(-1);
  const groups: TerminalEntry[][] = [];
  order.forEach((n, i) => {
    labels[i] = n.label;
    childCount[i] = n.children?.size ?? 0;
    if (n.entries) {
      terminal[i] = groups.length;
      groups.push(n.entries);
    }
  });
  const firstChild = linkChildren(childCount);
  return { labels, childCount, firstChild, terminal, groups, size, rootChild: rootTable(labels, firstChild, childCount) };
}

export function compileMatcher(entries: readonly DictionaryEntry[]): Matcher {
  return matcherOf(compileTrie(entries));
}

export function matcherOf(trie: FlatTrie): Matcher {
  return { layers: [{ trie, suppressed: NONE }], size: trie.size };
}

/** A matcher that ignores the existing layers' entries for `suppress` and also finds `add`. */
export function layerMatcher(base: Matcher, { add, suppress }: { add: readonly DictionaryEntry[]; suppress: Iterable<string> }): Matcher {
  const hidden = [...suppress];
  const layers: MatcherLayer[] = base.layers.map((l) => ({ trie: l.trie, suppressed: new Set([...l.suppressed, ...hidden]) }));
  if (add.length > 0) layers.push({ trie: compileTrie(add), suppressed: NONE });
  return {
    layers,
    size: layers.reduce((n, l) => n + l.trie.size, 0),
    ...(base.ordinaryWords ? { ordinaryWords: base.ordinaryWords } : {}),
  };
}

/** The child of `node` along `label`, or -1 (binary search over the sorted, consecutive children). */
export function childOf(trie: FlatTrie, node: number, label: number): number {
  if (node === 0 && label < ROOT_TABLE_SIZE) return trie.rootChild[label] as number;
  let lo = trie.firstChild[node] as number;
  let hi = lo + (trie.childCount[node] as number) - 1;
  const labels = trie.labels;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const l = labels[mid] as number;
    if (l === label) return mid;
    if (l < label) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
