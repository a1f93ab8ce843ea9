import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { buildDictionary } from '../dictionary/build-dictionary';
import { extractBlocks, type TextBlock } from '../extract/extract-blocks';
import { joinBlocks } from '../extract/page-text';
import { compileMatcher } from '../match/compile-matcher';
import type { Mention } from '../model/mention';
import { analyseText } from './page-pipeline';

// Issue 21: a page whose text is one huge text node is matched and resolved in overlapping pieces.
// Equivalence, not content: whatever the corpus holds, the pieces must find what one pass finds.
const corpus = loadBundledCorpus();
const matcher = compileMatcher(buildDictionary(corpus));
const date = { date: '2016-10-01', source: 'meta' as const };
const files = ['hawaii-informal-meeting.html', 'jakarta-asean-japan.html', 'matching-cases.html', 'hawaii-informal-meeting.html'];

/** The fixtures' text as one text node: the blocks run on, one sentence after another. */
function oneNodePage() {
  const text = files
    .flatMap((f) => extractBlocks(parseHTML(readFileSync(`test/fixtures/${f}`, 'utf8')).document))
    .map((b) => b.text.replace(/\s+/g, ' ').trim())
    .join(' ');
  const node = parseHTML(`<p>${'x'}</p>`).document.createTextNode(text);
  const block: TextBlock = { text, nodes: [node as unknown as Text], starts: [0] };
  return joinBlocks([block]);
}

const key = (m: Mention) => `${m.start}:${m.end}:${m.kind}:${m.id}:${m.via}:${m.flags.map((f) => f.type).join('+')}`;

describe('a page of one huge text node', () => {
  const page = oneNodePage();
  const whole = analyseText({ page, matcher, corpus, date, pieceChars: Number.POSITIVE_INFINITY, chunkChars: Number.POSITIVE_INFINITY });

  it('is long enough to be cut, and holds many mentions', () => {
    expect(page.text.length).toBeGreaterThan(6000);
    expect(whole.length).toBeGreaterThan(20);
  });

  it.each([600, 1500, 3000])('gives the same mentions read in pieces of %i characters as in one pass', (size) => {
    const pieces = analyseText({ page, matcher, corpus, date, pieceChars: size, chunkChars: size });
    expect(pieces.map(key)).toEqual(whole.map(key));
  });

  it('finds each mention once, at its own place in the text', () => {
    const pieces = analyseText({ page, matcher, corpus, date, pieceChars: 600, chunkChars: 600 });
    for (const m of pieces) expect(page.text.slice(m.start, m.end)).toBe(m.text);
    expect(new Set(pieces.map((m) => m.start)).size).toBe(pieces.length);
  });
});
