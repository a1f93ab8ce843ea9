/**
 * Compiles dictionary entries into a trie over folded, lower-cased forms. Children are kept in
 * Maps keyed by UTF-16 unit; terminal nodes hold the entries whose form ends there.
 */
import type { DictionaryEntry } from './dictionary-entry';
import { normaliseForm } from './normalise';

export interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  /** Entries ending here, with each case-sensitive entry's exact folded form for the case check. */
  entries: { entry: DictionaryEntry; exact: string | undefined }[] | undefined;
}

export interface Matcher {
  root: TrieNode;
  size: number;
}

const node = (): TrieNode => ({ next: undefined, entries: undefined });

export function compileMatcher(entries: readonly DictionaryEntry[]): Matcher {
  const root = node();
  let size = 0;
  for (const entry of entries) addEntry(root, entry) && size++;
  return { root, size };
}

/** Adds one entry to a compiled matcher (user records on top of the bundled dictionary). */
export function addEntry(root: TrieNode, entry: DictionaryEntry): boolean {
  const key = normaliseForm(entry.form);
  if (key.length === 0) return false;
  let at = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    at.next ??= new Map();
    let child = at.next.get(c);
    if (!child) {
      child = node();
      at.next.set(c, child);
    }
    at = child;
  }
  at.entries ??= [];
  if (at.entries.some((e) => e.entry.target === entry.target && e.entry.via === entry.via && e.entry.kind === entry.kind)) return false;
  at.entries.push({ entry, exact: entry.caseSensitive ? normaliseForm(entry.form, true) : undefined });
  return true;
}
