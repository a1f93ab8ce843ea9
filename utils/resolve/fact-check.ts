/**
 * Fact-check flags on a person mention. Each flag cites the records it relies on, and none is
 * raised on a fact the corpus marks unverified, nor on a "possibly" reading of a partial date
 * (see office-timeline.ts): a flag says the text is wrong, so its evidence must be certain.
 */
import { earliestDay, latestDay } from '../corpus/partial-date';
import type { Corpus, Person } from '../corpus/schema';
import type { ArticleDate, Flag, Mention } from '../model/mention';
import { holdersOnDate, isUnverified, roleCertainlyCovers, roleCertainlyExcludes, rolePossiblyCovers } from './office-timeline';
import type { ResolverIndex } from './resolver-index';

/** "Aston Carter" -> "Likely misspelling of Ashton Carter", unless that misspelling is unverified. */
export function misspellingFlag(person: Person, writtenForm: string): Flag | undefined {
  const i = person.misspellings.findIndex((m) => m.toLowerCase() === writtenForm.toLowerCase());
  if (i >= 0 && isUnverified(person, `misspellings.${i}`)) return undefined;
  return { type: 'misspelling', message: `Likely misspelling of ${person.name}`, evidence: [person.id] };
}

export interface TitleCheck {
  person: Person;
  /** The offices the title in front of the name can mean ("US Secretary of State" -> one office). */
  officeIds: string[];
  /** The article's day; no day, no check. */
  day: string | null;
  index: ResolverIndex;
}

/**
 * A title paired with a name ("US Secretary of State Ashton Carter"), checked on the article's day:
 * - consistent when the person possibly held one of the title's offices that day: no flag;
 * - wrong-title when they certainly held a different office that day;
 * - not-in-office when they certainly did not hold the titled office that day (not yet, or left),
 *   shown by their own dated role in it or by someone else certainly holding it.
 */
export function titleFlag({ person, officeIds, day, index }: TitleCheck): Flag | undefined {
  if (!day || officeIds.length === 0) return undefined;
  const titled = new Set(officeIds);
  const ownRoles = person.roles.map((role, i) => ({ role, i }));
  if (ownRoles.some(({ role }) => titled.has(role.office) && rolePossiblyCovers(role, day))) return undefined;

  const verifiedHolder = officeIds
    .flatMap((id) => holdersOnDate(id, day, index.holders))
    .find((h) => h.person.id !== person.id && roleCertainlyCovers(h.role, day) && !isUnverified(h.person, `roles.${h.roleIndex}`));
  const titledOffice = index.offices.get(verifiedHolder?.role.office ?? officeIds[0]!);
  const titleName = verifiedHolder?.role.title ?? titledOffice?.name ?? 'that office';
  const holderClause = verifiedHolder ? `; the ${titleName} was ${verifiedHolder.person.name}` : '';
  const holderEvidence = verifiedHolder ? [verifiedHolder.role.office, verifiedHolder.person.id] : [];

  const actual = ownRoles.find(({ role, i }) => roleCertainlyCovers(role, day) && !isUnverified(person, `roles.${i}`));
  // An unverified role in the titled office might be the one that makes the title right: stay silent.
  if (ownRoles.some(({ role, i }) => titled.has(role.office) && isUnverified(person, `roles.${i}`))) return undefined;

  if (actual) {
    return {
      type: 'wrong-title',
      message: `On ${day} ${person.name} was ${actual.role.title}${holderClause}`,
      evidence: unique([person.id, actual.role.office, ...holderEvidence]),
    };
  }

  const heldBefore = ownRoles.filter(({ role }) => titled.has(role.office));
  const certainlyOut = heldBefore.length > 0 && heldBefore.every(({ role }) => roleCertainlyExcludes(role, day));
  if (!certainlyOut && !verifiedHolder) return undefined; // No evidence either way.
  if (heldBefore.length > 0 && !certainlyOut) return undefined;
  const held = heldBefore.map(({ role }) => `${role.start}\u2013${role.end ?? 'present'}`).join(', ');
  const heldClause = held ? ` (held it ${held})` : '';
  return {
    type: 'not-in-office',
    message: `On ${day} ${person.name} was not ${titleName}${heldClause}${holderClause}`,
    evidence: unique([person.id, ...heldBefore.map(({ role }) => role.office), ...holderEvidence]),
  };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/**
 * How far a date can carry a fact-check flag (issue 20). A flag says the article is wrong, so the day
 * it is checked on must be one the reader can trust:
 * - trusted: the reader's choice, metadata, JSON-LD, a header <time>, a dateline, or an inferred date
 *   of high confidence (a year-explicit date at the top of the text);
 * - inferred: an inferred date whose evidence bounds the day (medium, or low with a range);
 * - weak: no date, or an inferred one with nothing to bound it (the old-style guess).
 */
export type FlagDateTrust = 'trusted' | 'inferred' | 'weak';

export function flagDateTrust(date: ArticleDate): FlagDateTrust {
  if (!date.date || date.source === 'none') return 'weak';
  if (date.source !== 'inferred') return 'trusted';
  if (date.confidence === 'high') return 'trusted';
  if (date.confidence === 'medium' || (date.confidence === 'low' && date.range)) return 'inferred';
  return 'weak';
}

const FACT_FLAGS = new Set<Flag['type']>(['wrong-title', 'not-in-office']);

/**
 * Title and office flags as the article's date allows them (run after resolution):
 * - on a trusted date they stand as they are;
 * - on a weak date they are dropped: a guess never tells the reader the article is wrong;
 * - on an inferred date they stand only if no role of the people they cite starts or ends inside the
 *   days the evidence allows (so the flag holds on every one of them), and their message says the
 *   date was inferred and how to set it.
 * Misspelling flags do not depend on the date and are never touched.
 */
export function qualifyFactFlags({
  mentions,
  date,
  corpus,
}: {
  mentions: Mention[];
  date: ArticleDate;
  corpus: Pick<Corpus, 'people'>;
}): Mention[] {
  const trust = flagDateTrust(date);
  if (trust === 'trusted') return mentions;
  const from = date.range?.from ?? date.date ?? '';
  const to = date.range?.to ?? date.date ?? '';
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  const changesWithin = (ids: string[]) =>
    ids.some((id) =>
      people.get(id)?.roles.some((r) => {
        const starts = [earliestDay(r.start), latestDay(r.start)];
        const ends = r.end === null ? [] : [earliestDay(r.end), latestDay(r.end)];
        return [...starts, ...ends].some((d) => from <= d && d <= to);
      }),
    );
  return mentions.map((m) => {
    if (!m.flags.some((f) => FACT_FLAGS.has(f.type))) return m;
    const flags = m.flags.flatMap((f): Flag[] => {
      if (!FACT_FLAGS.has(f.type)) return [f];
      if (trust === 'weak' || changesWithin(f.evidence)) return [];
      return [
        {
          ...f,
          message: `${f.message} (the article's date is inferred${date.evidence ? ` from ${date.evidence}` : ''}: set it in the popup if it is wrong)`,
        },
      ];
    });
    return { ...m, flags };
  });
}
