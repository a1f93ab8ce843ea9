import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../dictionary/build-dictionary';
import { nameIndex } from '../dictionary/name-parts';
import { handMadeCorpus, person } from '../resolve/test-support/hand-made-corpus';
import { compileMatcher } from './compile-matcher';
import { findMatches } from './find-matches';
import { findNameVariants } from './find-name-variants';

const people = [
  person('lloyd-austin', 'Lloyd Austin', 'US', [], { aliases: ['Lloyd J. Austin'] }),
  person('prabowo-subianto', 'Prabowo Subianto', 'ID', []),
  person('rajnath-singh', 'Rajnath Singh', 'IN', []),
  person('minoru-kihara', 'Minoru Kihara', 'JP', []),
  person('phan-van-giang', 'Phan Văn Giang', 'VN', []),
  person('lee-jong-sup', 'Lee Jong-sup', 'KR', []),
  person('peter-dutton', 'Peter Dutton', 'AU', []),
  person('hishammuddin-hussein', 'Hishammuddin Hussein', 'MY', []),
  person('gen-nakatani', 'Gen Nakatani', 'JP', [], { shortNames: ['Nakatani'] }),
  person('ak-antony', 'A. K. Antony', 'IN', [], { aliases: ['AK Antony'] }),
  person('prayut-chan-o-cha', 'Prayut Chan-o-cha', 'TH', [], { aliases: ['Prayuth Chan-ocha'] }),
  person('jeong-kyeong-doo', 'Jeong Kyeong-doo', 'KR', []),
];
const index = nameIndex({ people });
// The anchors come from the dictionary's pass, as in the pipeline.
const matcher = compileMatcher(buildDictionary(handMadeCorpus({ people })));

const found = (text: string, ordinary: string[] = []) =>
  findNameVariants({ text, index, ordinaryWords: new Set(ordinary), known: findMatches(matcher, text, [], { anchors: true }) }).map(
    (m) => ({
      text: m.text,
      id: m.entries[0]?.target,
      via: m.entries[0]?.via,
    }),
  );

describe('findNameVariants', () => {
  it.each([
    ['Lloyd Austen', 'lloyd-austin'],
    ['Prabowo Subiyanto', 'prabowo-subianto'],
    ['Hishamudin Hussein', 'hishammuddin-hussein'],
    ['Lloyd Asutin', 'lloyd-austin'],
  ])('takes the misspelling %s for %s, flagged', (text, id) => {
    expect(found(`Talks with ${text} ended.`)).toEqual([{ text, id, via: 'misspelling' }]);
  });

  it('reads through invisible characters and decomposed diacritics inside a part, keeping the original offsets', () => {
    const shy = 'Lloyd Aus\u00adten';
    expect(found(`Talks with ${shy} ended.`)).toEqual([{ text: shy, id: 'lloyd-austin', via: 'misspelling' }]);
    const nfd = 'Phan Văn Giangg'.normalize('NFD');
    expect(found(`Then ${nfd} spoke.`)).toEqual([{ text: nfd, id: 'phan-van-giang', via: 'misspelling' }]);
    expect(found('Kiha\u200bra Mino\u2060ru arrived.')).toEqual([{ text: 'Kiha\u200bra Mino\u2060ru', id: 'minoru-kihara', via: 'alias' }]);
  });

  it('reads family-first order of a family-first culture as a variant, with no flag', () => {
    expect(found('Kihara Minoru arrived.')).toEqual([{ text: 'Kihara Minoru', id: 'minoru-kihara', via: 'alias' }]);
  });

  it('keeps a given name that is also a rank ("Nakatani Gen")', () => {
    expect(found('Minister Nakatani Gen arrived.')).toEqual([{ text: 'Nakatani Gen', id: 'gen-nakatani', via: 'alias' }]);
  });

  it('flags a reordered name of a given-first culture', () => {
    expect(found('Austin Lloyd arrived.')).toEqual([{ text: 'Austin Lloyd', id: 'lloyd-austin', via: 'misspelling' }]);
  });

  it('skips an initial, and leaves to the dictionary what it spells (diacritics folded)', () => {
    expect(found('Lloyd J. Austen spoke, then Phan Van Giang and Phan Giang.')).toEqual([
      { text: 'Lloyd J. Austen', id: 'lloyd-austin', via: 'misspelling' },
      { text: 'Phan Giang', id: 'phan-van-giang', via: 'alias' },
    ]);
  });

  it('reads initials written together or spaced as the given name, and anchors on them', () => {
    expect(found('Defence Minister A.K. Antony spoke.')).toEqual([{ text: 'A.K. Antony', id: 'ak-antony', via: 'alias' }]);
    expect(found('Then A.K. Anthony spoke.')).toEqual([{ text: 'A.K. Anthony', id: 'ak-antony', via: 'misspelling' }]);
    expect(found('Then A. K. Anthony spoke.')).toEqual([{ text: 'A. K. Anthony', id: 'ak-antony', via: 'misspelling' }]);
    expect(found('Then A.K. Singh spoke, and A. K. Roy.')).toEqual([]);
  });

  it("takes each part as one of the person's own forms spells it as attested, not misspelt", () => {
    expect(found('Prayut Chan-ocha arrived.')).toEqual([{ text: 'Prayut Chan-ocha', id: 'prayut-chan-o-cha', via: 'alias' }]);
    expect(found('Prayuth Chan-o-cha arrived.')).toEqual([{ text: 'Prayuth Chan-o-cha', id: 'prayut-chan-o-cha', via: 'alias' }]);
    expect(found('Prayot Chan-ocha arrived.')).toEqual([{ text: 'Prayot Chan-ocha', id: 'prayut-chan-o-cha', via: 'misspelling' }]);
  });

  it('reads a Korean eo/u romanisation of a long given name beside a common family name, flagged; never a letter edit there', () => {
    expect(found('Jeong Kyung-doo arrived.')).toEqual([{ text: 'Jeong Kyung-doo', id: 'jeong-kyeong-doo', via: 'misspelling' }]);
    expect(found('Jeong Kyeong-hwa arrived, then Jeong Kyeong-soo.')).toEqual([]);
  });

  it('leaves a possessive out of the name', () => {
    expect(found("Lloyd Austen's visit")).toEqual([{ text: 'Lloyd Austen', id: 'lloyd-austin', via: 'misspelling' }]);
  });

  it('does not report a span the dictionary already found', () => {
    const text = 'Lloyd Austin spoke.';
    const known = [
      {
        start: 0,
        end: 12,
        text: 'Lloyd Austin',
        entries: [{ form: 'Lloyd Austin', caseSensitive: false, target: 'lloyd-austin', kind: 'person' as const, via: 'name' as const }],
      },
    ];
    expect(findNameVariants({ text, index, known })).toEqual([]);
  });

  it.each([
    'Jimmy Carter and Carter Ham',
    'Austin, Texas',
    'Lee Jong-suk starred in it.',
    'Singh said so.',
    'Prabowo. Subiyanto',
    'lloyd austen',
  ])('finds no one in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('never bends an ordinary English word onto a name part, unless a long part only one person has anchors it', () => {
    expect(found('Peter Button said.', ['button'])).toEqual([]);
    expect(found('Rajnath Sing said.', ['sing'])).toEqual([{ text: 'Rajnath Sing', id: 'rajnath-singh', via: 'misspelling' }]);
  });
});
