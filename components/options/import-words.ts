/**
 * An import's invalid records in plain words (issue 18): which record, by kind, position and name,
 * and which field, by what a reader calls it ("Term 3, “HADR”: source 1’s date is not a date"),
 * from the checker's paths ("terms[2].sources[0].date: not a date"). Pure; the technical line
 * stays beside it for whoever fixes the file by hand.
 */
import type { InvalidRecord } from '../../utils/import/parse-import';

const KIND_WORD: Record<string, string> = {
  people: 'Person',
  meetings: 'Meeting',
  terms: 'Term',
  offices: 'Office',
  countries: 'Country',
  hidden: 'Hidden entry',
};

/** Field names as a reader says them; a list's items are named in the singular, with their number. */
const FIELD_WORD: Record<string, string> = {
  id: 'id',
  name: 'name',
  label: 'label',
  nativeName: 'native name',
  definition: 'definition',
  expansion: 'expansion',
  summary: 'summary',
  sources: 'source',
  url: 'address',
  title: 'title',
  publisher: 'publisher',
  date: 'date',
  roles: 'role',
  office: 'office',
  start: 'start date',
  end: 'end date',
  acting: 'acting flag',
  attendees: 'attendee',
  aliases: 'alias',
  shortNames: 'short name',
  misspellings: 'misspelling',
  related: 'related term',
  outcomes: 'outcome',
  country: 'country',
  city: 'city',
  chair: 'chair',
  series: 'series',
  category: 'category',
  titles: 'title',
  unverified: 'unverified note',
};

const word = (key: string) => FIELD_WORD[key] ?? key;

/** "terms[2]" -> "Term 3"; with the name when the file gives one. */
export function recordWords(r: Pick<InvalidRecord, 'where' | 'id' | 'name'>): string {
  const m = /^(\w+)\[(\d+)\]$/.exec(r.where);
  const base = m ? `${KIND_WORD[m[1] ?? ''] ?? m[1]} ${Number(m[2]) + 1}` : r.where;
  if (r.name) return `${base}, “${r.name}”${r.id ? ` (id ${r.id})` : ''}`;
  return r.id ? `${base} (id ${r.id})` : base;
}

/** "sources[0].date" -> "source 1’s date"; "label" -> "the label". */
export function fieldWords(path: string): string {
  const parts = [...path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)];
  const out: string[] = [];
  for (const p of parts) {
    if (p[1] !== undefined) out.push(word(p[1]));
    else if (p[2] !== undefined && out.length > 0) out[out.length - 1] = `${out.at(-1)} ${Number(p[2]) + 1}`;
  }
  if (out.length === 0) return 'the record';
  return out.length === 1 ? `the ${out[0]}` : out.map((w, i) => (i < out.length - 1 ? `${w}’s` : w)).join(' ');
}

/** The checker's message in plain words. */
export function problemWords(message: string): string {
  const t = message.trim();
  let m = /expected (\w+), received (\w+)/.exec(t);
  if (m) {
    if (m[2] === 'undefined') return 'is missing';
    const kind = (k: string) =>
      ({ string: 'text', number: 'a number', boolean: 'yes or no', array: 'a list', object: 'a group of fields' })[k] ?? k;
    return `should be ${kind(m[1] ?? '')}, not ${kind(m[2] ?? '')}`;
  }
  m = /expected (?:string|array) to have <=(\d+)/.exec(t);
  if (m) return `is too long (at most ${m[1]})`;
  m = /expected (?:string|array) to have >=(\d+)/.exec(t);
  if (m) return m[1] === '1' ? 'is empty' : `is too short (at least ${m[1]})`;
  m = /Unrecognized keys?: (.+)/.exec(t);
  if (m) return `has a field Defence Lens does not know: ${m[1]}`;
  if (t === 'key not allowed') return 'uses a name that is not allowed as a field';
  return t.startsWith('not ') || t.startsWith('cite ') ? `is ${t}` : t;
}

/** One checker line ("terms[2].sources[0].date: not a date") as plain words, for the record at `where`. */
export function errorWords(where: string, line: string): string {
  const at = line.indexOf(': ');
  if (at < 0 || !line.startsWith(where)) return line;
  const path = line.slice(where.length, at).replace(/^\./, '');
  const problem = problemWords(line.slice(at + 2));
  const field = fieldWords(path);
  return problem.startsWith('is ') || problem.startsWith('should ') || problem.startsWith('has ') || problem.startsWith('uses ')
    ? `${field} ${problem}`
    : `${field}: ${problem}`;
}

export function invalidWords(r: InvalidRecord): { record: string; problems: string[] } {
  return { record: recordWords(r), problems: r.errors.map((e) => errorWords(r.where, e)) };
}
