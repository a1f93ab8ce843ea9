/** The inputs of the record form, one per field of RECORD_FIELDS, with errors and warnings beside each. */
import type { RecordKind } from '../../utils/corpus/schema';
import type { Field } from './record-fields';
import { type Draft, type DraftValue, emptyDraft, type FieldErrors } from './record-form-model';

export interface ListProps {
  fields: readonly Field[];
  draft: Draft;
  prefix: string;
  errors: FieldErrors;
  warnings: FieldErrors;
  onChange: (path: string, value: DraftValue) => void;
  lockId?: boolean;
}

export function FieldList({ fields, draft, prefix, errors, warnings, onChange, lockId }: ListProps) {
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
          {f.optional && <option value="">(not stated)</option>}
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
export function IdSuggestions({ fields, known }: { fields: readonly Field[]; known: ReadonlyMap<string, RecordKind> }) {
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
