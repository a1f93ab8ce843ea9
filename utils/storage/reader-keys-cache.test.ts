import { describe, expect, it } from 'vitest';
import { CORPUS_REVISION_KEY } from './corpus-revision';
import { freshReaderKeys, READER_KEYS_KEY, readerKeysEntry } from './reader-keys-cache';

describe('the cached reader keys', () => {
  it('are used for the revision and corpus version they were made for', () => {
    const stored = { [CORPUS_REVISION_KEY]: 'r1', ...readerKeysEntry({ revision: 'r1', version: 'v1', keys: ['^soares'] }) };
    expect(freshReaderKeys(stored, 'v1')).toEqual(['^soares']);
  });

  it('before any write to the corpus: no revision on either side', () => {
    expect(freshReaderKeys(readerKeysEntry({ revision: undefined, version: 'v1', keys: [] }), 'v1')).toEqual([]);
  });

  it('are stale after a write (another revision) or an update (another bundled version), and missing when never written', () => {
    const entry = readerKeysEntry({ revision: 'r1', version: 'v1', keys: ['^soares'] });
    expect(freshReaderKeys({ [CORPUS_REVISION_KEY]: 'r2', ...entry }, 'v1')).toBeUndefined();
    expect(freshReaderKeys({ [CORPUS_REVISION_KEY]: 'r1', ...entry }, 'v2')).toBeUndefined();
    expect(freshReaderKeys(readerKeysEntry({ revision: undefined, version: 'v1', keys: [] }), 'v1')).toEqual([]);
    expect(
      freshReaderKeys({ [CORPUS_REVISION_KEY]: 'r1', ...readerKeysEntry({ revision: undefined, version: 'v1', keys: [] }) }, 'v1'),
    ).toBeUndefined();
    expect(freshReaderKeys({}, 'v1')).toBeUndefined();
  });

  it('are not trusted when malformed', () => {
    expect(freshReaderKeys({ [READER_KEYS_KEY]: { revision: null, version: 'v1', keys: [3] } }, 'v1')).toBeUndefined();
    expect(freshReaderKeys({ [READER_KEYS_KEY]: 'keys' }, 'v1')).toBeUndefined();
  });
});
