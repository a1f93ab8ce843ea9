import { describe, expect, it } from 'vitest';
import { nativeNameCoverage, nativeNameScriptProblems } from './native-names';
import type { Corpus, Person } from './schema';

const source = { title: 't', publisher: 'p', date: null, url: 'https://example.org/' };
const person = (id: string, country: string, nativeName?: string): Person => ({
  id,
  name: id,
  ...(nativeName ? { nativeName } : {}),
  aliases: [],
  shortNames: [],
  misspellings: [],
  country,
  roles: [],
  summary: 's',
  sources: [source],
  unverified: [],
});
const corpus = (people: Person[]): Corpus => ({
  version: 't',
  countries: [],
  offices: [],
  people,
  meetings: [],
  terms: [],
  ambiguities: [],
});

describe('nativeNameCoverage', () => {
  it('expects native names only from countries with their own script, and lists who is missing one', () => {
    const r = nativeNameCoverage(
      corpus([
        person('a-jp', 'JP', '中谷元'),
        person('b-jp', 'JP'),
        person('c-th', 'TH', 'สุทิน คลังแสง'),
        person('d-my', 'MY'),
        person('e-us', 'US'),
        person('f-in', 'IN'),
      ]),
    );
    expect(r.expected).toBe(3);
    expect(r.withNative).toBe(2);
    expect(r.byCountry.JP).toEqual({ script: 'Japanese (kanji/kana)', people: 2, withNative: 1, missing: ['b-jp'] });
    expect(r.byCountry.MY).toBeUndefined();
    expect(r.latinScript).toBe(2);
    expect(r.notAssessed).toBe(1);
  });
});

describe('nativeNameScriptProblems', () => {
  it("flags a native name not written in its country's script and accepts the right scripts", () => {
    const problems = nativeNameScriptProblems(
      corpus([
        person('ok-kr', 'KR', '안규백'),
        person('ok-vn', 'VN', 'Phan Văn Giang'),
        person('ok-ru', 'RU', 'Андрей Белоусов'),
        person('bad-kr', 'KR', 'Ahn Gyu-back'),
        person('bad-vn', 'VN', 'Phan Van Giang'),
        person('sg-any', 'SG', '黄永宏'),
      ]),
    );
    expect(problems).toEqual([
      'bad-kr: nativeName "Ahn Gyu-back" is not written in Korean (Hangul)',
      'bad-vn: nativeName "Phan Van Giang" is not written in Vietnamese with diacritics',
    ]);
  });
});
