import { describe, expect, it } from 'vitest';
import { handMadeCorpus, person } from './test-support/hand-made-corpus';
import { resolveText } from './test-support/resolve-text';

const corpus = handMadeCorpus();
corpus.people.push(person('kim-seon-ho', 'Kim Seon-ho', 'KR', [], { shortNames: [] }));
const people = (text: string) =>
  resolveText(text, '2021-10-20', corpus)
    .filter((m) => m.kind === 'person')
    .map((m) => m.text);

describe('names that belong to someone else', () => {
  it('marks no mention of a name the page gives to an actor', () => {
    expect(people('Actor Kim Seon-ho apologised on Wednesday. Kim Seon-ho said he was sorry.')).toEqual([]);
  });

  it('reads the occupation as a whole word right before the name, two-word ones too', () => {
    expect(people('The tennis player Kim Seon-ho won in straight sets.')).toEqual([]);
    expect(people('Visiting film star\u00a0Kim Seon-ho waved.')).toEqual([]);
    expect(people('Vice Minister Kim Seon-ho met the Costar Kim Seon-ho delegation.')).toContain('Kim Seon-ho');
  });

  it('still marks the same name in a defence story', () => {
    expect(people('Vice Minister Kim Seon-ho attended. Kim Seon-ho spoke on maritime security.')).toContain('Kim Seon-ho');
  });
});
