import { describe, expect, it } from 'vitest';
import { nameIndex } from '../dictionary/name-parts';
import { person } from '../resolve/test-support/hand-made-corpus';
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
];
const index = nameIndex({ people });

const found = (text: string, ordinary: string[] = []) =>
  findNameVariants({ text, index, ordinaryWords: new Set(ordinary), known: [] }).map((m) => ({
    text: m.text,
    id: m.entries[0]?.target,
    via: m.entries[0]?.via,
  }));

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

  it('flags a reordered name of a given-first culture', () => {
    expect(found('Austin Lloyd arrived.')).toEqual([{ text: 'Austin Lloyd', id: 'lloyd-austin', via: 'misspelling' }]);
  });

  it('skips an initial and folds diacritics, without a flag', () => {
    expect(found('Lloyd J. Austen spoke, then Phan Van Giang.')).toEqual([
      { text: 'Lloyd J. Austen', id: 'lloyd-austin', via: 'misspelling' },
      { text: 'Phan Van Giang', id: 'phan-van-giang', via: 'alias' },
    ]);
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
