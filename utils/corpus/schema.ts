/**
 * The one runtime schema for corpus data: bundled files, imports and user edits are all checked
 * against it, and the TypeScript types are derived from it (one source of truth).
 */
import { z } from 'zod';
import { isPartialDate } from './partial-date';

export { isPartialDate };

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const COUNTRY_ID_PATTERN = /^[A-Z]{2}$/;
const text = (max: number) => z.string().trim().min(1).max(max);
export const partialDate = z.string().refine(isPartialDate, { message: 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)' });
export const entityId = z.string().regex(ID_PATTERN, { message: 'not an id (lowercase letters, digits, hyphens)' });
export const countryId = z.string().regex(COUNTRY_ID_PATTERN, { message: 'not a country code (two capitals)' });
const surfaceForms = z.array(text(120)).max(50).default([]);

export const sourceSchema = z.strictObject({
  title: text(300),
  publisher: text(200),
  date: partialDate.nullable(),
  url: z
    .string()
    .max(2000)
    .refine((u) => /^https?:\/\/[^\s]+$/.test(u), { message: 'not an http(s) address' }),
});

const common = {
  sources: z.array(sourceSchema).min(1, { message: 'cite at least one source' }).max(20),
  /** Dotted paths of facts no source confirmed, e.g. "roles.0.start". Shown as unverified, never flagged on. */
  unverified: z.array(text(100)).max(50).default([]),
  /** Why each `unverified` path is still unconfirmed (what was searched), and other editors' remarks. */
  notes: text(2000).optional(),
};

export const countrySchema = z.strictObject({
  id: countryId,
  name: text(100),
  aliases: surfaceForms,
  shortForms: surfaceForms,
  demonyms: surfaceForms,
  aseanMember: z.boolean(),
  aseanJoined: partialDate.optional(),
  plusPartner: z.boolean(),
  ...common,
});

export const OFFICE_KINDS = ['defence', 'foreign', 'head-of-government', 'head-of-state', 'asean', 'other'] as const;
export const officeSchema = z.strictObject({
  id: entityId,
  country: z.union([countryId, z.literal('ASEAN')]),
  name: text(200),
  kind: z.enum(OFFICE_KINDS),
  titles: z.array(text(120)).min(1).max(50),
  /** Set only once every holder from 2006 to 2025 is in the corpus; the timeline test then holds it to that. */
  timelineComplete: z.boolean().optional(),
  /** Real periods with no holder (or none the sources name), so that a timeline gap is explained. */
  vacancies: z
    .array(z.strictObject({ from: partialDate, to: partialDate, note: text(500) }))
    .max(20)
    .default([]),
  ...common,
});

export const roleSchema = z.strictObject({
  office: entityId,
  title: text(200),
  start: partialDate,
  end: partialDate.nullable(),
  acting: z.boolean().default(false),
});

export const personSchema = z.strictObject({
  id: entityId,
  name: text(120),
  nativeName: text(120).optional(),
  aliases: surfaceForms,
  shortNames: surfaceForms,
  misspellings: surfaceForms,
  country: countryId,
  roles: z.array(roleSchema).max(50).default([]),
  summary: text(1000),
  ...common,
});

export const MEETING_SERIES = [
  'ADMM',
  'ADMM-Plus',
  'ADMM-Retreat',
  'ASEAN-US',
  'ASEAN-China',
  'ASEAN-Japan',
  'ASEAN-India',
  'ASEAN-Russia',
  'ASEAN-Australia',
  'ASEAN-ROK',
  'ASEAN-NZ',
  'Special',
] as const;
/**
 * How a meeting was held. Absent means the corpus does not say (most meetings were held in person);
 * "video" (by video conference, as several were in 2020-21) means it had no host city by nature, and
 * `country` is the host, the ASEAN chair that convened it.
 */
export const MEETING_FORMATS = ['in-person', 'video'] as const;
export const meetingSchema = z.strictObject({
  id: entityId,
  series: z.enum(MEETING_SERIES),
  ordinal: z.number().int().positive().max(1000).optional(),
  name: text(300),
  aliases: surfaceForms,
  start: partialDate,
  end: partialDate.optional(),
  city: text(100).optional(),
  format: z.enum(MEETING_FORMATS).optional(),
  country: countryId,
  chair: entityId.optional(),
  attendees: z.array(entityId).max(100).default([]),
  related: z.array(entityId).max(50).default([]),
  outcomes: z.array(text(1000)).max(30).default([]),
  summary: text(1000).optional(),
  ...common,
});

export const TERM_CATEGORIES = ['mechanism', 'working-group', 'programme', 'agreement', 'organisation', 'concept', 'place'] as const;
export const termSchema = z.strictObject({
  id: entityId,
  label: text(200),
  expansion: text(300).optional(),
  aliases: surfaceForms,
  caseSensitive: z.boolean().default(false),
  category: z.enum(TERM_CATEGORIES),
  definition: text(1500),
  related: z.array(entityId).max(50).default([]),
  ...common,
});

export const ambiguitySchema = z.strictObject({
  form: text(120),
  ids: z.array(entityId).min(2).max(20),
  note: text(500),
});

export type Source = z.infer<typeof sourceSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Office = z.infer<typeof officeSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Person = z.infer<typeof personSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Term = z.infer<typeof termSchema>;
export type Ambiguity = z.infer<typeof ambiguitySchema>;

/** The kinds of record a reader can browse, edit, import and export. */
export const RECORD_KINDS = ['person', 'meeting', 'term', 'office', 'country'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_SCHEMAS = {
  person: personSchema,
  meeting: meetingSchema,
  term: termSchema,
  office: officeSchema,
  country: countrySchema,
} as const;

export type RecordOf<K extends RecordKind> = z.infer<(typeof RECORD_SCHEMAS)[K]>;
export type AnyRecord = Person | Meeting | Term | Office | Country;

/** A record together with its kind: what the database stores and messages carry. */
export type TaggedRecord = { [K in RecordKind]: { kind: K; record: RecordOf<K> } }[RecordKind];

/** Top-level keys of a corpus file and the record kind each holds (the file wrapper itself: corpus-file.ts). */
export const COLLECTIONS = {
  people: 'person',
  meetings: 'meeting',
  terms: 'term',
  offices: 'office',
  countries: 'country',
} as const satisfies Record<string, RecordKind>;

export interface Corpus {
  version: string;
  countries: Country[];
  offices: Office[];
  people: Person[];
  meetings: Meeting[];
  terms: Term[];
  ambiguities: Ambiguity[];
}
