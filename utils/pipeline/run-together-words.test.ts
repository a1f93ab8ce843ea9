import { describe, expect, it } from 'vitest';
import { joinBlocks } from '../extract/page-text';
import { compileMatcher } from '../match/compile-matcher';
import { testEntry } from '../match/test-entry';
import type { RawMatch } from '../model/dictionary-entry';
import { handMadeCorpus } from '../resolve/test-support/hand-made-corpus';
import { dictionaryStage } from './match-stages';
import { respace, runTogetherWordsStage } from './run-together-words';

const matcher = compileMatcher([
  testEntry('South China Sea', 'scs', false, 'term'),
  testEntry('ASEAN Regional Forum', 'arf', false, 'term'),
  testEntry('Malacca Strait', 'malacca', false, 'term'),
  testEntry('Eng Hen', 'ng-eng-hen'),
]);

function run(...blocks: string[]): RawMatch[] {
  const page = joinBlocks(blocks.map((text) => ({ text, nodes: [], starts: [] })));
  const into: RawMatch[] = [];
  for (const stage of [dictionaryStage, runTogetherWordsStage])
    for (const _ of stage.run({ page, matcher, corpus: handMadeCorpus(), into }));
  return into;
}

describe('words run together by a bad extraction', () => {
  it("do not stop a multi-word term, and the offsets are the page's", () => {
    const text = 'Stability in the South ChinaSea and the role of the ASEAN RegionalForum.';
    const found = run('An earlier block.', text);
    expect(found.map((m) => [m.text, m.entries[0]?.target])).toEqual([
      ['South ChinaSea', 'scs'],
      ['ASEAN RegionalForum', 'arf'],
    ]);
    const page = joinBlocks(['An earlier block.', text].map((t) => ({ text: t, nodes: [], starts: [] })));
    for (const m of found) expect(page.text.slice(m.start, m.end)).toBe(m.text);
    expect(run('Patrols in the MalaccaStrait.').map((m) => m.text)).toEqual(['MalaccaStrait']);
  });

  it('leave people and text without joins alone', () => {
    expect(run('Dr EngHen spoke in the South China Sea.').map((m) => m.text)).toEqual(['South China Sea']);
    expect(run('McDonald and JavaScript in YouTube videos')).toEqual([]);
  });

  it('respace a text and map every character back', () => {
    const r = respace('South ChinaSea');
    expect(r.text).toBe('South China Sea');
    expect(r.spaces).toEqual([11]);
    expect(r.origin[12]).toBe(11);
  });
});
