/**
 * Add or edit one record with a form built from RECORD_FIELDS. Checked with the runtime schema on
 * save; each error appears beside its field. References to ids the corpus does not hold are shown
 * as warnings, and the reader may save anyway.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnyRecord, RecordKind, TaggedRecord } from '../../utils/corpus/schema';
import { FieldList, IdSuggestions } from './FormFields';
import { RECORD_FIELDS } from './record-fields';
import {
  ARTICLE,
  checkDraft,
  type Draft,
  type DraftValue,
  emptyDraft,
  type FieldErrors,
  recordToDraft,
  referenceWarnings,
  setAt,
  suggestId,
} from './record-form-model';

export interface RecordFormProps {
  kind: RecordKind;
  /** The record to edit; absent for a new one. */
  initial?: AnyRecord;
  /** Every id the reader has (visible or hidden) and its kind: for id clashes and reference checks. */
  known: ReadonlyMap<string, RecordKind>;
  onSave: (tagged: TaggedRecord) => Promise<void>;
  onCancel: () => void;
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
  // Opening the editor takes the keyboard into it: the first field the reader may change, past the
  // id (locked on an edit, and on a new record made from the name until the reader types one). A
  // layout effect, so that focus is there in the commit that shows the form, before a key can land.
  useLayoutEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input:not([readonly]):not([name=id]):not([type=hidden]), textarea, select')?.focus();
  }, []);
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
    <form
      class="record-form"
      data-testid="record-form"
      onSubmit={save}
      noValidate
      ref={formRef}
      aria-label={isNew ? `New ${kind}` : `Edit ${initial?.id}`}
      // Escape cancels the edit, as the Cancel button does (nothing is saved).
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        onCancel();
      }}
    >
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
