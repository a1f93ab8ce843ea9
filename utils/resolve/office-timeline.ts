/**
 * Who held which office on a day, with partial dates read as ranges (utils/corpus/partial-date.ts).
 *
 * The rule, used everywhere a date question is asked:
 * - a role POSSIBLY covers a day when earliestDay(start) <= day <= latestDay(end): a role that
 *   started "2016-09" may have covered 2016-09-01; this is what resolution uses to name a holder;
 * - a role CERTAINLY covers a day when latestDay(start) <= day <= earliestDay(end);
 * - a role certainly does NOT cover a day when day < earliestDay(start) or day > latestDay(end);
 *   fact-check flags are raised only on this certain reading, never on a "possibly".
 * End days are inclusive (on a handover day both people are "in office"; the later start wins).
 * A null end means still in office as far as the sources say.
 */
import { earliestDay, latestDay } from '../corpus/partial-date';
import type { Corpus, Person, Role } from '../corpus/schema';

export function rolePossiblyCovers(role: Role, day: string): boolean {
  return earliestDay(role.start) <= day && (role.end === null || day <= latestDay(role.end));
}

export function roleCertainlyCovers(role: Role, day: string): boolean {
  return latestDay(role.start) <= day && (role.end === null || day <= earliestDay(role.end));
}

export function roleCertainlyExcludes(role: Role, day: string): boolean {
  return day < earliestDay(role.start) || (role.end !== null && day > latestDay(role.end));
}

/** True when a fact at `path` (e.g. "roles.0") was marked unverified, in whole or in part. */
export function isUnverified(record: { unverified?: string[] }, path: string): boolean {
  return (record.unverified ?? []).some((u) => u === path || path.startsWith(`${u}.`) || u.startsWith(`${path}.`));
}

export interface HeldRole {
  person: Person;
  role: Role;
  /** Index in person.roles, for "roles.N" unverified paths and evidence. */
  roleIndex: number;
}

/** Best first: certain over possible, substantive over acting, later start (the successor on a handover day). */
function rank(a: HeldRole, b: HeldRole, day: string): number {
  const certain = Number(roleCertainlyCovers(b.role, day)) - Number(roleCertainlyCovers(a.role, day));
  if (certain !== 0) return certain;
  const acting = Number(a.role.acting) - Number(b.role.acting);
  if (acting !== 0) return acting;
  return earliestDay(b.role.start).localeCompare(earliestDay(a.role.start));
}

/** Every role the person possibly held on the day, best first. */
export function rolesOnDate(person: Person, day: string): HeldRole[] {
  return person.roles
    .map((role, roleIndex) => ({ person, role, roleIndex }))
    .filter((h) => rolePossiblyCovers(h.role, day))
    .sort((a, b) => rank(a, b, day));
}

/** The role a person card shows for the article's date; undefined = "no role in the corpus on that date". */
export function roleOnDate(person: Person, day: string): Role | undefined {
  return rolesOnDate(person, day)[0]?.role;
}

/** Every person's role in each office, built once per corpus by the resolver index. */
export type OfficeHolders = Map<string, HeldRole[]>;

export function officeHolders(corpus: Corpus): OfficeHolders {
  const holders: OfficeHolders = new Map();
  for (const person of corpus.people) {
    person.roles.forEach((role, roleIndex) => {
      const list = holders.get(role.office) ?? [];
      list.push({ person, role, roleIndex });
      holders.set(role.office, list);
    });
  }
  return holders;
}

/** Everyone who possibly held the office on the day, best first. */
export function holdersOnDate(officeId: string, day: string, holders: OfficeHolders): HeldRole[] {
  return (holders.get(officeId) ?? []).filter((h) => rolePossiblyCovers(h.role, day)).sort((a, b) => rank(a, b, day));
}

const holderCache = new WeakMap<Corpus, OfficeHolders>();

/** Who held the office on the day (for cards); undefined when the corpus names nobody. */
export function holderOnDate(officeId: string, day: string, corpus: Corpus): HeldRole | undefined {
  let holders = holderCache.get(corpus);
  if (!holders) {
    holders = officeHolders(corpus);
    holderCache.set(corpus, holders);
  }
  return holdersOnDate(officeId, day, holders)[0];
}
