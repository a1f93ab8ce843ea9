/**
 * The matcher for a corpus. At build time the bundled corpus is compiled into a snapshot; at run
 * time the page loads it and layers the reader's own records on top: entries of records the reader
 * added or edited are compiled (a handful, so it is cheap), and the bundled entries of edited or
 * deleted records are suppressed. A snapshot from another corpus version is ignored and the whole
 * dictionary is compiled instead, so a stale snapshot can cost time but never correctness.
 */
import type { Corpus } from '../corpus/schema';
import { buildDictionary } from '../dictionary/build-dictionary';
import { compileMatcher, compileTrie, layerMatcher, type Matcher } from './compile-matcher';
import { loadMatcherSnapshot, type MatcherSnapshot, snapshotTrie } from './matcher-snapshot';
import { ordinaryWordsNearNames } from './ordinary-words';

/** `words`: an English word list (build time only), from which the words near a name part are kept. */
export function buildMatcherSnapshot(corpus: Corpus, { words }: { words?: Iterable<string> } = {}): MatcherSnapshot {
  return snapshotTrie(compileTrie(buildDictionary(corpus)), corpus.version, words ? ordinaryWordsNearNames(corpus, words) : undefined);
}

export interface CorpusMatcherInput {
  /** The build-time snapshot of the bundled corpus, when there is one. */
  snapshot: MatcherSnapshot | undefined;
  /** The visible corpus: bundled records merged with the reader's. */
  corpus: Corpus;
  /** Ids of the reader's records (new ones and edits of bundled ones). */
  userIds: readonly string[];
}

export function matcherForCorpus({ snapshot, corpus, userIds }: CorpusMatcherInput): Matcher {
  if (!snapshot || snapshot.version !== corpus.version) return compileMatcher(buildDictionary(corpus));
  let base: Matcher;
  try {
    base = loadMatcherSnapshot(snapshot);
  } catch {
    return compileMatcher(buildDictionary(corpus));
  }
  const changed = new Set(userIds);
  // Role phrases name an office through its country: a country the reader edited changes them all.
  for (const office of corpus.offices) if (changed.has(office.country)) changed.add(office.id);
  const present = new Set<string>();
  for (const list of [corpus.people, corpus.terms, corpus.meetings, corpus.offices]) for (const r of list) present.add(r.id);
  const suppress = new Set(changed);
  for (const [, , target] of snapshot.entries) if (!present.has(target)) suppress.add(target);
  if (suppress.size === 0) return base;
  const mine = <T extends { id: string }>(list: T[]) => list.filter((r) => changed.has(r.id));
  const add = buildDictionary({
    ...corpus,
    people: mine(corpus.people),
    terms: mine(corpus.terms),
    meetings: mine(corpus.meetings),
    offices: mine(corpus.offices),
  });
  return layerMatcher(base, { add, suppress });
}
