/**
 * Reading the words right around a match: honorifics between a title and a name ("Defence Minister
 * Gen. Phan Van Giang"), words that move a title out of the present ("former", "then-", "deputy"),
 * and whether a capitalised name follows (so a role phrase is about someone the corpus lacks).
 */
import { HONORIFIC_WORD } from '../lexicon/honorifics';

/** Honorifics and ranks (the one lexicon) are allowed between a title and the name. */
const HONORIFIC = HONORIFIC_WORD;
const GAP = new RegExp(`^(?:,\\s*)?(?:\\s+|\\s*${HONORIFIC}\\s+)*\\s*$`, 'u');
const GAP_STRICT = new RegExp(`^[\\s,]*(?:${HONORIFIC}\\s+)*$`, 'u');

/** True when the text between a title and a name is only spaces, a comma and honorifics. */
export function isTitleNameGap(between: string): boolean {
  return between.length <= 60 && between.length > 0 && (GAP.test(between) || GAP_STRICT.test(between));
}

const ENDS_WITH_HONORIFIC = new RegExp(`(?:^|\\s)${HONORIFIC}\\s+$`, 'u');

/** True when only honorifics (or nothing) stand right before a short name: "Dr Ng", "Gen. Giang". */
export function endsWithHonorific(before: string): boolean {
  return ENDS_WITH_HONORIFIC.test(before);
}

/**
 * Words before a title that mean it is not (or not yet, or not fully) held on the article's day:
 * "former US Defense Secretary", "the then-Defence Minister", "Deputy Defence Minister".
 */
const MODIFIER =
  /(?:^|[^\p{L}])(?:former|ex|then|late|incoming|future|next|previous|past|erstwhile|one-time|onetime|retired|vice|deputy|assistant|under|shadow|would-be)[\s\u2010-\u2015-]+(?:the\s+)?$/iu;

export function hasModifierBefore(text: string, start: number): boolean {
  return MODIFIER.test(text.slice(Math.max(0, start - 30), start));
}

/** "Defence Minister-designate", "President-elect": a title not yet held. */
export function hasDesignateAfter(text: string, end: number): boolean {
  return /^[\s\u2010-\u2015-]*(?:designate|elect)\b/i.test(text.slice(end, end + 14));
}

const NOT_NAMES = new Set([
  'And',
  'But',
  'On',
  'In',
  'At',
  'The',
  'This',
  'That',
  'Said',
  'Says',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

const NAME_AFTER = new RegExp(`^(?:,?\\s+(?:${HONORIFIC}\\s+)*)(\\p{Lu}[\\p{L}'\u2019-]+)`, 'u');

/**
 * The start of a capitalised name right after `end` (past honorifics), or -1. "Japanese Defence
 * Minister Taro Yamada said" -> index of "Taro"; "the Pentagon chief said" -> -1.
 */
export function nameStartAfter(text: string, end: number): number {
  const m = NAME_AFTER.exec(text.slice(end, end + 80));
  if (!m || NOT_NAMES.has(m[1]!)) return -1;
  return end + m[0].length - m[1]!.length;
}

/**
 * The word right before `start`, if it is a capitalised word inside a sentence, attached by one space
 * ("Jimmy" in "former president Jimmy Carter"). A sentence's first word ("Later Carter said") is not
 * taken for a given name: capitals there say nothing.
 */
export function capitalisedWordBefore(text: string, start: number): string | undefined {
  const m = /(^|.)(\s*)(\p{Lu}[\p{L}'\u2019-]*) $/su.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return undefined;
  const sentenceInitial = m[1] === '' || /[.!?:;"\u201c\u2018(\n]/u.test(m[1]!) || /\n/.test(m[2]!);
  return sentenceInitial ? undefined : m[3];
}

/** The word right after `end`, if capitalised and attached by one space ("Ham" in "Carter Ham"). */
export function capitalisedWordAfter(text: string, end: number): string | undefined {
  const m = /^ (\p{Lu}[\p{L}'\u2019-]*)/u.exec(text.slice(end, end + 40));
  return m?.[1];
}

export function isNotAName(word: string): boolean {
  return NOT_NAMES.has(word);
}
