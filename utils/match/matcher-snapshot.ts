/**
 * The compiled matcher as plain JSON, made at build time from the bundled corpus so that a page
 * never pays for building the dictionary or the trie. Compact: one character per trie node for its
 * label and one for its child count (offset past the JSON escapes), and the entry table once.
 */

import type { DictionaryEntry } from '../model/dictionary-entry';
import { type FlatTrie, linkChildren, type Matcher, matcherOf, rootTable, type TerminalEntry, terminalEntry } from './compile-matcher';

/** 2: forms kept only where they are compared after matching (case-sensitive forms). */
export const SNAPSHOT_FORMAT = 2;
/** Child counts are stored as characters from "0" upwards, which JSON writes unescaped. */
const COUNT_BASE = 48;

type EntryRow = [form: string, caseSensitive: 0 | 1, target: string, kind: DictionaryEntry['kind'], via: DictionaryEntry['via']];

export interface MatcherSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** Version of the corpus it was built from (a page whose corpus differs compiles its own). */
  version: string;
  labels: string;
  counts: string;
  entries: EntryRow[];
  /** Flattened [node, entryCount, entryIndex…] for every node where forms end. */
  terminals: number[];
  /** Ordinary English words within an edit of a name part (dictionary/ordinary-words.ts). */
  ordinaryWords?: string[];
}

export function snapshotTrie(trie: FlatTrie, version: string, ordinaryWords?: readonly string[]): MatcherSnapshot {
  const rows: EntryRow[] = [];
  const rowOf = new Map<DictionaryEntry, number>();
  const terminals: number[] = [];
  let labels = '';
  let counts = '';
  for (let i = 0; i < trie.labels.length; i++) {
    labels += String.fromCharCode(trie.labels[i] as number);
    counts += String.fromCharCode((trie.childCount[i] as number) + COUNT_BASE);
    const g = trie.terminal[i] as number;
    if (g < 0) continue;
    const group = trie.groups[g] as TerminalEntry[];
    terminals.push(i, group.length);
    for (const { entry } of group) {
      let row = rowOf.get(entry);
      if (row === undefined) {
        row = rows.length;
        rowOf.set(entry, row);
        // A case-folded form is never read again once compiled into the trie: leave it out (a third
        // of the snapshot's size) and give it back empty.
        rows.push([entry.caseSensitive ? entry.form : '', entry.caseSensitive ? 1 : 0, entry.target, entry.kind, entry.via]);
      }
      terminals.push(row);
    }
  }
  return {
    format: SNAPSHOT_FORMAT,
    version,
    labels,
    counts,
    entries: rows,
    terminals,
    ...(ordinaryWords ? { ordinaryWords: [...ordinaryWords] } : {}),
  };
}

/** Rebuilds the flat trie from a snapshot; throws on a snapshot that does not hang together. */
export function loadTrieSnapshot(snapshot: MatcherSnapshot): FlatTrie {
  if (snapshot.format !== SNAPSHOT_FORMAT) throw new Error(`matcher snapshot format ${String(snapshot.format)} is not ${SNAPSHOT_FORMAT}`);
  const n = snapshot.labels.length;
  if (snapshot.counts.length !== n) throw new Error('matcher snapshot: labels and counts differ in length');
  const labels = new Uint16Array(n);
  const childCount = new Uint16Array(n);
  let children = 0;
  for (let i = 0; i < n; i++) {
    labels[i] = snapshot.labels.charCodeAt(i);
    const c = snapshot.counts.charCodeAt(i) - COUNT_BASE;
    childCount[i] = c;
    children += c;
  }
  if (children !== n - 1) throw new Error('matcher snapshot: child counts do not add up to the node count');
  const entries: DictionaryEntry[] = snapshot.entries.map(([form, cs, target, kind, via]) => ({
    form,
    caseSensitive: cs === 1,
    target,
    kind,
    via,
  }));
  const terminal = new Int32Array(n).fill(-1);
  const groups: TerminalEntry[][] = [];
  const t = snapshot.terminals;
  for (let k = 0; k < t.length; ) {
    const node = t[k++] as number;
    const count = t[k++] as number;
    const group: TerminalEntry[] = [];
    for (let e = 0; e < count; e++) {
      const entry = entries[t[k++] as number];
      if (!entry || node >= n) throw new Error('matcher snapshot: terminal points outside the tables');
      group.push(terminalEntry(entry));
    }
    terminal[node] = groups.length;
    groups.push(group);
  }
  const firstChild = linkChildren(childCount);
  return { labels, childCount, firstChild, terminal, groups, size: entries.length, rootChild: rootTable(labels, firstChild, childCount) };
}

export function loadMatcherSnapshot(snapshot: MatcherSnapshot): Matcher {
  const matcher = matcherOf(loadTrieSnapshot(snapshot));
  return snapshot.ordinaryWords ? { ...matcher, ordinaryWords: new Set(snapshot.ordinaryWords) } : matcher;
}
