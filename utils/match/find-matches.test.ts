import { describe, expect, it } from 'vitest';
import { plusVariants } from '../dictionary/build-dictionary';
import type { DictionaryEntry } from '../model/dictionary-entry';
import { compileMatcher } from './compile-matcher';
import { findMatches } from './find-matches';
import { testEntry } from './test-entry';

const dictionary: DictionaryEntry[] = [
  testEntry('Phan Văn Giang', 'giang'),
  testEntry('Ng Eng Hen', 'ng'),
  testEntry('Ashton Carter', 'carter'),
  testEntry('Minoru Kihara', 'kihara'),
  ...plusVariants('ADMM-Plus').map((f) => testEntry(f, 'admm-plus', false, 'term')),
  testEntry('ADMM', 'admm', true, 'term'),
  testEntry('HADR', 'hadr', true, 'term'),
  testEntry('ASEAN Defence Ministers’ Meeting', 'admm-full', false, 'term'),
  testEntry('South China Sea', 'scs', false, 'term'),
  testEntry('Sea', 'sea', false, 'term'),
  testEntry('17th ADMM', 'admm-17', false, 'meeting'),
  testEntry('Tea Banh', 'tea-banh'),
];
const matcher = compileMatcher(dictionary);
const found = (text: string) => findMatches(matcher, text).map((m) => `${m.text}=${m.entries[0]?.target}`);

describe('findMatches', () => {
  it.each([
    // [text, expected matches]
    ['Phan Van Giang spoke', ['Phan Van Giang=giang']],
    ['Phan Văn Giang spoke', ['Phan Văn Giang=giang']],
    ['PHAN VAN GIANG spoke', ['PHAN VAN GIANG=giang']],
    ['phan  van\ngiang', ['phan  van\ngiang=giang']],
    ['Phan\u00a0Van\tGiang', ['Phan\u00a0Van\tGiang=giang']],
    ['Ng Eng Hen said', ['Ng Eng Hen=ng']],
    ['Ng Eng Henry said', []],
    ['Ashton Carter', ['Ashton Carter=carter']],
    ['(Ashton Carter)', ['Ashton Carter=carter']],
    ['Ashton Carter’s plan', ['Ashton Carter=carter']],
    ['XAshton Carter', []],
    ['Ashton Carters', []],
    ['the ADMM met', ['ADMM=admm']],
    ['the admm met', []],
    ['the Admm met', []],
    ['ADMMS are not ADMM', ['ADMM=admm']],
    ['the ADMM-Plus met', ['ADMM-Plus=admm-plus']],
    ['the ADMM Plus met', ['ADMM Plus=admm-plus']],
    ['the ADMM+ met', ['ADMM+=admm-plus']],
    ['the ADMM–Plus met', ['ADMM–Plus=admm-plus']],
    ['the ADMM—Plus met', ['ADMM—Plus=admm-plus']],
    ['the admm plus met', ['admm plus=admm-plus']],
    ['HADR and HADR', ['HADR=hadr', 'HADR=hadr']],
    ['hadr', []],
    ["ASEAN Defence Ministers' Meeting", ["ASEAN Defence Ministers' Meeting=admm-full"]],
    ['ASEAN Defence Ministers’ Meeting', ['ASEAN Defence Ministers’ Meeting=admm-full']],
    ['the South China Sea', ['South China Sea=scs']],
    ['the sea', ['sea=sea']],
    ['South China Seas', []],
    ['the 17th ADMM in Jakarta', ['17th ADMM=admm-17']],
    ['the 17th admm', ['17th admm=admm-17']],
    ['117th ADMM', ['ADMM=admm']],
    ['Tea Banh and tea', ['Tea Banh=tea-banh']],
    ['Minoru Kihara, Ng Eng Hen', ['Minoru Kihara=kihara', 'Ng Eng Hen=ng']],
    ['Minoru', []],
    ['', []],
    ['😀 Ng Eng Hen 😀', ['Ng Eng Hen=ng']],
    ['中文 Ng Eng Hen', ['Ng Eng Hen=ng']],
    ['Ng-Eng-Hen', ['Ng-Eng-Hen=ng']],
    ['Kihara', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports UTF-16 offsets into the original text', () => {
    const [m] = findMatches(matcher, 'Hi 😀 Ng Eng Hen.');
    expect(m).toMatchObject({ start: 6, end: 16, text: 'Ng Eng Hen' });
  });

  it('prefers the longest form and never overlaps', () => {
    const ms = findMatches(matcher, 'ADMM-Plus and the South China Sea');
    expect(ms.map((m) => m.text)).toEqual(['ADMM-Plus', 'South China Sea']);
  });

  it('keeps every entry that shares a form', () => {
    const shared = compileMatcher([testEntry('Lee', 'lee-a', true), testEntry('Lee', 'lee-b', true)]);
    expect(findMatches(shared, 'Lee said').map((m) => m.entries.map((e) => e.target))).toEqual([['lee-a', 'lee-b']]);
  });

  it('handles a long text without a match quickly enough to finish', () => {
    const text = 'lorem ipsum dolor sit amet '.repeat(20_000);
    expect(findMatches(matcher, text)).toEqual([]);
  });
});

describe('plusVariants', () => {
  it('spells Plus three ways', () => {
    expect(plusVariants('ADMM-Plus').sort()).toEqual(['ADMM Plus', 'ADMM+', 'ADMM-Plus'].sort());
    expect(plusVariants('ADSOM+ WG').sort()).toEqual(['ADSOM Plus WG', 'ADSOM+ WG', 'ADSOM-Plus WG'].sort());
    expect(plusVariants('HADR')).toEqual(['HADR']);
  });
});
