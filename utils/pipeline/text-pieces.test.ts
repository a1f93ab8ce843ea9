import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../match/compile-matcher';
import { findMatches } from '../match/find-matches';
import { testEntry } from '../match/test-entry';
import { findInPieces, textPieces } from './text-pieces';

const matcher = compileMatcher([testEntry('Ng Eng Hen', 'ng'), testEntry('Eng Hen', 'eng-hen'), testEntry('HADR', 'hadr', true, 'term')]);
const inPieces = (text: string, size: number, overlap: number) =>
  [...findInPieces(text, (piece) => findMatches(matcher, piece), { size, overlap })].flat();

describe('textPieces', () => {
  it('leaves a text of up to one piece whole', () => {
    expect(textPieces('short text', { size: 100 })).toEqual([{ start: 0, end: 10, ownStart: 0, ownEnd: 10 }]);
  });

  it('owns every character exactly once, in order, and reads context either side at spaces', () => {
    const text = 'word '.repeat(2000);
    const pieces = textPieces(text, { size: 1000, overlap: 50 });
    expect(pieces.length).toBeGreaterThan(9);
    expect(pieces[0]?.ownStart).toBe(0);
    expect(pieces.at(-1)?.ownEnd).toBe(text.length);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]?.ownStart).toBe(pieces[i - 1]?.ownEnd);
    for (const p of pieces) {
      expect(p.ownEnd - p.ownStart).toBeLessThanOrEqual(1000);
      expect(p.start).toBeLessThanOrEqual(p.ownStart);
      expect(p.end).toBeGreaterThanOrEqual(p.ownEnd);
      // The read stretch starts after a space and ends before one: no word is cut at its edges.
      if (p.start > 0) expect(text[p.start - 1]).toBe(' ');
      if (p.end < text.length) expect(text[p.end]).toBe(' ');
    }
  });

  it('cuts a text without spaces too', () => {
    const pieces = textPieces('x'.repeat(5000), { size: 1000, overlap: 50 });
    expect(pieces.map((p) => p.ownEnd - p.ownStart)).toEqual([1000, 1000, 1000, 1000, 1000]);
  });
});

describe('findInPieces', () => {
  it('finds a name that straddles a piece boundary exactly once, at its place in the whole text', () => {
    const before = 'the ministers met '.repeat(60);
    const text = `${before}Ng Eng Hen spoke about HADR. ${before}`;
    const whole = findMatches(matcher, text).map((m) => [m.start, m.end, m.entries[0]?.target]);
    const name = { start: before.length, end: before.length + 'Ng Eng Hen'.length };
    let straddled = 0;
    // Piece boundaries before, inside and after the name (boundaries move to a word's start: before
    // "Eng" and before "Hen", where the second piece would read "Eng Hen", another entry, if it kept it).
    for (let size = before.length - 3; size <= before.length + 12; size++) {
      if (textPieces(text, { size, overlap: 40 }).some((p) => p.ownEnd > name.start && p.ownEnd < name.end)) straddled++;
      const found = inPieces(text, size, 40);
      expect(found.map((m) => [m.start, m.end, m.entries[0]?.target])).toEqual(whole);
      expect(found.filter((m) => m.text === 'Ng Eng Hen')).toHaveLength(1);
      expect(text.slice(found[0]?.start, found[0]?.end)).toBe('Ng Eng Hen');
    }
    expect(straddled).toBeGreaterThan(3);
  });

  it('finds in pieces what one pass finds, over a long text with many names', () => {
    const words = ['security', 'Ng', 'Eng', 'Hen', 'HADR', 'the', 'talks', 'maritime'];
    let text = '';
    for (let i = 0; i < 6000; i++) text += `${words[(i * 7 + (i >> 3)) % words.length]} `;
    const key = (m: { start: number; end: number; text: string }) => `${m.start}:${m.end}:${m.text}`;
    const whole = findMatches(matcher, text).map(key);
    expect(whole.length).toBeGreaterThan(100);
    for (const size of [700, 1000, 4096]) expect(inPieces(text, size, 60).map(key)).toEqual(whole);
  });
});
