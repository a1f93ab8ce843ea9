/**
 * Coreference: after a person's first full mention on the page, their culture-aware short names
 * (from the corpus: "Giang" for Phan Van Giang, "Ng" for Ng Eng Hen, "Carter") are mentions of the
 * same person. Rules, each one a guard against a wrong mark:
 * - never before the first full mention of that person (name, alias, misspelling, title + name,
 *   or role phrase + short name); a role phrase alone does not introduce anyone;
 * - never when two people on the page share the short name (corpus shortNames or ambiguities.json);
 * - written exactly as in the corpus (case included), so the word "long" is not the name "Long";
 * - not part of another capitalised name: "Jimmy Carter", "Carter Ham" (honorifics like "Dr Ng" are fine);
 * - not a town before its state ("Austin, Texas"), nor the first half of a compound ("Collins-class").
 */

import { shortNamesOf } from '../dictionary/short-names';
import { ADDRESS_BEFORE_NAME, isHonorific } from '../lexicon/honorifics';
import { isFollowedByState } from '../lexicon/places';
import type { RawMatch } from '../model/dictionary-entry';
import type { Mention } from '../model/mention';
import type { ResolverIndex } from './resolver-index';
import { capitalisedWordAfter, capitalisedWordBefore, isNotAName } from './text-context';

interface CoreferenceInput {
  text: string;
  /** Person mentions that introduce someone (everything but role-only and short-name mentions). */
  fullMentions: Mention[];
  shortMatches: RawMatch[];
  index: ResolverIndex;
}

/** A short name as the page writes it: exactly, or in capitals ("KIHARA"), as the matcher takes it. */
/** A form of address ending right before a short name ("Datuk Seri ", "Dato' Sri Dr "). */
const ADDRESS_AT_END = new RegExp(`(?:^|[^\\p{L}])${ADDRESS_BEFORE_NAME}$`, 'u');

/** Whether a form of address ends right before `at`. */
const addressedAt = (text: string, at: number) => ADDRESS_AT_END.test(text.slice(Math.max(0, at - 40), at));

/** Whether a word is one of the person's own name parts ("Ahmad" before "Zahid" in "Dr Ahmad Zahid"). */
const ownNamePart = (person: { name: string; aliases: string[] }, word: string) =>
  [person.name, ...person.aliases].some((n) => n.split(/\s+/).includes(word));

const writtenAs = (form: string, written: string) => form === written || (form.length >= 4 && form.toUpperCase() === written);

export function resolveShortNames({ text, fullMentions, shortMatches, index }: CoreferenceInput): Mention[] {
  const firstFull = new Map<string, number>();
  for (const m of fullMentions) {
    const seen = firstFull.get(m.id);
    if (seen === undefined || m.start < seen) firstFull.set(m.id, m.start);
  }
  const titleWords = titleWordSet(index);
  const out: Mention[] = [];
  for (const match of shortMatches) {
    const written = match.text;
    const owners = new Set<string>(index.shortNameOwners.get(written) ?? []);
    for (const e of match.entries) if (e.via === 'short-name' && e.kind === 'person' && writtenAs(e.form, written)) owners.add(e.target);
    for (const id of index.ambiguousForms.get(written.toLowerCase()) ?? []) owners.add(id);
    const onPage = [...owners].filter((id) => firstFull.has(id));
    if (onPage.length !== 1) continue;
    const id = onPage[0]!;
    // An ambiguity may list someone who is not called this way; only a declared short name counts.
    const person = index.people.get(id);
    // A short name this page spells its own way after a variant full mention ("Khamliang") comes as
    // its own entry from the name-variant stage.
    const spelt = match.entries.some((e) => e.via === 'short-name' && e.target === id && e.form === written);
    if (!person || (!shortNamesOf(person).some((s) => writtenAs(s, written)) && !spelt)) continue;
    if ((firstFull.get(id) as number) >= match.start) continue;
    const before = capitalisedWordBefore(text, match.start);
    // A capitalised word before the short name makes it part of another name ("Jimmy Carter"),
    // unless it is a title, the end of a longer form of address ("Datuk Seri Najib"), or another
    // part of this person's own name after one ("Dr Ahmad Zahid" for Zahid; not "Costa Gomes" in
    // a longer name the page spells its own way).
    if (
      before &&
      !isHonorific(before) &&
      !isNotAName(before) &&
      !titleWords.has(before.toLowerCase()) &&
      !addressedAt(text, match.start) &&
      !(ownNamePart(person, before) && addressedAt(text, match.start - before.length - 1))
    )
      continue;
    const after = capitalisedWordAfter(text, match.end);
    if ((after && !isNotAName(after)) || isFollowedByState(text, match.end)) continue;
    // The first half of a compound ("Collins-class submarines") is not the person.
    if (/^[-\u2010\u2011]\p{L}/u.test(text.slice(match.end, match.end + 2))) continue;
    out.push({ start: match.start, end: match.end, text: written, kind: 'person', id, name: person.name, via: 'short-name', flags: [] });
  }
  return out;
}

const titleWordCache = new WeakMap<ResolverIndex, Set<string>>();

/** Words of office titles ("Minister", "Secretary"): "Secretary Carter" is a short name after a title. */
function titleWordSet(index: ResolverIndex): Set<string> {
  let words = titleWordCache.get(index);
  if (!words) {
    words = new Set<string>();
    for (const forms of index.titlesByCountry.values()) for (const f of forms) for (const w of f.title.split(/\s+/)) words.add(w);
    titleWordCache.set(index, words);
  }
  return words;
}
