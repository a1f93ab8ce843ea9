import { describe, expect, it } from 'vitest';
import { decodeImportBytes, duplicateKey, firstInvalidUtf8 } from './file-checks';
import { MAX_LISTED_INVALID, parseImport } from './parse-import';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeImportBytes', () => {
  it('decodes UTF-8, accents and all', () => {
    expect(decodeImportBytes(utf8('{"label":"Nguyễn Chí Vịnh"}'))).toEqual({ ok: true, value: '{"label":"Nguyễn Chí Vịnh"}' });
  });

  it('refuses bytes that are not UTF-8, naming the byte, line and column', () => {
    const bytes = new Uint8Array([...utf8('{\n  "label": "Caf'), 0xe9, ...utf8('"\n}')]);
    const r = decodeImportBytes(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/byte 18 \(0xE9, line 2, column 16\)/);
  });

  it('finds overlong forms, surrogates and cut-off sequences', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(utf8('ok ✓ 𝄞'))).toBe(-1);
  });
});

describe('duplicateKey', () => {
  it('finds a top-level key given twice, and parseImport refuses the file saying so', () => {
    const text = '{"format":"defence-lens-corpus","version":2,\n"people":[],\n"people":[]}';
    expect(duplicateKey(text)).toEqual({ path: '', key: 'people', line: 3 });
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/top-level key "people" twice \(line 3\)/);
  });

  it('names the record for a key twice inside it, escapes read as JSON reads them', () => {
    expect(duplicateKey('{"terms":[{"id":"a"},{"id":"b","label":"x","l\\u0061bel":"y"}]}')).toEqual({
      path: 'terms[1]',
      key: 'label',
      line: 1,
    });
  });

  it('lets the same key in different objects, and keys in strings, through', () => {
    expect(duplicateKey('{"a":{"id":1},"b":{"id":2},"c":["{\\"a\\":1,\\"a\\":2}"]}')).toBeUndefined();
  });
});

describe('bounded errors', () => {
  it(`lists the first ${MAX_LISTED_INVALID} invalid records and counts the rest`, () => {
    const text = JSON.stringify({ format: 'defence-lens-corpus', version: 2, terms: Array.from({ length: 250 }, () => ({ id: 'x' })) });
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.invalid).toHaveLength(MAX_LISTED_INVALID);
      expect(parsed.unlisted).toBe(250 - MAX_LISTED_INVALID);
    }
  });
});

describe('alias cap', () => {
  it('refuses a file whose records hold more aliases in all than the cap, saying how many', async () => {
    const { MAX_IMPORT_ALIASES } = await import('./parse-import');
    const per = 50;
    const n = Math.floor(MAX_IMPORT_ALIASES / per) + 1;
    const source = { title: 'T', publisher: 'P', date: null, url: 'https://example.org/' };
    const terms = Array.from({ length: n }, (_, i) => ({
      id: `t-${i}`,
      label: `Term ${i}`,
      category: 'concept',
      definition: 'd',
      sources: [source],
      aliases: Array.from({ length: per }, (_, k) => `Term ${i} alias ${k}`),
    }));
    const parsed = parseImport(JSON.stringify({ format: 'defence-lens-corpus', version: 2, terms }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/250,050 aliases in all; at most 250,000/);
  }, 60_000);
});
