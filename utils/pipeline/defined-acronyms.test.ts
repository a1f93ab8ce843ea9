import { describe, expect, it } from 'vitest';
import { joinBlocks } from '../extract/page-text';
import { compileMatcher } from '../match/compile-matcher';
import { testEntry } from '../match/test-entry';
import type { RawMatch } from '../model/dictionary-entry';
import { handMadeCorpus } from '../resolve/test-support/hand-made-corpus';
import { definedAcronymStage, initialsFit } from './defined-acronyms';
import { dictionaryStage } from './match-stages';

const matcher = compileMatcher([
  testEntry('ADMM Direct Communications Infrastructure', 'adi', false, 'term'),
  testEntry('Guidelines for Maritime Interaction', 'gmi', false, 'term'),
  testEntry('Ng Eng Hen', 'ng-eng-hen'),
]);

/** The dictionary stage then the defined-acronyms stage over blocks of text. */
function run(...blocks: string[]): RawMatch[] {
  const page = joinBlocks(blocks.map((text) => ({ text, nodes: [], starts: [] })));
  const into: RawMatch[] = [];
  for (const stage of [dictionaryStage, definedAcronymStage]) for (const _ of stage.run({ page, matcher, corpus: handMadeCorpus(), into }));
  return into;
}
const acronyms = (matches: RawMatch[]) => matches.filter((m) => /^[A-Z]{2,}$/.test(m.text)).map((m) => [m.text, m.entries[0]?.target]);

describe('acronyms a page defines', () => {
  it('link the parenthesised acronym and every later bare one to the term, across blocks', () => {
    const found = run(
      'They noted the ADMM Direct Communications Infrastructure (DCI) and its use.',
      'Members should use the DCI link; DCI-based drills too.',
    );
    expect(acronyms(found)).toEqual([
      ['DCI', 'adi'],
      ['DCI', 'adi'],
    ]);
  });

  it('need the initials of the form, a term before them, and count only after the definition', () => {
    expect(acronyms(run('The GMI came first. The Guidelines for Maritime Interaction (GMI) came later.'))).toEqual([['GMI', 'gmi']]);
    expect(acronyms(run('the Guidelines for Maritime Interaction (CUES), then CUES'))).toEqual([]);
    expect(acronyms(run('Dr Ng Eng Hen (NEH) spoke; NEH left.'))).toEqual([]);
    expect(acronyms(run('the DCI (DCI) is unknown here'))).toEqual([]);
  });

  it('checks initials against the last words, small words skipped', () => {
    expect(initialsFit('GMI', 'Guidelines for Maritime Interaction')).toBe(true);
    expect(initialsFit('LSF', "ASEAN Militaries' Logistics Support Framework")).toBe(true);
    expect(initialsFit('IFC', 'Information Fusion Centre')).toBe(true);
    expect(initialsFit('XYZ', 'Information Fusion Centre')).toBe(false);
    expect(initialsFit('I', 'Information')).toBe(false);
  });
});
