/**
 * Finds people's names as articles write them when no dictionary form spells them so: a letter or
 * two dropped, doubled, swapped or replaced ("Lloyd Austen", "Prabowo Subiyanto"), romanised another
 * way, the family name put first or last ("Kihara Minoru"), a middle part or initial left out or
 * added. Every such match is anchored on one part spelt exactly, covers at least two parts, and
 * takes all the name's required parts; an edit is never made on a word the English dictionary knows
 * (that list is made at build time) unless the anchor is a long part only one person has.
 * A variant that only reorders a family-first name, or leaves out an optional part, carries no flag;
 * any other variant is reported as a likely misspelling.
 */
import {
  foldName,
  initialsPart,
  NAME_PARTICLES,
  type NameForm,
  type NameIndex,
  type NamePart,
  romanisationKey,
} from '../dictionary/name-parts';
import { COMMON_FAMILY_NAMES, isFamiliarForm } from '../lexicon/given-names';
import { isHonorific } from '../lexicon/honorifics';
import type { RawMatch } from '../model/dictionary-entry';
import { editDistanceWithin } from './edit-distance';

interface Token {
  start: number;
  end: number;
  folded: string;
  /** An initial ("N."), an honorific inside the name ("Haji") or a quoted nickname ('"Gibo"'): skipped, not fitted. */
  skippable: boolean;
  /** Written in quotes: the gap to its neighbours may hold the quote marks. */
  quoted: boolean;
  /** Romanisation key, worked out when first needed. */
  key?: string;
}

const keyOf = (t: Token) => {
  t.key ??= romanisationKey(t.folded);
  return t.key;
};

export type Fit = 'exact' | 'familiar' | 'variant' | 'edit' | 'none';

