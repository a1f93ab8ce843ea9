/**
 * What the edit form shows for each kind of record. The form is driven by these lists, and the
 * record it builds is checked by the runtime schema (utils/corpus/schema.ts), so the form never
 * has rules of its own that could disagree with the data files.
 */
import { MEETING_FORMATS, MEETING_SERIES, OFFICE_KINDS, type RecordKind, TERM_CATEGORIES } from '../../utils/corpus/schema';

/** How an empty text box is written into the record. */
export type WhenEmpty = 'keep' | 'omit' | 'null';

export type Field =
  | {
      key: string;
      label: string;
      type: 'text' | 'textarea' | 'date';
      whenEmpty: WhenEmpty;
      hint?: string;
      /** The field holds the id of a record of this kind: the form offers the ids it knows. */
      ref?: RecordKind;
    }
  | { key: string; label: string; type: 'list'; hint?: string }
  /** `optional`: the select offers an empty choice, and choosing it leaves the key out of the record. */
  | { key: string; label: string; type: 'select'; options: readonly string[]; optional?: boolean }
  | { key: string; label: string; type: 'checkbox'; omitWhenFalse?: boolean }
  | { key: string; label: string; type: 'number' }
  | { key: string; label: string; type: 'group'; item: string; fields: Field[] };

const text = (key: string, label: string, whenEmpty: WhenEmpty = 'keep', hint?: string, ref?: RecordKind): Field => ({
  key,
  label,
  type: 'text',
  whenEmpty,
  hint,
  ref,
});
const area = (key: string, label: string, whenEmpty: WhenEmpty = 'keep'): Field => ({ key, label, type: 'textarea', whenEmpty });
const date = (key: string, label: string, whenEmpty: WhenEmpty, hint = 'YYYY, YYYY-MM or YYYY-MM-DD'): Field => ({
  key,
  label,
  type: 'date',
  whenEmpty,
  hint,
});
const list = (key: string, label: string, hint = 'one per line'): Field => ({ key, label, type: 'list', hint });

const ID = text('id', 'Id', 'keep', 'lowercase letters, digits and hyphens');
const SOURCES: Field = {
  key: 'sources',
  label: 'Sources',
  type: 'group',
  item: 'source',
  fields: [
    text('title', 'Title'),
    text('publisher', 'Publisher'),
    date('date', 'Date', 'null', 'empty if the page shows none'),
    text('url', 'Address', 'keep', 'http(s)://…'),
  ],
};
const UNVERIFIED = list('unverified', 'Unverified facts', 'dotted paths such as roles.0.start, one per line');
/** Optional on every record (schema.ts `notes`): why a fact is still unverified, editors' remarks. */
const NOTES = area('notes', 'Notes', 'omit');

export const RECORD_FIELDS: Record<RecordKind, Field[]> = {
  person: [
    ID,
    text('name', 'Name'),
    text('nativeName', 'Name in its own script', 'omit'),
    text('country', 'Country', 'keep', 'two capitals, e.g. SG', 'country'),
    area('summary', 'Summary'),
    {
      key: 'roles',
      label: 'Roles',
      type: 'group',
      item: 'role',
      fields: [
        text('office', 'Office id', 'keep', undefined, 'office'),
        text('title', 'Title'),
        date('start', 'Start', 'keep'),
        date('end', 'End', 'null', 'empty while still in office'),
        { key: 'acting', label: 'Acting', type: 'checkbox' },
      ],
    },
    list('aliases', 'Other full names'),
    list('shortNames', 'Short names'),
    list('misspellings', 'Misspellings seen in the news'),
    SOURCES,
    UNVERIFIED,
    NOTES,
  ],
  term: [
    ID,
    text('label', 'Label'),
    text('expansion', 'Expansion', 'omit'),
    { key: 'category', label: 'Category', type: 'select', options: TERM_CATEGORIES },
    area('definition', 'Definition'),
    list('aliases', 'Aliases'),
    { key: 'caseSensitive', label: 'Match case (acronyms)', type: 'checkbox' },
    list('related', 'Related ids'),
    SOURCES,
    UNVERIFIED,
    NOTES,
  ],
  meeting: [
    ID,
    { key: 'series', label: 'Series', type: 'select', options: MEETING_SERIES },
    { key: 'ordinal', label: 'Ordinal', type: 'number' },
    text('name', 'Name'),
    date('start', 'Start', 'keep'),
    date('end', 'End', 'omit'),
    text('city', 'City', 'omit'),
    { key: 'format', label: 'How it was held', type: 'select', options: MEETING_FORMATS, optional: true },
    text('country', 'Host country', 'keep', 'two capitals, e.g. ID', 'country'),
    text('chair', 'Chair (person id)', 'omit', undefined, 'person'),
    list('attendees', 'Attendees (person ids)'),
    list('aliases', 'Aliases'),
    list('outcomes', 'Outcomes'),
    area('summary', 'Summary', 'omit'),
    list('related', 'Related ids'),
    SOURCES,
    UNVERIFIED,
    NOTES,
  ],
  office: [
    ID,
    text('name', 'Name'),
    text('country', 'Country', 'keep', 'two capitals, or ASEAN', 'country'),
    { key: 'kind', label: 'Kind', type: 'select', options: OFFICE_KINDS },
    list('titles', 'Titles used in the news'),
    { key: 'timelineComplete', label: 'Every holder since 2006 is in the corpus', type: 'checkbox', omitWhenFalse: true },
    {
      key: 'vacancies',
      label: 'Vacancies',
      type: 'group',
      item: 'vacancy',
      fields: [date('from', 'From', 'keep'), date('to', 'To', 'keep'), text('note', 'Note')],
    },
    SOURCES,
    UNVERIFIED,
    NOTES,
  ],
  country: [
    text('id', 'Code', 'keep', 'two capitals, e.g. VN'),
    text('name', 'Name'),
    list('aliases', 'Aliases'),
    list('shortForms', 'Short forms'),
    list('demonyms', 'Demonyms'),
    { key: 'aseanMember', label: 'ASEAN member', type: 'checkbox' },
    date('aseanJoined', 'Joined ASEAN', 'omit'),
    { key: 'plusPartner', label: 'ADMM-Plus partner', type: 'checkbox' },
    SOURCES,
    UNVERIFIED,
    NOTES,
  ],
};
