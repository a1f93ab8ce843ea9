import { describe, expect, it } from 'vitest';
import {
  COLLECTION_KEYS,
  COLLECTION_OF,
  CORPUS_FORMAT,
  CORPUS_FORMAT_VERSION,
  corpusFileSchema,
  declaredFormatVersion,
  FILE_IMPORTERS,
  readCorpusFileWrapper,
} from './corpus-file';
import { RECORD_KINDS } from './schema';

const source = { title: 'T', publisher: 'P', date: null, url: 'https://example.org/' };
const term = { id: 'my-term', label: 'My Term', category: 'concept', definition: 'd', sources: [source] };

describe('corpus file versions', () => {
  it('has an importer for every format version up to the current one', () => {
    expect(Object.keys(FILE_IMPORTERS).map(Number)).toEqual(Array.from({ length: CORPUS_FORMAT_VERSION }, (_, i) => i + 1));
  });

  it.each([
    ['no version', { terms: [term] }],
    ['a free label', { format: CORPUS_FORMAT, version: '2026-11-25', terms: [term] }],
    ['the number 1', { version: 1, terms: [term] }],
  ])('reads a version-1 file with %s and upgrades it to the current version', (_what, file) => {
    const r = readCorpusFileWrapper(file);
    expect(r).toEqual({ ok: true, readAs: 1, file: { format: CORPUS_FORMAT, version: CORPUS_FORMAT_VERSION, terms: [term] } });
  });

  it('reads a file of the current version as it is', () => {
    const file = { format: CORPUS_FORMAT, version: 2, terms: [term], hidden: ['admm'] };
    expect(readCorpusFileWrapper(file)).toEqual({ ok: true, readAs: 2, file });
  });

  it('refuses a newer format version, a version that is not a whole number, and a version-2 file that does not say what it is', () => {
    const newer = readCorpusFileWrapper({ format: CORPUS_FORMAT, version: CORPUS_FORMAT_VERSION + 1, terms: [] });
    expect(newer).toEqual({ ok: false, error: expect.stringMatching(/format version 3, newer .*update the extension/) });
    expect(readCorpusFileWrapper({ version: 1.5, terms: [] })).toEqual({ ok: false, error: expect.stringMatching(/^"version" must be/) });
    expect(readCorpusFileWrapper({ version: 0, terms: [] })).toEqual({ ok: false, error: expect.stringMatching(/^"version" must be/) });
    expect(readCorpusFileWrapper({ version: 2, terms: [] })).toEqual({ ok: false, error: expect.stringMatching(/"format".*is required/) });
    expect(declaredFormatVersion({ version: 'label' })).toBe(1);
  });

  it('names the first problem of a malformed wrapper, an unknown key before the rest', () => {
    expect(readCorpusFileWrapper({ spaceships: [], format: 'x' })).toMatchObject({
      error: expect.stringMatching(/^Unknown top-level key "spaceships"/),
    });
    expect(readCorpusFileWrapper({ format: CORPUS_FORMAT, version: 2, people: {} })).toMatchObject({ error: '"people" must be an array.' });
    expect(readCorpusFileWrapper({ format: CORPUS_FORMAT, version: 2 })).toMatchObject({ error: expect.stringMatching(/holds no/) });
  });

  it('the full schema checks records too, and files each kind under one collection', () => {
    expect(corpusFileSchema.safeParse({ format: CORPUS_FORMAT, version: 2, terms: [term] }).success).toBe(true);
    expect(corpusFileSchema.safeParse({ format: CORPUS_FORMAT, version: 2, terms: [{ ...term, id: 'Bad Id' }] }).success).toBe(false);
    expect(RECORD_KINDS.map((k) => COLLECTION_OF[k]).sort()).toEqual([...COLLECTION_KEYS].sort());
  });
});
