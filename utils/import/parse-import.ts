/**
 * Reads a corpus file that a reader wants to import: the wrapper through the importer of its format
 * version (utils/corpus/corpus-file.ts), then every record with the same schema as the bundled data. Never throws: a file that cannot be used gets one clear message, and each
 * bad record gets an error naming its place and the field ("people[12].roles[0].start: not a date").
 */
import { COLLECTION_KEYS, readCorpusFileWrapper } from '../corpus/corpus-file';
import { COLLECTIONS, COUNTRY_ID_PATTERN, ID_PATTERN, RECORD_SCHEMAS, type RecordKind, type TaggedRecord } from '../corpus/schema';
import { duplicateKey, duplicateKeyMessage } from './file-checks';

/** Larger files are refused before parsing: a corpus of 10,000 records is about 5 MB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** More records than this in one file are refused before the file is parsed (the bundled corpus holds about 1,000). */
export const MAX_IMPORT_RECORDS = 50_000;
/** Deeper nesting than this is refused before parsing (a record's deepest field is about 5 levels down). */
export const MAX_IMPORT_DEPTH = 32;
/**
 * Aliases in one file, all records together: every alias is a form matched on every page, and the
 * reader's records are compiled for every corpus revision (5,000 people with 50 aliases each is
 * the most this is built and measured for). A record holds at most 50 (the schema's cap).
 */
export const MAX_IMPORT_ALIASES = 250_000;
/** Invalid records listed with their errors; past this many only their number is kept ("and N more"). */
export const MAX_LISTED_INVALID = 100;

/**
 * Counts, in one pass over the text and without building anything, the values that sit where records
 * do (the items of the top object's arrays, depth 3) and how deep the nesting goes, stopping as soon
 * as either cap is passed: a file of millions of empty records (`{}` is two bytes) is refused before
 * JSON.parse materialises them, so the page's heap stays bounded by the caps, not by the bytes.
 */
export function jsonShape(text: string): { records: number; depth: number; over?: 'records' | 'depth' } {
  let depth = 0;
  let maxDepth = 0;
  let records = 0;
  let inString = false;
  let lastSignificantAtDepth2 = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) {
      // A string directly inside a collection's array is a record too (an invalid one).
      if (depth === 2 && lastSignificantAtDepth2) records++;
      lastSignificantAtDepth2 = false;
      inString = true;
    } else if (c === 123 || c === 91) {
      if (depth === 2 && lastSignificantAtDepth2) records++;
      lastSignificantAtDepth2 = false;
      depth++;
      if (depth > maxDepth) maxDepth = depth;
      if (depth === 2) lastSignificantAtDepth2 = true;
      if (maxDepth > MAX_IMPORT_DEPTH) return { records, depth: maxDepth, over: 'depth' };
    } else if (c === 125 || c === 93) {
      depth--;
      if (depth === 2) lastSignificantAtDepth2 = false;
    } else if (c === 44) {
      if (depth === 2) lastSignificantAtDepth2 = true;
    } else if (c > 32 && depth === 2 && lastSignificantAtDepth2) {
      // A number, true, false or null as an array item.
      records++;
      lastSignificantAtDepth2 = false;
    }
    if (records > MAX_IMPORT_RECORDS) return { records, depth: maxDepth, over: 'records' };
  }
  return { records, depth: maxDepth };
}

export interface InvalidRecord {
  where: string;
  id: string | undefined;
  /** The record's name or label as the file gives it, when it is text: for messages a reader recognises. */
  name?: string;
  errors: string[];
}