// Letters, combining marks and the invisible characters publishers put inside words (soft hyphen,
// zero-width space, joiners, word joiner, BOM), which foldName drops.
const TOKEN = /\p{Lu}[\p{L}\p{M}\u00ad\u200b-\u200d\u2060\ufeff]*(?:['’-]\p{L}[\p{L}\p{M}\u00ad\u200b-\u200d\u2060\ufeff]*)*/gu;
const PARTICLE_GAP = new RegExp(`^[ \\u00a0]+(?:(?:${[...NAME_PARTICLES].map((p) => p.replace('.', '\\.')).join('|')})[ \\u00a0]+)?$`);

/** More initials right after one ("A.K.", "A. K."): read as one token with the first. */
const MORE_INITIALS = /(?:[ \u00a0]?\p{Lu}\.)+/uy;

const QUOTE = /["“”‘’']/;
const QUOTED_GAP = /^[ \u00a0"“”‘’']+$/;

/** Capitalised words between `from` and `to` (absolute offsets), as tokens. */
function tokenise(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    if (m.index === from && from > 0 && /[\p{L}\p{M}]/u.test(text[from - 1] as string)) continue; // cut mid-word
    // A possessive belongs to the sentence, not the name: "Carter's" is "Carter".
    let end = m.index + m[0].length - (/['’]s$/.test(m[0]) ? 2 : 0);
    const initial = m[0].length === 1 && text[end] === '.';
    if (initial || (text[end] === '.' && /^(?:Jr|Sr)$/.test(m[0]))) end++;
    let folded: string | undefined;
    if (initial) {
      MORE_INITIALS.lastIndex = end;
      if (MORE_INITIALS.exec(text) && MORE_INITIALS.lastIndex > end) {
        end = MORE_INITIALS.lastIndex;
        folded = initialsPart(text.slice(m.index, end));
        TOKEN.lastIndex = end;
      }
    }
    const quoted = QUOTE.test(text[m.index - 1] ?? '') && QUOTE.test(text[end] ?? '');
    out.push({
      start: m.index,
      end,
      folded: folded ?? foldName(text.slice(m.index, end)),
      skippable: initial || quoted || isHonorific(m[0]),
      quoted,
    });
  }
  return out;
}

/** How a written part (folded) fits a name part: the same, the same romanisation key, an edit or two away, or not. */
export function fitsNamePart(token: string, part: NamePart, tokenKey?: string): Fit {
  if (token === part.text) return 'exact';
  if (part.optional) return 'none';
  if (isFamiliarForm(token, part.text)) return 'familiar';
  if ((part.korean ? romanisationKey(token, true) : (tokenKey ?? romanisationKey(token))) === part.key) return 'variant';
  const longest = Math.max(token.length, part.text.length);
  if (Math.min(token.length, part.text.length) < 3 || longest < 4 || token[0] !== part.text[0]) return 'none';
  return editDistanceWithin(token, part.text, longest >= 8 ? 2 : 1) <= (longest >= 8 ? 2 : 1) ? 'edit' : 'none';
}

interface Alignment {
  first: number;
  last: number;
  exact: number;
  /** Letters in the parts spelt exactly: two short exact parts ("Ng Eng") anchor as well as one long one. */
  exactLetters: number;
  edits: number;
  /**
   * Of the edits, fits by romanisation key on a part of six letters or more ("Kyung-doo" for
   * "Kyeong-doo"): the same name in its own script, so no weaker evidence of the person than the
   * exact spelling is, unlike a letter edit, which may be another name.
   */
  longVariants: number;
  /** Given names written in their familiar form ("Pete" for "Peter"). */
  familiar: number;
  /** Tokens fitted through an edit that are ordinary English words. */
  ordinary: number;
  missing: number;
  reversed: boolean;
}

/** Walks from the anchor token outwards, fitting each neighbour to the next part in one direction. */
function align(
  tokens: Token[],
  text: string,
  anchor: number,
  form: NameForm,
  at: number,
  reversed: boolean,
  ordinaryWords: ReadonlySet<string>,
  attested: ReadonlySet<string>,
) {
  const parts = form.parts;
  const required = parts.filter((p) => !p.optional).length;
  const got: Alignment = {
    first: anchor,
    last: anchor,
    exact: 1,
    exactLetters: (tokens[anchor] as Token).folded.length,
    edits: 0,
    longVariants: 0,
    familiar: 0,
    ordinary: 0,
    missing: 0,
    reversed,
  };
  const matchedParts = new Set([at]);
  const matchedTokens = new Set([anchor]);
  const adjacent = (a: number, b: number) => {
    const gap = text.slice((tokens[a] as Token).end, (tokens[b] as Token).start);
    return PARTICLE_GAP.test(gap) || (((tokens[a] as Token).quoted || (tokens[b] as Token).quoted) && QUOTED_GAP.test(gap));
  };
  for (const side of [1, -1] as const) {
    const partStep = reversed ? -side : side;
    let t = anchor;
    let p = at;
    while (true) {
      const next = t + side;
      if (next < 0 || next >= tokens.length || !(side > 0 ? adjacent(t, next) : adjacent(next, t))) break;
      const token = tokens[next] as Token;
      let q = p + partStep;
      while (
        q >= 0 &&
        q < parts.length &&
        (parts[q] as NamePart).optional &&
        fitsNamePart(token.folded, parts[q] as NamePart, keyOf(token)) === 'none'
      )
        q += partStep;
      let f: Fit = q >= 0 && q < parts.length ? fitsNamePart(token.folded, parts[q] as NamePart, keyOf(token)) : 'none';
      if (f === 'none' && token.skippable) {
        t = next; // an initial, honorific or nickname the form does not have ("Lloyd J. Austen", "Halbi Haji Mohd Yussof")
        continue;
      }
      if (f === 'none' && got.missing === 0 && required >= 3) {
        const skip = q + partStep;
        if (skip >= 0 && skip < parts.length && fitsNamePart(token.folded, parts[skip] as NamePart, keyOf(token)) !== 'none') {
          got.missing = 1;
          q = skip;
          f = fitsNamePart(token.folded, parts[q] as NamePart, keyOf(token));
        }
      }
      if (f === 'none') break;
      // A part spelt as another of the person's own forms spells it ("Prayut Chan-ocha": "Prayut" from
      // the name, "Chan-ocha" from the alias "Prayuth Chan-ocha") is attested, not misspelt.
      if ((f === 'variant' || f === 'edit') && attested.has(token.folded)) f = 'exact';
      if (f === 'exact') {
        got.exact++;
        got.exactLetters += token.folded.length;
      } else if (f === 'familiar') got.familiar++;
      else {
        got.edits++;
        if (f === 'variant' && token.folded.replace(/[-']/g, '').length >= 6) got.longVariants++;
        if (ordinaryWords.has(token.folded)) got.ordinary++;
      }
      matchedParts.add(q);
      matchedTokens.add(next);
      t = next;
      p = q;
    }
    if (side > 0) got.last = t;
    else got.first = t;
  }
  const requiredMatched = parts.filter((part, i) => !part.optional && matchedParts.has(i)).length;
  if (requiredMatched + got.missing < required || requiredMatched < 2) return undefined;
  // Skipped tokens at the edges belong to the words around the name, not to it ("Gen" the rank;
  // "Gen" the given name of Gen Nakatani is a fitted part and stays).
  while (got.first < anchor && !matchedTokens.has(got.first)) got.first++;
  while (got.last > anchor && !matchedTokens.has(got.last)) got.last--;
  // A missing part may only be a middle one: both ends of the name must be there.
  return got;
}

export interface NameVariantInput {
  text: string;
  index: NameIndex;
  /** Ordinary English words within an edit of some name part (made at build time). */
  ordinaryWords?: ReadonlySet<string> | undefined;
  /**
   * Matches the dictionary found in this text, in order: its name-part matches are the anchors, and
   * a span it already names is not reported again.
   */
  known: readonly RawMatch[];
  /** Where `text` starts in the text `known` indexes (a block of a page: no copy of its matches). */
  base?: number;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** How far around an anchor the rest of a name is looked for (long Bruneian styles included). */
const REACH = 160;
export function findNameVariants({ text, index, ordinaryWords = NO_WORDS, known, base = 0 }: NameVariantInput): RawMatch[] {
  const out: RawMatch[] = [];
  const knownSpans = new Set(
    known.filter((k) => k.entries.some((e) => e.kind === 'person')).map((k) => `${k.start - base}:${k.end - base}`),
  );
  let covered = -1;
  // Anchors come from the dictionary's own pass (name parts are dictionary forms): the page's text
  // is not walked again, and the words around an anchor are read only there.
  // Full names the dictionary found: a word inside one needs no second look.
  const fullNames = known.filter((k) => k.entries.some((e) => e.kind === 'person' && e.via !== 'short-name'));
  let next = 0;
  for (const anchorMatch of known) {
    if (!anchorMatch.entries.some((e) => e.kind === 'name-part')) continue;
    const wordStart = anchorMatch.start - base;
    const wordEnd = anchorMatch.end - base;
    const folded = foldName(anchorMatch.text);
    if (wordStart < covered) continue;
    while (next < fullNames.length && (fullNames[next] as RawMatch).end - base <= wordStart) next++;
    const full = fullNames[next];
    if (full && full.start - base <= wordStart) {
      covered = full.end - base;
      continue;
    }
    const formIds = index.formsByPart.get(initialsPart(anchorMatch.text) ?? folded);
    if (!formIds) continue;
    const tokens = tokenise(text, Math.max(0, wordStart - REACH), Math.min(text.length, wordEnd + REACH));
    const i = tokens.findIndex((t) => t.start === wordStart);
    const anchor = tokens[i];
    if (!anchor) continue;
    let best: { a: Alignment; form: NameForm; via: 'alias' | 'misspelling' } | undefined;
    for (const id of formIds) {
      const form = index.forms[id] as NameForm;
      const attested = index.partsByPerson.get(form.person) ?? NO_WORDS;
      form.parts.forEach((part, at) => {
        if (part.text !== anchor.folded) return;
        for (const reversed of [false, true]) {
          const a = align(tokens, text, i, form, at, reversed, ordinaryWords, attested);
          if (!a) continue;
          const via = judge(a, form, anchor, index);
          if (!via) continue;
          const span = (x: Alignment) => (tokens[x.last] as Token).end - (tokens[x.first] as Token).start;
          if (!best || span(a) > span(best.a) || (span(a) === span(best.a) && a.edits < best.a.edits)) best = { a, form, via };
        }
      });
    }
    if (!best) continue;
    const start = (tokens[best.a.first] as Token).start;
    const end = (tokens[best.a.last] as Token).end;
    covered = end;
    if (knownSpans.has(`${start}:${end}`)) continue;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      entries: [{ form: text.slice(start, end), caseSensitive: false, target: best.form.person, kind: 'person', via: best.via }],
    });
  }
  return out;
}

/** Whether the alignment names the person, and whether it is a plain variant or a likely misspelling. */
function judge(a: Alignment, form: NameForm, anchor: Token, index: NameIndex): 'alias' | 'misspelling' | undefined {
  // Anything but the exact name, anchored only on a family name shared by millions ("Steve Smith"
  // for Stephen Smith, "Kim Seon-ho" reordered), is no evidence of this one person.
  // A long part in another romanisation is the same name, though, and no more a namesake's than the
  // exact spelling ("Jeong Kyung-doo"): that alone may sit beside a common family name.
  const common = COMMON_FAMILY_NAMES.has(anchor.folded) && a.exact === 1;
  if (common && (a.edits > a.longVariants || a.familiar > 0 || a.reversed)) return undefined;
  if (a.edits > 0) {
    // Edits need a solid anchor: never a family name shared by millions ("Kim", "Nguyen") alone
    // (but for the long romanisation variants above); a part of four letters or more, or two exact
    // parts ("Ng Eng Heng"); and for an edit onto an ordinary word ("Sing" for "Singh", "Horn" for
    // "Hourn") a long part only this person has, or exact parts of six letters or more.
    const distinctive = index.peopleByPart.get(anchor.folded) === 1;
    if (!common && anchor.folded.length < 4 && a.exact < 2 && !distinctive) return undefined;
    if (a.ordinary > 0 && !((anchor.folded.length >= 6 && distinctive) || (a.exact >= 2 && a.exactLetters >= 6))) return undefined;
    return 'misspelling';
  }
  if (a.reversed) return form.familyFirst ? 'alias' : 'misspelling';
  return 'alias';
}
