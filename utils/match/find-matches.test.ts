import { describe, expect, it } from 'vitest';
import { plusVariants } from '../dictionary/form-variants';
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

describe('findMatches: invisible characters inside words', () => {
  it.each([
    ['Ki\u00adhara, Mi\u00adnoru', 'Ki\u00adhara'],
    ['Minoru Ki\u00adha\u00adra spoke', 'Minoru Ki\u00adha\u00adra'],
    ['Ng\u200b Eng Hen', 'Ng\u200b Eng Hen'],
    ['Ash\u200bton Car\u200cter', 'Ash\u200bton Car\u200cter'],
    ['Ashton Car\u200dter', 'Ashton Car\u200dter'],
    ['Ashton\u2060 Carter', 'Ashton\u2060 Carter'],
    ['\ufeffAshton Carter', 'Ashton Carter'],
    ['AD\u00adMM met', 'AD\u00adMM'],
    ['Phan Va\u0306n Giang', 'Phan Va\u0306n Giang'],
    ['Phan Văn Giang', 'Phan Văn Giang'],
  ])('%j matches as one word', (text, marked) => {
    const dict = compileMatcher([...dictionary, testEntry('Kihara', 'kihara-short')]);
    const ms = findMatches(dict, text);
    expect(ms[0]?.text).toBe(marked);
    // The offsets cover the original characters, invisible ones included.
    expect(text.slice(ms[0]?.start, ms[0]?.end)).toBe(marked);
  });

  it('does not let an invisible character join two words or end a word early', () => {
    expect(found('XAsh\u00adton Carter')).toEqual([]);
    expect(found('Ashton Carter\u00ads plan')).toEqual([]);
    expect(found('Ashton Carter\u200b plan')).toEqual(['Ashton Carter=carter']);
  });

  it('keeps combining marks after the last letter inside the mark', () => {
    const dict = compileMatcher([testEntry('Tea Banh', 'tea-banh'), testEntry('Lê Lương Minh', 'le')]);
    const nfd = 'Lê Lương Minh'.normalize('NFD');
    const [m] = findMatches(dict, `${nfd} said`);
    expect(m?.text).toBe(nfd);
    expect(m?.end).toBe(nfd.length);
    const [h] = findMatches(dict, 'Tea Banh\u0301, later');
    expect(h?.text).toBe('Tea Banh\u0301');
  });
});

describe('findMatches: URLs and slugs', () => {
  it.each([
    'see example.org/people/ashton-carter for more',
    'https://news.example.com/2016/ashton-carter-visits',
    'at www.example.net/ashton-carter.',
    'the page /profiles/ashton-carter/',
    '(example.org/tags/admm-plus)',
    'https://example.org/?q=ashton-carter',
  ])('marks nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('still marks names beside a slash or a hyphen in prose', () => {
    expect(found('the ADMM/ADMM-Plus track')).toEqual(['ADMM=admm', 'ADMM-Plus=admm-plus']);
    expect(found('Ashton Carter/Ng Eng Hen talks')).toEqual(['Ashton Carter=carter', 'Ng Eng Hen=ng']);
    expect(found('a Carter-era plan by Ashton Carter.')).toEqual(['Ashton Carter=carter']);
    expect(found('Ashton Carter. Then example.org/x')).toEqual(['Ashton Carter=carter']);
  });
});

describe('plusVariants', () => {
  it('spells Plus three ways', () => {
    expect(plusVariants('ADMM-Plus').sort()).toEqual(['ADMM Plus', 'ADMM+', 'ADMM-Plus'].sort());
    expect(plusVariants('ADSOM+ WG').sort()).toEqual(['ADSOM Plus WG', 'ADSOM+ WG', 'ADSOM-Plus WG'].sort());
    expect(plusVariants('HADR')).toEqual(['HADR']);
  });
});
