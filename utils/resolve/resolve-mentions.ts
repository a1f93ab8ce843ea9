/**
 * The resolution stage: raw matches in, mentions out, read like an analyst on the article's date.
 * 1. names, aliases, labels and misspellings (flagged) become mentions directly;
 * 2. titles join the names they precede and are fact-checked (time-aware-roles.ts, fact-check.ts);
 * 3. role phrases alone become the office's holder on the article's date;
 * 4. short names count after a full mention of their person (coreference.ts);
 * 5. meetings are found by ordinal and by description in the text itself;
 * 6. overlaps are settled, longest and most specific first (selection.ts);
 * 7. a name the page gives to an actor or a footballer is not the corpus's person (namesakes.ts).
 * Output is sorted by start and never overlaps. Indexes are built once per corpus (resolver-index.ts).
 */
import { earliestDay } from '../corpus/partial-date';
import type { Corpus } from '../corpus/schema';
import type { DictionaryEntry, RawMatch } from '../model/dictionary-entry';
import type { ArticleDate, Mention, MentionKind } from '../model/mention';
import { resolveShortNames } from './coreference';
import { misspellingFlag, qualifyFactFlags } from './fact-check';
import { resolveMeetingDescriptions } from './meeting-descriptions';
import { resolveMeetingOrdinals } from './meeting-ordinals';
import { resolveMeetingSeries } from './meeting-series';
import { dropNamesakes } from './namesakes';
import { type ResolverIndex, resolverIndex } from './resolver-index';
import { selectMentions } from './selection';
import { attachTitles, resolveRolePhrases } from './time-aware-roles';

export interface ResolveInput {
  text: string;
  matches: RawMatch[];
  corpus: Corpus;
  date: ArticleDate;
}

type DirectEntry = DictionaryEntry & { kind: MentionKind };

const KIND_ORDER: Record<MentionKind, number> = { person: 0, meeting: 1, organization: 2, term: 3 };
const VIA_ORDER: Partial<Record<DictionaryEntry['via'], number>> = { name: 0, alias: 0, misspelling: 1 };

export function resolveMentions({ text, matches, corpus, date }: ResolveInput): Mention[] {
  const index = resolverIndex(corpus);
  const day = date.date;
  const direct: Mention[] = [];
  const roleMatches: RawMatch[] = [];
  const shortMatches: RawMatch[] = [];
  for (const match of matches) {
    if (match.entries.some((e) => e.kind === 'role')) roleMatches.push(match);
    if (match.entries.some((e) => e.via === 'short-name')) shortMatches.push(match);
    const mention = directMention(match, index, day);
    if (mention) direct.push(mention);
  }

  const people = direct.filter((m) => m.kind === 'person');
  const others = direct.filter((m) => m.kind !== 'person');
  const titled = attachTitles({ text, people, roleMatches, index, day });
  const shortByStart = new Map(shortMatches.map((m) => [m.start, m]));
  const roles = resolveRolePhrases({ text, roleMatches: roleMatches.filter((r) => !titled.used.has(r)), shortByStart, index, day });
  // A role phrase joined to the holder's short name ("Defence Minister Kihara") names him fully.
  const shortNames = resolveShortNames({ text, fullMentions: [...titled.people, ...roles.named], shortMatches, index });

  const ordinals = resolveMeetingOrdinals(text, index);
  const descriptions = resolveMeetingDescriptions({
    text,
    day,
    index,
    meetingMentions: [...ordinals, ...others.filter((m) => m.kind === 'meeting')],
  });
  const meetings = resolveMeetingSeries({ text, day, index, mentions: [...others, ...ordinals, ...descriptions] });
  const selected = selectMentions([...titled.people, ...roles.mentions, ...shortNames, ...meetings]);
  // Title and office flags raised on an inferred date say so, and on a weak one are not raised.
  return qualifyFactFlags({ mentions: dropNamesakes(text, selected), date, corpus });
}

/** A name, alias, label or misspelling: the mention it makes, or undefined for role and short-name forms. */
function directMention(match: RawMatch, index: ResolverIndex, day: string | null): Mention | undefined {
  const entries = match.entries
    .filter((e): e is DirectEntry => e.kind !== 'role' && e.kind !== 'name-part' && e.via !== 'short-name')
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (VIA_ORDER[a.via] ?? 2) - (VIA_ORDER[b.via] ?? 2));
  const best = entries[0];
  if (!best) return undefined;
  const same = entries.filter((e) => e.kind === best.kind && e.via === best.via);
  let targets = [...new Set(same.map((e) => e.target))];
  // One form, several meetings (a series name used every year): nearest the article's date first.
  if (best.kind === 'meeting' && targets.length > 1 && day) targets = byDateNearness(targets, index, day);
  const id = targets[0]!;
  const name = index.names.get(id) ?? best.form;
  const person = best.kind === 'person' ? index.people.get(id) : undefined;
  const flag = best.via === 'misspelling' && person ? misspellingFlag(person, match.text) : undefined;
  return {
    start: match.start,
    end: match.end,
    text: match.text,
    kind: best.kind,
    id,
    name,
    via: best.via,
    flags: flag ? [flag] : [],
    ...(targets.length > 1 ? { candidates: targets } : {}),
  };
}

function byDateNearness(ids: string[], index: ResolverIndex, day: string): string[] {
  const distance = (id: string) => {
    const m = index.meetings.get(id);
    return m ? Math.abs(Date.parse(earliestDay(m.start)) - Date.parse(day)) : Number.POSITIVE_INFINITY;
  };
  return [...ids].sort((a, b) => distance(a) - distance(b));
}
