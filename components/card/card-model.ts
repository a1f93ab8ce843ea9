/**
 * What a card shows, derived from the corpus: pure functions, so the hover card and the popup's
 * detail view present the same facts the same way.
 */

import { type CorpusEntity, countryName, findEntity } from '../../utils/corpus/find-entity';
import { earliestDay } from '../../utils/corpus/partial-date';
import type { Corpus, Meeting, Person, Source } from '../../utils/corpus/schema';
import { isUnverified, roleOnDate } from '../../utils/resolve/office-timeline';

export type CardEntity = CorpusEntity;
export { countryName, findEntity };

export function displayName(corpus: Corpus, id: string): string {
  const e = findEntity(corpus, id);
  if (!e) return id;
  return e.kind === 'term' ? e.record.label : e.record.name;
}

export interface PersonRoleView {
  title: string;
  term: string;
  unverified: boolean;
}

/** The role a person held on the day (or a plain statement that the corpus knows none). */
export function personRoleOn(person: Person, day: string | null): PersonRoleView | undefined {
  if (!day) {
    const latest = person.roles.at(-1);
    return latest ? roleView(person, latest) : undefined;
  }
  const role = roleOnDate(person, day);
  return role ? roleView(person, role) : undefined;
}

function roleView(person: Person, role: Person['roles'][number]): PersonRoleView {
  const i = person.roles.indexOf(role);
  const unverified = ['', '.start', '.end'].some((s) => isUnverified(person, `roles.${i}${s}`));
  return { title: role.title, term: `${role.start} – ${role.end ?? 'present'}${role.acting ? ' (acting)' : ''}`, unverified };
}

/** Meetings a person attended or chaired, newest first. */
export function meetingsOf(corpus: Corpus, personId: string, limit = 5): Meeting[] {
  return corpus.meetings
    .filter((m) => m.chair === personId || m.attendees.includes(personId))
    .sort((a, b) => b.start.localeCompare(a.start))
    .slice(0, limit);
}

/**
 * Every meeting a person attended or chaired, nearest the day first (the reader of a 2016 article
 * wants 2016's meetings, not this year's); without a day, newest first.
 */
export function meetingsNear(corpus: Corpus, personId: string, day: string | null): Meeting[] {
  const all = corpus.meetings.filter((m) => m.chair === personId || m.attendees.includes(personId));
  if (!day) return all.sort((a, b) => b.start.localeCompare(a.start));
  const t = Date.parse(day);
  const distance = (m: Meeting) => Math.abs(Date.parse(earliestDay(m.start)) - t);
  return all.sort((a, b) => distance(a) - distance(b) || b.start.localeCompare(a.start));
}

export function meetingDates(m: Meeting): string {
  return m.end && m.end !== m.start ? `${m.start} – ${m.end}` : m.start;
}

/** Only http(s) links are ever rendered. */
export function safeHref(source: Source): string | undefined {
  return /^https?:\/\//i.test(source.url) ? source.url : undefined;
}

const FIELD_WORDS: Record<string, string> = {
  nativeName: 'native name',
  start: 'start date',
  end: 'end date',
  city: 'city',
  country: 'country',
  chair: 'chair',
  attendees: 'attendees',
  outcomes: 'outcomes',
  ordinal: 'ordinal',
  expansion: 'expansion',
  title: 'title',
};

/** An unverified path in the reader's words: "roles.0.start" -> 'start date of "Minister for Defence"'. */
export function unverifiedLabel(roles: readonly { title: string }[] | undefined, path: string): string {
  const [head, index, field] = path.split('.');
  const word = (f: string) => FIELD_WORDS[f] ?? f.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (head === 'roles' && index !== undefined) {
    const title = roles?.[Number(index)]?.title;
    const role = title ? `"${title}"` : `role ${Number(index) + 1}`;
    return field ? `${word(field)} of ${role}` : `the role ${role}`;
  }
  if (index !== undefined && /^\d+$/.test(index)) return `${word(head ?? path)} ${Number(index) + 1}${field ? ` (${word(field)})` : ''}`;
  return word(path);
}
