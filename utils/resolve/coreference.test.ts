import { describe, expect, it } from 'vitest';
import { handMadeCorpus, person, role } from './test-support/hand-made-corpus';
import { resolveText } from './test-support/resolve-text';

const shortOnes = (text: string, corpus = handMadeCorpus()) =>
  resolveText(text, '2023-11-15', corpus)
    .filter((m) => m.via === 'short-name')
    .map((m) => [m.text, m.id]);

describe('coreference', () => {
  it('counts a short name after a full mention ("Giang said")', () => {
    expect(shortOnes('Phan Van Giang arrived. Giang said ties were good.')).toEqual([['Giang', 'phan-van-giang']]);
  });

  it('never counts a short name before any full mention', () => {
    expect(shortOnes('Giang said ties were good. Phan Van Giang arrived later.')).toEqual([]);
  });

  it('counts only the occurrences after the first full mention', () => {
    const text = 'Giang spoke first. Then Phan Van Giang arrived. Giang said more.';
    const found = resolveText(text, '2023-11-15').filter((m) => m.via === 'short-name');
    expect(found.map((m) => m.start)).toEqual([text.lastIndexOf('Giang')]);
  });

  it('accepts honorifics before the short name ("Dr Ng")', () => {
    expect(shortOnes('Ng Eng Hen spoke. Dr Ng said fighters could return.')).toEqual([['Ng', 'ng-eng-hen']]);
  });

  it('reads through a longer form of address and a part of the same name ("Datuk Seri Zahid", "Dr Ahmad Zahid")', () => {
    const corpus = handMadeCorpus();
    corpus.people.push(person('ahmad-zahid', 'Ahmad Zahid Hamidi', 'MY', [], { shortNames: ['Zahid'] }));
    const text = 'Ahmad Zahid Hamidi arrived. Datuk Seri Zahid spoke, then Dr Ahmad Zahid. Zahid left, and Hamid Zahid stayed.';
    expect(shortOnes(text, corpus)).toEqual([
      ['Zahid', 'ahmad-zahid'],
      ['Zahid', 'ahmad-zahid'],
      ['Zahid', 'ahmad-zahid'],
    ]);
  });

  it('lets a misspelled full mention introduce the person', () => {
    expect(shortOnes('US Defense Secretary Aston Carter spoke. Carter urged action.')).toEqual([['Carter', 'ashton-carter']]);
  });

  it('refuses a short name shared by two people on the page', () => {
    const corpus = handMadeCorpus();
    corpus.people.push(
      person('ng-chee-meng', 'Ng Chee Meng', 'SG', [role('sg-minister-for-defence', 'Minister for Defence', '2000', '2001')], {
        shortNames: ['Ng'],
      }),
    );
    expect(shortOnes('Ng Eng Hen and Ng Chee Meng met. Ng said little.', corpus)).toEqual([]);
  });

  it('accepts a shared short name when only one of its owners is on the page', () => {
    const corpus = handMadeCorpus();
    corpus.people.push(person('ng-chee-meng', 'Ng Chee Meng', 'SG', [], { shortNames: ['Ng'] }));
    expect(shortOnes('Ng Eng Hen spoke. Ng said little.', corpus)).toEqual([['Ng', 'ng-eng-hen']]);
  });

  it('refuses a form the corpus declares ambiguous when two of its people are on the page', () => {
    const corpus = handMadeCorpus({ ambiguities: [{ form: 'Kerry', ids: ['john-kerry', 'ashton-carter'], note: 'test' }] });
    corpus.people.find((p) => p.id === 'ashton-carter')!.shortNames.push('Kerry');
    expect(shortOnes('John Kerry and Ashton Carter met. Kerry spoke.', corpus)).toEqual([]);
  });

  it('does not read a common word that equals a short name', () => {
    const corpus = handMadeCorpus();
    corpus.people.push(person('long-kim', 'Long Kim', 'VN', [], { shortNames: ['Long'] }));
    expect(shortOnes('Long Kim spoke. It was a long day, and the talks ran long.', corpus)).toEqual([]);
  });

  it('does not read the short name inside another person\'s name ("Jimmy Carter", "Carter Ham")', () => {
    expect(shortOnes('Ashton Carter spoke, as did former president Jimmy Carter and General Carter Ham.')).toEqual([]);
  });

  it('does not read a town before its state as the person ("Austin, Texas")', () => {
    const corpus = handMadeCorpus();
    corpus.people.push(person('lloyd-austin', 'Lloyd Austin', 'US', [], { shortNames: ['Austin'] }));
    expect(shortOnes('Lloyd Austin spoke. He flew on to Austin, Texas, where Austin, the secretary, met troops.', corpus)).toEqual([
      ['Austin', 'lloyd-austin'],
    ]);
  });

  it('does not read the first half of a compound as the person ("Carter-era")', () => {
    expect(shortOnes('Ashton Carter spoke. The Carter-era plan was kept.')).toEqual([]);
  });

  it('does not let a role phrase alone introduce the person', () => {
    expect(shortOnes('The Japanese Defence Minister spoke. Kihara said more.')).toEqual([]);
  });

  it('groups every mention of a person under one id', () => {
    const mentions = resolveText('Minoru Kihara spoke. Kihara said more. The Japanese Defence Minister left.', '2023-11-15');
    expect(new Set(mentions.map((m) => m.id))).toEqual(new Set(['minoru-kihara']));
    expect(mentions.map((m) => m.via)).toEqual(['name', 'short-name', 'role']);
  });
});
