/**
 * Add or edit one record with a form built from RECORD_FIELDS. Checked with the runtime schema on
 * save; each error appears beside its field. References to ids the corpus does not hold are shown
 * as warnings, and the reader may save anyway.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnyRecord, RecordKind, TaggedRecord } from '../../utils/corpus/schema';
import { referencesOf } from '../../utils/import/check-references';
import type { Field } from './record-fields';
import { RECORD_FIELDS } from './record-fields';
import { checkDraft, type Draft, type DraftValue, emptyDraft, type FieldErrors, recordToDraft, suggestId } from './record-form-model';

export interface RecordFormProps {
  kind: RecordKind;
  /** The record to edit; absent for a new one. */
  initial?: AnyRecord;
  /** Every id the reader has (visible or hidden) and its kind: for id clashes and reference checks. */
  known: ReadonlyMap<string, RecordKind>;
  onSave: (tagged: TaggedRecord) => Promise<void>;
  onCancel: () => void;
}

const ARTICLE: Record<RecordKind, string> = {
  person: 'a person',
  meeting: 'a meeting',
  term: 'a term',
  office: 'an office',
  country: 'a country',
};

/** Warnings for references to unknown ids or the wrong kind, keyed by form path ("roles.0.office"). */
function referenceWarnings(tagged: TaggedRecord, known: ReadonlyMap<string, RecordKind>): FieldErrors {
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

export function RecordForm({ kind, initial, known, onSave, onCancel }: RecordFormProps) {
  const fields = RECORD_FIELDS[kind];
  const isNew = initial === undefined;
  const [draft, setDraft] = useState<Draft>(() =>
    initial ? recordToDraft(fields, initial as unknown as Record<string, unknown>) : emptyDraft(fields),
  );
  const [idTouched, setIdTouched] = useState(!isNew);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [warnings, setWarnings] = useState<FieldErrors>({});
  const [confirmedWarnings, setConfirmedWarnings] = useState(false);
  const [status, setStatus] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  // After a failed save, take the reader to the first field that needs them.
  useEffect(() => {
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field-error, .field-warning');
    first?.scrollIntoView({ block: 'center' });
    if (first?.matches('input, textarea, select')) first.focus({ preventScroll: true });
  }, [errors, warnings]);

  const change = (path: string, value: DraftValue) => {
    setDraft((d) => {
      const next = setAt(d, path.split('.'), value);
      // A new record's id follows its name until the reader types an id of their own.
      if (isNew && !idTouched && (path === 'name' || path === 'label') && typeof value === 'string') next.id = suggestId(value);
      return next;
    });
    if (path === 'id') setIdTouched(true);
    setConfirmedWarnings(false);
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const checked = checkDraft(kind, draft, initial);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus('Not saved: see the fields marked in red.');
      return;
    }
    const id = checked.tagged.record.id;
    if (isNew && known.has(id)) {
      setErrors({ id: [`"${id}" is already used by ${ARTICLE[known.get(id) as RecordKind]}; edit that one instead`] });
      setStatus('Not saved: see the id field.');
      return;
    }
    setErrors({});
    const refWarnings = referenceWarnings(checked.tagged, known);
    setWarnings(refWarnings);
    if (Object.keys(refWarnings).length > 0 && !confirmedWarnings) {
      setConfirmedWarnings(true);
      setStatus('Some ids are not in the corpus (marked in amber). Save again to keep them anyway.');
      return;
    }
    try {
      await onSave(checked.tagged);
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <form class="record-form" data-testid="record-form" onSubmit={save} noValidate ref={formRef}>
      <h3>{isNew ? `New ${kind}` : `Edit ${initial?.id}`}</h3>
      {errors['']?.length ? (
        <ul class="errors" role="alert">
          {errors[''].map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      <FieldList fields={fields} draft={draft} prefix="" errors={errors} warnings={warnings} onChange={change} lockId={!isNew} />
      <IdSuggestions fields={fields} known={known} />
      <p class="form-actions">
        <button type="submit">{confirmedWarnings ? 'Save anyway' : 'Save'}</button>{' '}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
      <p role="status" data-testid="record-form-status">
        {status}
      </p>
    </form>
  );
}

/** A copy of `draft` with the value at `path` replaced (paths like "roles.0.start"). */
function setAt(draft: Draft, path: string[], value: DraftValue): Draft {
  const [head, index, ...rest] = path as [string, ...string[]];
  if (index === undefined) return { ...draft, [head]: value };
  const rows = [...((draft[head] as Draft[] | undefined) ?? [])];
  rows[Number(index)] = setAt(rows[Number(index)] ?? {}, rest, value);
  return { ...draft, [head]: rows };
}

interface ListProps {
  fields: readonly Field[];
  draft: Draft;
  prefix: string;
  errors: FieldErrors;
  warnings: FieldErrors;
  onChange: (path: string, value: DraftValue) => void;
  lockId?: boolean;
}

function FieldList({ fields, draft, prefix, errors, warnings, onChange, lockId }: ListProps) {
  return (
    <>
      {fields.map((f) => (
        <FieldView
          key={f.key}
          field={f}
          path={`${prefix}${f.key}`}
          value={draft[f.key] ?? ''}
          errors={errors}
          warnings={warnings}
          onChange={onChange}
          locked={lockId && prefix === '' && f.key === 'id'}
        />
      ))}
    </>
  );
}

function Messages({ path, errors, warnings }: { path: string; errors: FieldErrors; warnings: FieldErrors }) {
  const id = `msg-${path}`;
  return (
    <>
      {errors[path]?.map((m) => (
        <span key={m} class="field-error" id={id} data-error-for={path}>
          {m}
        </span>
      ))}
      {warnings[path]?.map((m) => (
        <span key={m} class="field-warning" data-warning-for={path}>
          {m}
        </span>
      ))}
    </>
  );
}

function FieldView(props: {
  field: Field;
  path: string;
  value: DraftValue;
  errors: FieldErrors;
  warnings: FieldErrors;
  onChange: (path: string, value: DraftValue) => void;
  locked?: boolean;
}) {
  const { field: f, path, value, errors, warnings, onChange, locked } = props;
  const invalid = errors[path] ? true : undefined;
  const described = errors[path] ? `msg-${path}` : undefined;
  if (f.type === 'group') {
    const rows = Array.isArray(value) ? value : [];
    return (
      <fieldset class="group" data-field={path}>
        <legend>{f.label}</legend>
        <Messages path={path} errors={errors} warnings={warnings} />
        {rows.map((row, i) => (
          <div class="group-row" key={i} data-row={`${path}.${i}`}>
            <FieldList fields={f.fields} draft={row} prefix={`${path}.${i}.`} errors={errors} warnings={warnings} onChange={onChange} />
            <button
              type="button"
              class="link"
              onClick={() =>
                onChange(
                  path,
                  rows.filter((_, k) => k !== i),
                )
              }
            >
              Remove this {f.item}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => onChange(path, [...rows, emptyDraft(f.fields)])}>
          Add a {f.item}
        </button>
      </fieldset>
    );
  }
  if (f.type === 'checkbox') {
    return (
      <div class="field" data-field={path}>
        <label class="row">
          <input type="checkbox" name={path} checked={value === true} onChange={(e) => onChange(path, e.currentTarget.checked)} /> {f.label}
        </label>
        <Messages path={path} errors={errors} warnings={warnings} />
      </div>
    );
  }
  const inputId = `field-${path}`;
  const common = {
    id: inputId,
    name: path,
    value: String(value),
    'aria-invalid': invalid,
    'aria-describedby': described,
    onInput: (e: Event) => onChange(path, (e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field" data-field={path}>
      <label for={inputId}>
        {f.label}
        {'hint' in f && f.hint ? <small class="hint"> ({f.hint})</small> : null}
      </label>
      {f.type === 'select' ? (
        <select {...common} onChange={common.onInput}>
          {f.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : f.type === 'textarea' || f.type === 'list' ? (
        <textarea {...common} rows={f.type === 'list' ? 3 : 4} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={f.type === 'number' ? 'numeric' : undefined}
          readOnly={locked}
          list={'ref' in f && f.ref ? `ids-${f.ref}` : undefined}
          autocomplete="off"
        />
      )}
      <Messages path={path} errors={errors} warnings={warnings} />
    </div>
  );
}

/** One datalist per kind that a field of this form links to, so that the reader picks a real id. */
function IdSuggestions({ fields, known }: { fields: readonly Field[]; known: ReadonlyMap<string, RecordKind> }) {
  const kinds = new Set<RecordKind>();
  const collect = (list: readonly Field[]) => {
    for (const f of list) {
      if (f.type === 'group') collect(f.fields);
      else if ('ref' in f && f.ref) kinds.add(f.ref);
    }
  };
  collect(fields);
  return (
    <>
      {[...kinds].map((kind) => (
        <datalist key={kind} id={`ids-${kind}`}>
          {[...known]
            .filter(([, k]) => k === kind)
            .map(([id]) => (
              <option key={id} value={id} />
            ))}
        </datalist>
      ))}
    </>
  );
}
