/**
 * The corpus file wrapper, the one definition of what an import reads and an export writes: the
 * TypeScript type, the import's checks (utils/import/parse-import.ts), the published JSON Schema
 * (json-schema.ts, `npm run schema`) and the export (utils/storage/corpus-transfer.ts) all come from
 * the schemas here. The file carries a numeric format version; each version has its own importer,
 * which checks the wrapper as that version wrote it and upgrades it to the current one, as Yomitan's
 * dictionary importer picks a schema by a dictionary's format version.
 *
 * Format versions:
 * 1: no version number. `format` optional; `version`, when given, was a free label (exports wrote the
 *    bundled corpus version there), read and dropped.
 * 2: `"format": "defence-lens-corpus"` and `"version": 2`, both required, so a file says what it is.
 *    Records are the same as in version 1.
 *
 * To add a version: bump CORPUS_FORMAT_VERSION, give the new wrapper its schema, write an upgrade from
 * the previous one, make the older importers run it after their own upgrade, add the importer to
 * FILE_IMPORTERS, note it above, and test a file of each older version (corpus-file.test.ts).
 */
import { z } from 'zod';
import {
  ambiguitySchema,
  COLLECTIONS,
  countryId,
  countrySchema,
  entityId,
  meetingSchema,
  officeSchema,
  personSchema,
  type RecordKind,
  termSchema,
} from './schema';

export const CORPUS_FORMAT = 'defence-lens-corpus';
export const CORPUS_FORMAT_VERSION = 2;

/** Top-level keys that hold records, in the order files list them. */
export const COLLECTION_KEYS = Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[];
/** The collection a record kind is filed under ("person" -> "people"). */
export const COLLECTION_OF = Object.fromEntries(Object.entries(COLLECTIONS).map(([c, k]) => [k, c])) as Record<
  RecordKind,
  keyof typeof COLLECTIONS
>;

const LISTED = 'people, meetings, terms, offices or countries';
const FORMAT_ERROR = `"format" must be "${CORPUS_FORMAT}" when given: this file is something else.`;
const VERSION_ERROR = '"version" must be the format version number or, in files of version 1, a short text.';

/**
 * What fills the wrapper: the record schemas for the full file, anything for the wrapper alone.
 * One type parameter per part: an indexed access (`P['person']`) would lose the record types.
 */
interface Parts<Pe, Me, Te, Of, Co, Hi, Am> {
  person: Pe;
  meeting: Me;
  term: Te;
  office: Of;
  country: Co;
  hiddenId: Hi;
  ambiguity: Am;
}

/** The keys every version shares: the five record arrays, the hidden list, the ignored ambiguities. */
function body<
  Pe extends z.ZodType,
  Me extends z.ZodType,
  Te extends z.ZodType,
  Of extends z.ZodType,
  Co extends z.ZodType,
  Hi extends z.ZodType,
  Am extends z.ZodType,
>(parts: Parts<Pe, Me, Te, Of, Co, Hi, Am>) {
  const list = <T extends z.ZodType>(key: string, item: T) => z.array(item, { error: `"${key}" must be an array.` }).optional();
  return {
    people: list('people', parts.person),
    meetings: list('meetings', parts.meeting),
    terms: list('terms', parts.term),
    offices: list('offices', parts.office),
    countries: list('countries', parts.country),
    hidden: z
      .array(parts.hiddenId, { error: '"hidden" must be an array of ids.' })
      .optional()
      .describe('Ids of bundled records the reader hid. Exports carry it; an import hides those records (never one the reader edited).'),
    ambiguities: z
      .array(parts.ambiguity, { error: '"ambiguities" must be an array.' })
      .optional()
      .describe("The bundled files' list of ambiguous forms: accepted and ignored by an import."),
  };
}

