/**
 * Time-aware roles. Two jobs:
 * 1. A title right before a name ("US Secretary of State Ashton Carter", "Defence Minister Ng Eng
 *    Hen") joins the name's mention and is fact-checked against the article's date.
 * 2. A role phrase alone ("the Japanese Defence Minister", "the Pentagon chief") becomes a mention
 *    of whoever held the office on the article's date, via "role".
 *
 * Decisions (documented for the cards and the closing note):
 * - no article date, or nobody in the corpus held the office on it: the phrase is dropped, not kept
 *   unresolved — a mark with nothing true to say would only mislead;
 * - "former", "then-", "deputy", "-designate"... around the phrase: dropped (not the holder on that day);
 * - a role phrase followed by a name the corpus does not know ("Defence Minister Taro Yamada"): dropped,
 *   since the text names someone else than the corpus's holder;
 * - a role phrase followed by the holder's short name ("Defence Minister Kihara") is a full mention.
 */
import { HONORIFIC_WORD } from '../lexicon/honorifics';
import type { RawMatch } from '../model/dictionary-entry';
import type { Flag, Mention } from '../model/mention';
import { titleFlag } from './fact-check';
import { holdersOnDate } from './office-timeline';
import type { ResolverIndex } from './resolver-index';
import { hasDesignateAfter, hasModifierBefore, isTitleNameGap, nameStartAfter } from './text-context';

const roleOffices = (m: RawMatch) => [...new Set(m.entries.filter((e) => e.kind === 'role').map((e) => e.target))];

/** Trailing spaces, comma and honorifics before a name: "Minister Gen. |Phan" -> where the title ends. */
const GAP_BEFORE_NAME = new RegExp(`(?:,?\\s+)(?:${HONORIFIC_WORD}\\s+)*$`, 'u');

interface AttachInput {
  text: string;
  people: Mention[];
  roleMatches: RawMatch[];
  index: ResolverIndex;
  day: string | null;
}

/** Joins titles to the person mentions they precede; returns the new mentions and the role matches used up. */
export function attachTitles({ text, people, roleMatches, index, day }: AttachInput): { people: Mention[]; used: Set<RawMatch> } {
  const byEnd = new Map<number, RawMatch>();
  for (const r of roleMatches) {
    const prev = byEnd.get(r.end);
    if (!prev || r.end - r.start > prev.end - prev.start) byEnd.set(r.end, r);
  }
  const byStart = new Map<number, RawMatch>();
  for (const r of roleMatches) {
    const prev = byStart.get(r.start);
    if (!prev || r.end - r.start > prev.end - prev.start) byStart.set(r.start, r);
  }
  const used = new Set<RawMatch>();
  const out = people.map((named) => {
    const mention = appositionTitle({ text, mention: named, byStart, used, index, day });
    const person = index.people.get(mention.id);
    if (!person) return mention;
    const windowStart = Math.max(0, mention.start - 70);
    const before = text.slice(windowStart, mention.start);
    const gap = GAP_BEFORE_NAME.exec(before);
    if (!gap || !isTitleNameGap(gap[0])) return mention;
    const titleEnd = windowStart + gap.index;

    let titleStart = -1;
    let officeIds: string[] = [];
    const roleMatch = byEnd.get(titleEnd);
    if (roleMatch) {
      titleStart = roleMatch.start;
      officeIds = roleOffices(roleMatch);
      used.add(roleMatch);
    } else {
      const lower = text.slice(Math.max(0, titleEnd - 60), titleEnd).toLowerCase();
      for (const form of [...(index.titlesByCountry.get(person.country) ?? []), ...(index.titlesByCountry.get('ASEAN') ?? [])]) {
        if (!lower.endsWith(form.title)) continue;
        const start = titleEnd - form.title.length;
        if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
        titleStart = start;
        officeIds = form.officeIds;
        break;
      }
    }
    if (titleStart < 0) return mention;
    const flags: Flag[] = [...mention.flags];
    if (!hasModifierBefore(text, titleStart) && !flags.some((f) => f.type !== 'misspelling')) {
      const flag = titleFlag({ person, officeIds, day, index });
      if (flag) flags.push(flag);
    }
    return { ...mention, start: titleStart, text: text.slice(titleStart, mention.end), flags };
  });
  return { people: out, used };
}

