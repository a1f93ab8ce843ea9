/**
 * Native-script names (issue 17): which people should have one, which do, and whether each is
 * written in its country's script. A person's `name` is the Latin form news in English prints; for
 * countries whose own script is Latin (Malay, Indonesian, Filipino, English, Portuguese names) that
 * form is already the native one, so no separate `nativeName` is expected and none is counted as
 * missing. Countries whose names are written in several scripts (India) are not assessed.
 */
import type { Corpus } from './schema';

/** Countries whose people's own names are written in a non-Latin script, or in Latin with tone marks. */
export const NATIVE_SCRIPTS: Readonly<Record<string, { script: string; test: RegExp }>> = {
  CN: { script: 'Chinese characters', test: /\p{Script=Han}/u },
  JP: { script: 'Japanese (kanji/kana)', test: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u },
  KR: { script: 'Korean (Hangul)', test: /\p{Script=Hangul}/u },
  TH: { script: 'Thai', test: /\p{Script=Thai}/u },
  LA: { script: 'Lao', test: /\p{Script=Lao}/u },
  KH: { script: 'Khmer', test: /\p{Script=Khmer}/u },
  MM: { script: 'Burmese', test: /\p{Script=Myanmar}/u },
  RU: { script: 'Cyrillic', test: /\p{Script=Cyrillic}/u },
  // Vietnamese is Latin, but the plain `name` drops the diacritics; the native form keeps them.
  VN: { script: 'Vietnamese with diacritics', test: /[^\p{ASCII}]/u },
};
/** Names here have forms in several scripts (Hindi, Tamil, …); no single native form is expected. */
export const NATIVE_SCRIPT_NOT_ASSESSED = ['IN'] as const;

export interface NativeNameCoverage {
  /** By country with a native script: people, how many have a native name, and who is missing. */
  byCountry: Record<string, { script: string; people: number; withNative: number; missing: string[] }>;
  expected: number;
  withNative: number;
  /** People of Latin-script countries: their `name` is the native form. */
  latinScript: number;
  notAssessed: number;
}

export function nativeNameCoverage(corpus: Corpus): NativeNameCoverage {
  const byCountry: NativeNameCoverage['byCountry'] = {};
  let latinScript = 0;
  let notAssessed = 0;
  for (const p of corpus.people) {
    const native = NATIVE_SCRIPTS[p.country];
    if (!native) {
      if ((NATIVE_SCRIPT_NOT_ASSESSED as readonly string[]).includes(p.country)) notAssessed++;
      else latinScript++;
      continue;
    }
    const c = byCountry[p.country] ?? { script: native.script, people: 0, withNative: 0, missing: [] };
    byCountry[p.country] = c;
    c.people++;
    if (p.nativeName) c.withNative++;
    else c.missing.push(p.id);
  }
  const rows = Object.values(byCountry);
  return {
    byCountry,
    expected: rows.reduce((n, c) => n + c.people, 0),
    withNative: rows.reduce((n, c) => n + c.withNative, 0),
    latinScript,
    notAssessed,
  };
}

/** Native names not written in the script their country's names use (a romanised form put there by mistake). */
export function nativeNameScriptProblems(corpus: Corpus): string[] {
  const problems: string[] = [];
  for (const p of corpus.people) {
    const native = NATIVE_SCRIPTS[p.country];
    if (p.nativeName && native && !native.test.test(p.nativeName))
      problems.push(`${p.id}: nativeName "${p.nativeName}" is not written in ${native.script}`);
  }
  return problems;
}
