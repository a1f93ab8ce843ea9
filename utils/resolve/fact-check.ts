/**
 * Fact-check flags on a person mention. Each flag cites the records it relies on, and none is
 * raised on a fact the corpus marks unverified, nor on a "possibly" reading of a partial date
 * (see office-timeline.ts): a flag says the text is wrong, so its evidence must be certain.
 */
import type { Person } from '../corpus/schema';
import type { Flag } from '../model/mention';
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