/** Words that may open an apposition after a name: "Ashton Carter, the US Secretary of State, said". */
const APPOSITION = /^,\s+(?:(the|then|former|now|currently|still)\s+)?(?:(?:then|former|acting)[\s\u2010-\u2015-]+)?/iu;

/**
 * A title in apposition after the name ("Ashton Carter, the US Secretary of State,") is checked like
 * one in front; the phrase is used up so it does not also become a mention of the office's holder.
 * The mention keeps the name's span: the title is a separate clause.
 */
function appositionTitle({
  text,
  mention,
  byStart,
  used,
  index,
  day,
}: {
  text: string;
  mention: Mention;
  byStart: Map<number, RawMatch>;
  used: Set<RawMatch>;
  index: ResolverIndex;
  day: string | null;
}): Mention {
  const person = index.people.get(mention.id);
  const m = APPOSITION.exec(text.slice(mention.end, mention.end + 40));
  if (!person || !m) return mention;
  const at = mention.end + m[0].length;
  const roleMatch = byStart.get(at);
  let officeIds: string[] = [];
  let titleEnd = -1;
  if (roleMatch) {
    officeIds = roleOffices(roleMatch);
    titleEnd = roleMatch.end;
  } else {
    const lower = text.slice(at, at + 60).toLowerCase();
    const form = (index.titlesByCountry.get(person.country) ?? []).find(
      (f) => lower.startsWith(f.title) && !/[\p{L}\p{N}]/u.test(lower[f.title.length] ?? ''),
    );
    if (form) {
      officeIds = form.officeIds;
      titleEnd = at + form.title.length;
    }
  }
  // The apposition must end there (", said" / "." / ")"), or "Carter, the US Defense Secretary's aide" would count.
  if (titleEnd < 0 || !/^\s*(?:[,.;:)\u2014\u2013]|$)/u.test(text.slice(titleEnd, titleEnd + 3))) return mention;
  if (roleMatch) used.add(roleMatch);
  const hedged = m[0].match(/then|former/i) !== null;
  const flag = hedged ? undefined : titleFlag({ person, officeIds, day, index });
  return flag ? { ...mention, flags: [...mention.flags, flag] } : mention;
}

interface RolePhraseInput {
  text: string;
  roleMatches: RawMatch[];
  /** Short-name raw matches by start, for "Defence Minister Kihara". */
  shortByStart: Map<number, RawMatch>;
  index: ResolverIndex;
  day: string | null;
}

/**
 * Role phrases not attached to a full name, resolved to the holder on the article's day.
 * `named` are the ones joined to the holder's short name: they introduce the person for coreference.
 */
export function resolveRolePhrases({ text, roleMatches, shortByStart, index, day }: RolePhraseInput): {
  mentions: Mention[];
  named: Mention[];
} {
  const out: Mention[] = [];
  const named: Mention[] = [];
  if (!day) return { mentions: out, named };
  for (const r of roleMatches) {
    if (hasModifierBefore(text, r.start) || hasDesignateAfter(text, r.end)) continue;
    const holders = roleOffices(r).flatMap((id) => holdersOnDate(id, day, index.holders));
    const ids = [...new Set(holders.map((h) => h.person.id))];
    const first = holders[0];
    if (!first) continue;
    const mention: Mention = {
      start: r.start,
      end: r.end,
      text: r.text,
      kind: 'person',
      id: first.person.id,
      name: first.person.name,
      via: 'role',
      flags: [],
      ...(ids.length > 1 ? { candidates: ids } : {}),
    };
    const nameStart = nameStartAfter(text, r.end);
    if (nameStart >= 0) {
      const short = shortByStart.get(nameStart);
      const holderShort = short?.entries.some((e) => e.via === 'short-name' && e.target === first.person.id && e.form === short.text);
      if (!short || !holderShort || ids.length > 1) continue;
      const joined = { ...mention, end: short.end, text: text.slice(r.start, short.end) };
      out.push(joined);
      named.push(joined);
      continue;
    }
    out.push(mention);
  }
  return { mentions: out, named };
}
