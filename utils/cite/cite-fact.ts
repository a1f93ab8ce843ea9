/**
 * The fact a card stands for, with its citation (issue 18): for a person, the office held on the
 * article's date with its term; for a meeting, its name, dates, place and chair; for a term, its
 * expansion and one-line definition. A flagged mention copies a ready correction instead. Pure: the
 * card and the briefing call it, and the clipboard gets what it returns.
 */
import { countryName, findEntity } from '../corpus/find-entity';
import { meetingPlace } from '../corpus/meeting-place';
import type { Corpus, Meeting, Person, Role, Term } from '../corpus/schema';
import type { Flag, Mention } from '../model/mention';
import { roleOnDate } from '../resolve/office-timeline';
import { bestSource, type Citation, type CiteParts, renderCitation } from './cite-parts';

/** "US", "Japanese", "Singaporean": how a title is qualified by its country in running text. */
function countryQualifier(corpus: Corpus, id: string): string {
  const c = corpus.countries.find((x) => x.id === id);
  return c ? (c.shortForms[0] ?? c.demonyms[0] ?? c.name) : id;
}

const nameOf = (corpus: Corpus, id: string) => findEntity(corpus, id)?.record;

export const termWords = (role: Role) => `${role.start} – ${role.end ?? 'present'}${role.acting ? ', acting' : ''}`;

/** The first sentence of a text (a definition's one line), at most ~240 characters. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/s.exec(text.trim());
  const one = (m?.[1] ?? text.trim()).replace(/\s+/g, ' ');
  return one.length > 240 ? `${one.slice(0, 239).trimEnd()}…` : one;
}

function personFact(corpus: Corpus, person: Person, day: string | null): string {
  const role = day ? roleOnDate(person, day) : person.roles.at(-1);
  const who = countryQualifier(corpus, person.country);
  if (!role) return day ? `${person.name} held no office in the corpus on ${day}` : person.name;
  if (!day) return `${person.name}, latest office: ${who} ${role.title} (${termWords(role)})`;
  return `${person.name} was ${who} ${role.title} on ${day} (term ${termWords(role)})`;
}

export function meetingDates(m: Meeting): string {
  return m.end && m.end !== m.start ? `${m.start} – ${m.end}` : m.start;
}

function meetingFact(corpus: Corpus, meeting: Meeting): string {
  const place = meetingPlace(meeting, countryName(corpus, meeting.country));
  const chair = meeting.chair ? nameOf(corpus, meeting.chair) : undefined;
  const chairName = chair && 'name' in chair ? chair.name : meeting.chair;
  return `${meeting.name}, ${meetingDates(meeting)}, ${place}${chairName ? `; chaired by ${chairName}` : ''}`;
}

function termFact(term: Term): string {
  const head = term.expansion && term.expansion !== term.label ? `${term.label} (${term.expansion})` : term.label;
  return `${head}: ${firstSentence(term.definition)}`;
}

/** The card's main fact in parts, or undefined for an id the corpus does not hold. */
export function entityParts({ corpus, id, day }: { corpus: Corpus; id: string; day: string | null }): CiteParts | undefined {
  const e = findEntity(corpus, id);
  if (!e) return undefined;
  const source = bestSource(e.record.sources, day);
  if (e.kind === 'person') return { fact: personFact(corpus, e.record, day), source };
  if (e.kind === 'meeting') return { fact: meetingFact(corpus, e.record), source };
  return { fact: termFact(e.record), source };
}

/**
 * A flag as a correction one can paste: "Ashton Carter was US Secretary of Defense on 2016-09-30, not
 * Secretary of State (John Kerry held that office)". The wrong title is read from the flag's evidence
 * (the offices it names other than the one held), never from the page.
 */
export function flagParts({ corpus, mention, flag, day }: { corpus: Corpus; mention: Mention; flag: Flag; day: string | null }): CiteParts {
  const person = corpus.people.find((p) => p.id === mention.id);
  const source = person ? bestSource(person.sources, day) : undefined;
  if (!person) return { fact: flag.message, source };
  if (flag.type === 'misspelling') {
    return { fact: `“${mention.text}” should be “${person.name}”: ${personFact(corpus, person, day)}`, source };
  }
  const held = day ? roleOnDate(person, day) : undefined;
  if (flag.type === 'wrong-title' && day && held) {
    const wrong = flag.evidence
      .filter((id) => id !== held.office)
      .map((id) => corpus.offices.find((o) => o.id === id))
      .find((o) => o !== undefined);
    const holder = flag.evidence
      .filter((id) => id !== person.id)
      .map((id) => corpus.people.find((p) => p.id === id))
      .find((p) => p !== undefined);
    const who = countryQualifier(corpus, person.country);
    const not = wrong ? `, not ${wrong.name}${holder ? ` (${holder.name} held that office)` : ''}` : '';
    return { fact: `${person.name} was ${who} ${held.title} on ${day}${not}`, source };
  }
  return { fact: flag.message, source };
}

/** What Copy puts on the clipboard for a card: the correction when the mention is flagged, else the fact. */
export function citeCard({
  corpus,
  id,
  mention,
  day,
}: {
  corpus: Corpus;
  id: string;
  mention?: Mention;
  day: string | null;
}): Citation | undefined {
  const flag = mention?.flags[0];
  if (mention && flag) return renderCitation(flagParts({ corpus, mention, flag, day }));
  const parts = entityParts({ corpus, id, day });
  return parts ? renderCitation(parts) : undefined;
}
