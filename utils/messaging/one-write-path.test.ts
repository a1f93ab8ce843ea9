/**
 * The background owns the corpus: no extension page, component or content script may write the
 * database or bump the revision itself. Read from the sources, so that a new direct write fails here
 * before it ships. The one direct open outside the background is the popup's read of the cached
 * search index (components/popup/use-corpus-search.ts, ten times faster than a message), which must
 * stay read-only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const PAGE_FOLDERS = ['components', 'entrypoints/options', 'entrypoints/popup', 'entrypoints/content'];
const READ_ONLY_OPENER = 'components/popup/use-corpus-search.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const WRITERS = /\b(putRecord|deleteRecord|resetRecord|seedBundled|applyImport|resetAll|notifyCorpusChanged|cachedSearch)\b/;
const OPENERS = /\b(openCorpusDb|indexedDB\.open|openDB)\b/;

describe('one write path', () => {
  const files = PAGE_FOLDERS.flatMap((f) => sources(join(ROOT, f))).map((path) => ({
    path: relative(ROOT, path),
    text: readFileSync(path, 'utf8'),
  }));

  it('finds the page sources it checks', () => {
    expect(files.map((f) => f.path)).toContain('entrypoints/options/OptionsApp.tsx');
    expect(files.map((f) => f.path)).toContain(READ_ONLY_OPENER);
  });

  it('no page, component or content script calls a storage write or bumps the revision', () => {
    expect(files.filter((f) => WRITERS.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('only the popup’s search-index read opens the database outside the background, and it never writes', () => {
    expect(files.filter((f) => OPENERS.test(f.text)).map((f) => f.path)).toEqual([READ_ONLY_OPENER]);
    const opener = files.find((f) => f.path === READ_ONLY_OPENER)?.text ?? '';
    expect(opener).not.toMatch(/readwrite|\.put\(|\.add\(|\.delete\(|\.clear\(/);
  });
});