const wrapperError = (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' ? `Unknown top-level key "${issue.keys?.[0]?.slice(0, 60)}": expected ${LISTED}.` : undefined;

const holdsSomething = (file: Record<string, unknown>) => [...COLLECTION_KEYS, 'hidden'].some((k) => file[k] !== undefined);
const HOLDS_NOTHING = `The file holds no "people", "meetings", "terms", "offices" or "countries".`;

type Body = ReturnType<typeof body>;

/** Version 1: no version number; `format` optional; `version` a free label when given. */
function version1<B extends Body>(records: B) {
  return z
    .strictObject(
      {
        format: z.literal(CORPUS_FORMAT, { error: FORMAT_ERROR }).optional(),
        version: z.union([z.literal(1), z.string().max(50, { error: VERSION_ERROR })], { error: VERSION_ERROR }).optional(),
        ...records,
      },
      { error: wrapperError },
    )
    .refine(holdsSomething, { error: HOLDS_NOTHING });
}

/** Version 2, the current one: `format` and the numeric `version` required. */
function version2<B extends Body>(records: B) {
  return z
    .strictObject(
      {
        format: z.literal(CORPUS_FORMAT, {
          error: (issue) => (issue.input === undefined ? `"format": "${CORPUS_FORMAT}" is required in files of version 2.` : FORMAT_ERROR),
        }),
        version: z.literal(2),
        ...records,
      },
      { error: wrapperError },
    )
    .refine(holdsSomething, { error: HOLDS_NOTHING });
}

const RECORDS = {
  person: personSchema,
  meeting: meetingSchema,
  term: termSchema,
  office: officeSchema,
  country: countrySchema,
  hiddenId: z.union([entityId, countryId]),
  ambiguity: ambiguitySchema,
};
const ANYTHING = {
  person: z.unknown(),
  meeting: z.unknown(),
  term: z.unknown(),
  office: z.unknown(),
  country: z.unknown(),
  hiddenId: z.unknown(),
  ambiguity: z.unknown(),
};

const wrapperV1 = version1(body(ANYTHING));
const wrapperV2 = version2(body(ANYTHING));

/** The whole current file, records included: the published JSON Schema and the export's type. */
export const corpusFileSchema = version2(body(RECORDS)).describe(
  `Defence Lens corpus file, format version ${CORPUS_FORMAT_VERSION}: records to import, in the same format as the bundled data/corpus files. Files of version 1 (no "version" number) are read too.`,
);
export type CorpusFile = z.output<typeof corpusFileSchema>;

/**
 * The current wrapper with its records unchecked: an import checks each record on its own, so that
 * one bad record never stops the good ones (utils/import/parse-import.ts).
 */
export type CorpusFileWrapper = z.output<typeof wrapperV2>;

function firstError(error: z.ZodError): string {
  // An unknown key says most about a file that is something else; then the keys in file order.
  const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? error.issues[0];
  return issue?.message ?? 'This file is not a corpus file.';
}

export type WrapperResult = { ok: true; file: CorpusFileWrapper; readAs: number } | { ok: false; error: string };

/** Version 1 -> 2: the label goes (it named a bundled corpus, not the format), the file says what it is. */
function upgradeV1(file: z.output<typeof wrapperV1>): CorpusFileWrapper {
  const { format: _format, version: _label, ...rest } = file;
  return { format: CORPUS_FORMAT, version: 2, ...rest };
}

/** One importer per format version: checks the wrapper as that version wrote it, returns the current one. */
export const FILE_IMPORTERS: Readonly<Record<number, (top: Record<string, unknown>) => WrapperResult>> = {
  1: (top) => {
    const parsed = wrapperV1.safeParse(top);
    return parsed.success ? { ok: true, file: upgradeV1(parsed.data), readAs: 1 } : { ok: false, error: firstError(parsed.error) };
  },
  2: (top) => {
    const parsed = wrapperV2.safeParse(top);
    return parsed.success ? { ok: true, file: parsed.data, readAs: 2 } : { ok: false, error: firstError(parsed.error) };
  },
};

/** The format version a file declares: its numeric `version`, or 1 when it has none (or a label). */
export function declaredFormatVersion(top: Record<string, unknown>): number | undefined {
  const v = top.version;
  if (typeof v !== 'number') return 1;
  return Number.isInteger(v) ? v : undefined;
}

/**
 * A parsed JSON value as the current wrapper, whatever format version wrote it, or the one message
 * that says why it cannot be read. Records inside are left unchecked.
 */
export function readCorpusFileWrapper(data: unknown): WrapperResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, error: `The top level must be an object with "people", "meetings", "terms", "offices" or "countries" arrays.` };
  }
  const top = data as Record<string, unknown>;
  const version = declaredFormatVersion(top);
  const importer = version === undefined ? undefined : FILE_IMPORTERS[version];
  if (!importer) {
    const known = Object.keys(FILE_IMPORTERS).join(', ');
    return {
      ok: false,
      error:
        version !== undefined && version > CORPUS_FORMAT_VERSION
          ? `This file is in corpus format version ${version}, newer than this Defence Lens reads (versions ${known}): update the extension to import it.`
          : `${VERSION_ERROR} This Defence Lens reads versions ${known}.`,
    };
  }
  return importer(top);
}

/** A new, empty file of the current version, for the export to fill. */
export function emptyCorpusFile(): Required<Omit<CorpusFile, 'ambiguities'>> {
  return {
    format: CORPUS_FORMAT,
    version: CORPUS_FORMAT_VERSION,
    hidden: [],
    people: [],
    meetings: [],
    terms: [],
    offices: [],
    countries: [],
  };
}