export type ParsedImport =
  | {
      ok: true;
      records: TaggedRecord[];
      /** The first MAX_LISTED_INVALID invalid records, each with its errors. */
      invalid: InvalidRecord[];
      /** Invalid records past those listed: counted, not collected. */
      unlisted: number;
      /** Where each valid record sits in the file, by id ("people[3]"), for later messages. */
      positions: Map<string, string>;
      /** Ids of bundled records the file hides (an export carries the reader's hidden records), with their place. */
      hidden: { id: string; where: string }[];
    }
  | { ok: false; error: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Finds a forbidden key anywhere in a parsed value (JSON.parse keeps "__proto__" as an own key). */
function forbiddenKeyPath(value: unknown, path: string, depth = 0): string | undefined {
  if (depth > 20 || value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    const here = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
    if (FORBIDDEN_KEYS.has(key)) return here;
    const inner = forbiddenKeyPath((value as Record<string, unknown>)[key], here, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

function formatPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${String(p)}`), base);
}

export function parseImport(text: string, byteLength = text.length): ParsedImport {
  const steps = parseImportSteps(text, byteLength);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * parseImport as a generator that yields how many records it checked so far after each one, so
 * that a page can check 10,000 records in slices (with a progress bar) instead of one long task.
 */
export function* parseImportSteps(text: string, byteLength = text.length): Generator<{ checked: number; total: number }, ParsedImport> {
  if (byteLength > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: `This file is ${(byteLength / 1048576).toFixed(1)} MB; files over ${MAX_IMPORT_BYTES / 1048576} MB are not imported.`,
    };
  }
  if (text.trim() === '') return { ok: false, error: 'This file is empty.' };
  const shape = jsonShape(text);
  if (shape.over === 'records') {
    return {
      ok: false,
      error: `This file holds more than ${MAX_IMPORT_RECORDS.toLocaleString('en')} records; files with more are not imported (split it, or remove records you do not need).`,
    };
  }
  if (shape.over === 'depth') {
    return {
      ok: false,
      error: `This file nests values more than ${MAX_IMPORT_DEPTH} levels deep; a corpus file never does, so it is not imported.`,
    };
  }
  const twice = duplicateKey(text);
  if (twice) return { ok: false, error: duplicateKeyMessage(twice) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This file is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  // The wrapper, checked by the importer of the file's format version and upgraded to the current one.
  const wrapper = readCorpusFileWrapper(data);
  if (!wrapper.ok) return wrapper;
  const top = wrapper.file;

  const records: TaggedRecord[] = [];
  const invalid = boundedList<InvalidRecord>(MAX_LISTED_INVALID);
  let checked = 0;
  const total = COLLECTION_KEYS.reduce((n, k) => n + (top[k]?.length ?? 0), 0);
  const positions = new Map<string, string>();
  for (const collection of COLLECTION_KEYS) {
    const kind: RecordKind = COLLECTIONS[collection];
    const items = top[collection];
    if (items === undefined) continue;
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      const where = `${collection}[${i}]`;
      const rawId = (item as { id?: unknown } | null)?.id;
      const id = typeof rawId === 'string' ? rawId.slice(0, 200) : undefined;
      const problem = checkRecord(kind, item, where, positions);
      if (typeof problem === 'object' && 'errors' in problem) {
        const rawName = (item as { name?: unknown; label?: unknown } | null)?.name ?? (item as { label?: unknown } | null)?.label;
        invalid.push({ where, id, ...(typeof rawName === 'string' ? { name: rawName.slice(0, 200) } : {}), errors: problem.errors });
      } else {
        positions.set(problem.record.id, where);
        records.push(problem);
      }
      checked++;
      yield { checked, total };
    }
  }
  const aliases = records.reduce((n, r) => n + ((r.record as { aliases?: readonly string[] }).aliases?.length ?? 0), 0);
  if (aliases > MAX_IMPORT_ALIASES) {
    return {
      ok: false,
      error: `This file's records hold ${aliases.toLocaleString('en')} aliases in all; at most ${MAX_IMPORT_ALIASES.toLocaleString('en')} are imported (each one is looked for on every page). Keep the aliases readers really write, or split the file.`,
    };
  }
  const hidden = parseHidden(top.hidden ?? [], invalid, positions);
  return { ok: true, records, invalid: invalid.items, unlisted: invalid.unlisted, positions, hidden };
}

/** A list that keeps its first `max` items and counts the rest. */
function boundedList<T>(max: number): { items: T[]; unlisted: number; push(item: T): void } {
  const list = {
    items: [] as T[],
    unlisted: 0,
    push(item: T) {
      if (list.items.length < max) list.items.push(item);
      else list.unlisted++;
    },
  };
  return list;
}

/** The "hidden" list: ids only, each once, none also given as a record. Bad entries join `invalid`. */
function parseHidden(
  value: readonly unknown[],
  invalid: { push(item: InvalidRecord): void },
  positions: ReadonlyMap<string, string>,
): { id: string; where: string }[] {
  const out: { id: string; where: string }[] = [];
  const seen = new Set<string>();
  value.forEach((id, i) => {
    const where = `hidden[${i}]`;
    if (typeof id !== 'string' || !(ID_PATTERN.test(id) || COUNTRY_ID_PATTERN.test(id))) {
      invalid.push({ where, id: undefined, errors: [`${where}: not an id`] });
    } else if (positions.has(id)) {
      invalid.push({ where, id, errors: [`${where}: "${id}" is also a record in this file (${positions.get(id)})`] });
    } else if (!seen.has(id)) {
      seen.add(id);
      out.push({ id, where });
    }
  });
  return out;
}

/** One record checked: the parsed record, or the errors that name its fields. */
function checkRecord(
  kind: RecordKind,
  item: unknown,
  where: string,
  positions: ReadonlyMap<string, string>,
): TaggedRecord | { errors: string[] } {
  const bad = forbiddenKeyPath(item, where);
  if (bad) return { errors: [`${bad}: key not allowed`] };
  const parsed = RECORD_SCHEMAS[kind].safeParse(item);
  if (!parsed.success)
    return { errors: parsed.error.issues.slice(0, 5).map((issue) => `${formatPath(where, issue.path)}: ${issue.message}`) };
  if (positions.has(parsed.data.id)) return { errors: [`${where}.id: "${parsed.data.id}" appears twice in this file`] };
  return { kind, record: parsed.data } as TaggedRecord;
}
