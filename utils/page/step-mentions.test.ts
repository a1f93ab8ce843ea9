import { describe, expect, it } from 'vitest';
import { MENTION_KINDS, type MentionKind } from '../model/mention';
import { stepMention } from './step-mentions';

const pm = (name: string, kind: MentionKind = 'person', isConnected = true) => ({ name, mention: { kind }, startNode: { isConnected } });
const placed = [pm('a'), pm('b', 'term'), pm('c', 'person', false), pm('d', 'meeting')];
const all: readonly MentionKind[] = MENTION_KINDS;
const step = (from: number | undefined, direction: 1 | -1, kinds = all) =>
  stepMention({ placed, from: from === undefined ? undefined : placed[from], direction, kinds })?.name;

describe('stepMention', () => {
  it('starts at the first mention going forward and the last going back', () => {
    expect(step(undefined, 1)).toBe('a');
    expect(step(undefined, -1)).toBe('d');
  });

  it('skips mentions that left the page and wraps around', () => {
    expect(step(1, 1)).toBe('d');
    expect(step(3, 1)).toBe('a');
    expect(step(0, -1)).toBe('d');
  });

  it('skips kinds the reader does not mark', () => {
    expect(step(0, 1, ['person', 'meeting'])).toBe('d');
    expect(step(undefined, 1, ['organization'])).toBeUndefined();
  });

  it('finds nothing on an empty page', () => {
    expect(stepMention({ placed: [], from: undefined, direction: 1, kinds: all })).toBeUndefined();
  });
});
