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
import type { RawMatch } from '../match/dictionary-entry';
import type { Flag, Mention } from '../match/mention';
import { titleFlag } from './fact-check';
import { holdersOnDate } from './office-timeline';
import type { ResolverIndex } from './resolver-index';
import { hasDesignateAfter, hasModifierBefore, isTitleNameGap, nameStartAfter } from './text-context';

const roleOffices = (m: RawMatch) => [...new Set(m.entries.filter((e) => e.kind === 'role').map((e) => e.target))];

/** Trailing spaces, comma and honorifics before a name: "Minister Gen. |Phan" -> where the title ends. */
const GAP_BEFORE_NAME =
  /(?:,?\s+)(?:(?:Dr|Mr|Mrs|Ms|Madam|Prof|Sir|Gen|General|Lt|Maj|Col|Senior|Adm|Admiral|Air|Chief|Marshal|Datuk|Dato'?|Tan Sri|Haji|Pehin|Dasho|H\.E\.|Police|Pol|Captain|Capt)\.?\s+)*$/u;

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
  const used = new Set<RawMatch>();
  const out = people.map((mention) => {
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
    if (!hasModifierBefore(text, titleStart)) {
      const flag = titleFlag({ person, officeIds, day, index });
      if (flag) flags.push(flag);
    }
    return { ...mention, start: titleStart, text: text.slice(titleStart, mention.end), flags };
  });
  return { people: out, used };
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
