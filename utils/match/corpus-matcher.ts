/**
 * The matcher for a corpus. At build time the bundled corpus is compiled into a snapshot; at run
 * time the page loads it and layers the reader's own records on top: entries of records the reader
 * added or edited are compiled (a handful, so it is cheap), and the bundled entries of edited or
 * deleted records are suppressed. A snapshot from another corpus version is ignored and the whole
 * dictionary is compiled instead, so a stale snapshot can cost time but never correctness.
 */
import type { Corpus } from '../corpus/schema';
import { buildDictionary } from '../dictionary/build-dictionary';
import { compileMatcher, compileTrie, type Matcher } from './compile-matcher';
import { loadMatcherSnapshot, type MatcherSnapshot, snapshotTrie } from './matcher-snapshot';
import { ordinaryWordsNearNames } from './ordinary-words';
import { buildUserLayer, type UserLayer, withUserLayer } from './user-layer';

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
  /** The reader's records compiled by the background (user-layer.ts); compiled here when missing or stale. */
  userLayer?: UserLayer | undefined;
}

export function matcherForCorpus({ snapshot, corpus, userIds, userLayer }: CorpusMatcherInput): Matcher {
  if (!snapshot || snapshot.version !== corpus.version) return compileMatcher(buildDictionary(corpus));
  let base: Matcher;
  try {
    base = loadMatcherSnapshot(snapshot);
  } catch {
    return compileMatcher(buildDictionary(corpus));
  }
  if (userLayer && userLayer.version === corpus.version) {
    try {
      return withUserLayer(base, userLayer);
    } catch {
      // A layer that does not load: compiled here instead, as below.
    }
  }
  return withUserLayer(
    base,
    buildUserLayer(
      corpus,
      userIds,
      snapshot.entries.map(([, , target]) => target),
    ),
  );
}
