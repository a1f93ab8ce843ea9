/**
 * The reader's own records as a compiled layer over the bundled snapshot (issue 21). The background
 * builds it once per corpus revision and keeps it in the database (the MV3 worker may die at any
 * time); every page and frame receives it ready to load, instead of compiling the reader's records
 * again on every load (5,000 people with 50 aliases each took seconds in each frame).
 */
import type { Corpus } from '../corpus/schema';
import { buildDictionary } from '../dictionary/build-dictionary';
import { compileTrie, type Matcher, type MatcherLayer } from './compile-matcher';
import { loadTrieSnapshot, type MatcherSnapshot, snapshotTrie } from './matcher-snapshot';

export const USER_LAYER_FORMAT = 1;

export interface UserLayer {
  format: typeof USER_LAYER_FORMAT;
  /** The bundled corpus version the layer was built over (a page with another one compiles its own). */
  version: string;
  /** Bundled targets the layer hides: records the reader edited or deleted. */
  suppress: string[];
  /** The reader's records compiled, or none when they add no form. */
  layer: MatcherSnapshot | undefined;
}

/** The layer for a corpus: `snapshotTargets` are the targets of the bundled snapshot's entries. */
export function buildUserLayer(corpus: Corpus, userIds: readonly string[], snapshotTargets: Iterable<string>): UserLayer {
  const changed = new Set(userIds);
  // Role phrases name an office through its country: a country the reader edited changes them all.
  for (const office of corpus.offices) if (changed.has(office.country)) changed.add(office.id);
  const present = new Set<string>();
  for (const list of [corpus.people, corpus.terms, corpus.meetings, corpus.offices]) for (const r of list) present.add(r.id);
  const suppress = new Set(changed);
  for (const target of snapshotTargets) if (!present.has(target)) suppress.add(target);
  const mine = <T extends { id: string }>(list: T[]) => list.filter((r) => changed.has(r.id));
  const add = buildDictionary({
    ...corpus,
    people: mine(corpus.people),
    terms: mine(corpus.terms),
    meetings: mine(corpus.meetings),
    offices: mine(corpus.offices),
  });
  const layer = add.length > 0 ? snapshotTrie(compileTrie(add), corpus.version) : undefined;
  return { format: USER_LAYER_FORMAT, version: corpus.version, suppress: [...suppress], layer };
}

/** The bundled matcher with the reader's layer on top; throws on a layer that does not hang together. */
export function withUserLayer(base: Matcher, user: UserLayer): Matcher {
  if (user.format !== USER_LAYER_FORMAT) throw new Error(`user layer format ${String(user.format)} is not ${USER_LAYER_FORMAT}`);
  if (user.suppress.length === 0 && !user.layer) return base;
  const layers: MatcherLayer[] = base.layers.map((l) => ({ trie: l.trie, suppressed: new Set([...l.suppressed, ...user.suppress]) }));
  if (user.layer) layers.push({ trie: loadTrieSnapshot(user.layer), suppressed: new Set() });
  return {
    layers,
    size: layers.reduce((n, l) => n + l.trie.size, 0),
    ...(base.ordinaryWords ? { ordinaryWords: base.ordinaryWords } : {}),
  };
}
