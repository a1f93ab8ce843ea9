import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { buildDictionary } from '../dictionary/build-dictionary';
import { extractBlocks } from '../extract/extract-blocks';
import { joinBlocks } from '../extract/page-text';
import { compileMatcher } from '../match/compile-matcher';
import type { RawMatch } from '../model/dictionary-entry';
import type { ArticleDate } from '../model/mention';
import { dictionaryStage } from './match-stages';
import { resolveInChunks } from './resolve-in-chunks';

// Equivalence, not content: whatever the corpus holds, resolving in chunks must give what one
// piece gives. The demo articles are the input because they exercise titles, short names after
// full names, role phrases, ordinals and descriptions.
const corpus = loadBundledCorpus();
const matcher = compileMatcher(buildDictionary(corpus));
const blocksOf = (file: string) => extractBlocks(parseHTML(readFileSync(`test/fixtures/${file}`, 'utf8')).document);

function resolveBoth(files: string[], date: ArticleDate, chunkChars: number) {
  const page = joinBlocks(files.flatMap(blocksOf));
  const matches: RawMatch[] = [];
  for (const _ of dictionaryStage.run({ page, matcher, corpus, into: matches }));
  const chunks = [...resolveInChunks({ page, matches, corpus, date, chunkChars })];
  const whole = [...resolveInChunks({ page, matches, corpus, date, chunkChars: Number.POSITIVE_INFINITY })];
  return { page, chunks, chunked: chunks.flat(), whole: whole.flat() };
}

describe('resolveInChunks', () => {
  it('resolves a page shorter than a chunk in one piece', () => {
    const { chunks } = resolveBoth(['jakarta-asean-japan.html'], { date: '2023-11-15', source: 'meta' }, 1_000_000);
    expect(chunks).toHaveLength(1);
  });

  it.each([200, 700, 3000])('gives the same mentions in chunks of %i characters as in one piece', (size) => {
    const files = ['hawaii-informal-meeting.html', 'jakarta-asean-japan.html', 'matching-cases.html', 'hawaii-informal-meeting.html'];
    const { chunks, chunked, whole, page } = resolveBoth(files, { date: '2016-10-01', source: 'meta' }, size);
    expect(chunks.length).toBeGreaterThan(2);
    expect(whole.length).toBeGreaterThan(20);
    expect(chunked).toEqual(whole);
    for (const m of chunked) expect(page.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('still finds a short name whose full name came in an earlier chunk', () => {
    const { chunked, page } = resolveBoth(['jakarta-asean-japan.html'], { date: '2023-11-15', source: 'meta' }, 200);
    const lastGiang = page.text.lastIndexOf('Giang said');
    expect(chunked.find((m) => m.start === lastGiang)).toMatchObject({ via: 'short-name', id: 'phan-van-giang' });
  });
});

describe('resolveInChunks: a rescan of part of a page', () => {
  const resolveText = (text: string, namedElsewhere?: string[]) => {
    const page = joinBlocks([{ text, nodes: [], starts: [] }]);
    const matches: RawMatch[] = [];
    for (const _ of dictionaryStage.run({ page, matcher, corpus, into: matches }));
    return [...resolveInChunks({ page, matches, corpus, date: { date: '2025-01-10', source: 'meta' }, namedElsewhere })].flat();
  };

  it('resolves a short name whose full name is elsewhere on the page, at its own offsets, and not without it', () => {
    const text = 'Later, Kihara said the drills would go on.';
    expect(resolveText(text)).toEqual([]);
    const found = resolveText(text, ['minoru-kihara']);
    expect(found).toMatchObject([{ id: 'minoru-kihara', via: 'short-name', text: 'Kihara' }]);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('Kihara');
  });
});
