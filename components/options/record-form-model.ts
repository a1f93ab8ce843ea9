/**
 * The edit form's state, pure: a record becomes a draft of strings, booleans and lists of drafts
 * (what inputs hold), and a draft becomes a record checked by the runtime schema, with each error
 * keyed by the path of the field that shows it ("roles.0.start").
 */
import { type AnyRecord, RECORD_SCHEMAS, type RecordKind, type TaggedRecord } from '../../utils/corpus/schema';
import { referencesOf } from '../../utils/import/check-references';
import { type Field, RECORD_FIELDS } from './record-fields';

export type DraftValue = string | boolean | Draft[];
export interface Draft {
  [key: string]: DraftValue;
}

/** An empty draft for a new record, or a new row of a group (a role, a source). */
export function emptyDraft(fields: readonly Field[]): Draft {
  const draft: Draft = {};
  for (const f of fields) {
    if (f.type === 'checkbox') draft[f.key] = false;
    else if (f.type === 'group') draft[f.key] = f.key === 'sources' ? [emptyDraft(f.fields)] : [];
    else if (f.type === 'select') draft[f.key] = f.optional ? '' : (f.options[0] ?? '');
    else draft[f.key] = '';
  }
  return draft;
}

export function recordToDraft(fields: readonly Field[], record: Record<string, unknown>): Draft {
  const draft: Draft = {};
  for (const f of fields) {
    const value = record[f.key];
    if (f.type === 'checkbox') draft[f.key] = value === true;
    else if (f.type === 'group')
      draft[f.key] = Array.isArray(value) ? value.map((item) => recordToDraft(f.fields, item as Record<string, unknown>)) : [];
    else if (f.type === 'list') draft[f.key] = Array.isArray(value) ? value.join('\n') : '';
    else draft[f.key] = value === undefined || value === null ? '' : String(value);
  }
  return draft;
}

/**
 * The record a draft describes. Keys the form does not show are kept from `base`, so editing never
 * drops a field the form does not know about. Nothing is validated here.
 */
export function draftToRecord(fields: readonly Field[], draft: Draft, base: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) if (!fields.some((f) => f.key === key)) out[key] = value;
  for (const f of fields) {
    const value = draft[f.key];
    switch (f.type) {
      case 'checkbox':
        if (value === true || !f.omitWhenFalse) out[f.key] = value === true;
        break;
      case 'group':
        out[f.key] = (Array.isArray(value) ? value : []).map((item) => draftToRecord(f.fields, item));
        break;
      case 'list':
        out[f.key] = String(value ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        break;
      case 'number': {
        const s = String(value ?? '').trim();
        // A value that is not a number is passed on as text, so the schema names the field.
        if (s !== '') out[f.key] = /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
        break;
      }
      case 'select': {
        const s = String(value ?? '');
        if (s !== '' || !f.optional) out[f.key] = s;
        break;
      }
      default: {
        const s = String(value ?? '').trim();
        if (s !== '' || f.whenEmpty === 'keep') out[f.key] = s;
        else if (f.whenEmpty === 'null') out[f.key] = null;
      }
    }
  }
  return out;
}

/** Paths of every input the form shows for this draft: "name", "roles.0.start", "sources.1.url". */
export function fieldPaths(fields: readonly Field[], draft: Draft, prefix = ''): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const path = `${prefix}${f.key}`;
    out.push(path);
    const rows = draft[f.key];
    if (f.type === 'group' && Array.isArray(rows))
      rows.forEach((row, i) => {
        out.push(...fieldPaths(f.fields, row, `${path}.${i}.`));
      });
  }
  return out;
}

export type FieldErrors = Record<string, string[]>;

/** Puts each schema issue beside the deepest field whose path starts its own; the rest go under "". */
export function errorsByField(issues: readonly { path: readonly PropertyKey[]; message: string }[], paths: readonly string[]): FieldErrors {
  const known = new Set(paths);
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const parts = issue.path.map(String);
    let at = '';
    let rest: string[] = parts;
    for (let n = parts.length; n > 0; n--) {
      const candidate = parts.slice(0, n).join('.');
      if (known.has(candidate)) {
        at = candidate;
        rest = parts.slice(n);
        break;
      }
    }
    // A list field's error names its line ("line 2: ..."), which is how the reader sees a list.
    const where = rest.length === 1 && /^\d+$/.test(rest[0] as string) ? `line ${Number(rest[0]) + 1}: ` : '';
    const unplaced = at === '' && parts.length > 0 ? `${parts.join('.')}: ` : '';
    errors[at] = [...(errors[at] ?? []), `${unplaced}${where}${issue.message}`];
  }
  return errors;
}

export type DraftCheck = { ok: true; tagged: TaggedRecord } | { ok: false; errors: FieldErrors };

/** Builds the record from a draft and checks it with the same schema as the data files. */
export function checkDraft(kind: RecordKind, draft: Draft, base?: AnyRecord): DraftCheck {
  const fields = RECORD_FIELDS[kind];
  const candidate = draftToRecord(fields, draft, base as Record<string, unknown> | undefined);
  const parsed = RECORD_SCHEMAS[kind].safeParse(candidate);
  if (parsed.success) return { ok: true, tagged: { kind, record: parsed.data } as TaggedRecord };
  return { ok: false, errors: errorsByField(parsed.error.issues, fieldPaths(fields, draft)) };
}

/** An id suggested from a name: "Phan Văn Giang" -> "phan-van-giang". */
export function suggestId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** A copy of `draft` with the value at `path` replaced (paths like "roles.0.start"). */
export function setAt(draft: Draft, path: string[], value: DraftValue): Draft {
  const [head, index, ...rest] = path as [string, ...string[]];
  if (index === undefined) return { ...draft, [head]: value };
  const rows = [...((draft[head] as Draft[] | undefined) ?? [])];
  rows[Number(index)] = setAt(rows[Number(index)] ?? {}, rest, value);
  return { ...draft, [head]: rows };
}

export const ARTICLE: Record<RecordKind, string> = {
  person: 'a person',
  meeting: 'a meeting',
  term: 'a term',
  office: 'an office',
  country: 'a country',
};

/** Warnings for references to unknown ids or the wrong kind, keyed by form path ("roles.0.office"). */
export function referenceWarnings(tagged: TaggedRecord, known: ReadonlyMap<string, RecordKind>): FieldErrors {
  const out: FieldErrors = {};
  for (const ref of referencesOf(tagged)) {
    const kind = known.get(ref.target);
    if (kind !== undefined && ref.kinds.includes(kind)) continue;
    const path = ref.path.replace(/\[(\d+)\]/g, '.$1');
    // List fields show one line per id: put the warning on the list, naming the line.
    const list = /^(\w+)\.(\d+)$/.exec(path);
    const at = list?.[1] ?? path;
    const line = list ? `line ${Number(list[2]) + 1}: ` : '';
    out[at] ??= [];
    out[at].push(
      kind === undefined
        ? `${line}"${ref.target}" is not in the corpus`
        : `${line}"${ref.target}" is ${ARTICLE[kind]}, not what this field links to`,
    );
  }
  return out;
}
