import { describe, expect, it } from 'vitest';
import { findHeads, HEAD_PATTERN } from './meeting-descriptions';

/** The plain way: the head pattern over the whole text. The fast search must agree with it. */
function fullScan(text: string): { index: number; text: string; informal: string | undefined }[] {
  return [...text.matchAll(new RegExp(HEAD_PATTERN, 'giu'))].map((m) => ({ index: m.index, text: m[0], informal: m[1] }));
}
const fast = (text: string) => findHeads(text).map((m) => ({ index: m.index, text: m[0], informal: m[1] }));

describe('findHeads', () => {
  it('finds the meeting words a full scan finds, in awkward places too', () => {
    const cases = [
      'Meeting at the start, an informal meeting, an Informal   \n Summit and informal talks',
      'premeeting and meetings are not heads; the retreat, the dialogue, consultations and a consultation are',
      'uninformal meeting, informalmeeting, informal-meeting, INFORMAL MEETING',
      'back to back: talks talks summit; ends with a summit',
      `${'x'.repeat(40)}informal${' '.repeat(50)}dialogue`,
      'the ſummit (long s folds to s under Unicode case folding)',
    ];
    for (const text of cases) expect(fast(text), text).toEqual(fullScan(text));
  });

  it('agrees with a full scan on a long generated text', () => {
    const parts = ['the', 'informal', 'meeting', 'Summit', 'xtalks', 'retreats', 'dialogue', 'said', '\n\n', 'consultations', 'ASEAN'];
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const words: string[] = [];
    for (let i = 0; i < 20_000; i++) words.push(parts[Math.floor(next() * parts.length)] as string);
    const text = words.join(next() < 0.5 ? ' ' : '  ');
    const expected = fullScan(text);
    expect(expected.length).toBeGreaterThan(1000);
    expect(fast(text)).toEqual(expected);
  });
});
