/**
 * Import a corpus file: validate and preview here, then the background applies it in one
 * transaction (checking every record again) with progress and cancel, and tells every context.
 */
import { useRef, useState } from 'preact/hooks';
import { decodeImportBytes } from '../../utils/import/file-checks';
import { chosenRecords, commitImport, type PreparedImport, prepareImport } from '../../utils/import/import-flow';
import { MAX_IMPORT_BYTES } from '../../utils/import/parse-import';
import { backgroundImportTarget as target } from '../../utils/messaging/import-client';
import { ImportCancelled } from '../../utils/storage/corpus-transfer';
import { invalidWords } from './import-words';

type Stage =
  | { name: 'idle' }
  | { name: 'error'; message: string }
  | { name: 'checking'; fileName: string; checked: number; total: number }
  | { name: 'preview'; fileName: string; prepared: Extract<PreparedImport, { ok: true }> }
  | { name: 'applying'; done: number; total: number }
  | { name: 'done'; summary: string };

export function ImportPanel({ onChanged }: { onChanged: () => void }) {
  const [stage, setStage] = useState<Stage>({ name: 'idle' });
  const [keepRisky, setKeepRisky] = useState(false);
  const abort = useRef<AbortController>();

  const choose = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStage({ name: 'checking', fileName: file.name, checked: 0, total: 0 });
    const onCheck = (checked: number, total: number) => setStage({ name: 'checking', fileName: file.name, checked, total });
    try {
      // Refuse huge files before reading them into memory.
      // Bytes that are not UTF-8 are refused, never turned into U+FFFD (file.text() would).
      const text =
        file.size > MAX_IMPORT_BYTES ? { ok: true as const, value: '' } : decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
      const prepared = text.ok ? await prepareImport(target, text.value, file.size, onCheck) : text;
      setStage(prepared.ok ? { name: 'preview', fileName: file.name, prepared } : { name: 'error', message: prepared.error });
    } catch (error) {
      setStage({ name: 'error', message: `Could not read this file: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const apply = async (policy: 'skip' | 'cancel') => {
    if (stage.name !== 'preview') return;
    if (policy === 'cancel') {
      setStage({ name: 'done', summary: 'Import cancelled: nothing was changed.' });
      return;
    }
    abort.current = new AbortController();
    const total = stage.prepared.toApply.length;
    setStage({ name: 'applying', done: 0, total });
    try {
      const r = await commitImport(target, chosenRecords(stage.prepared, keepRisky), {
        policy,
        fileName: stage.fileName,
        signal: abort.current.signal,
        onProgress: (done, t) => setStage({ name: 'applying', done, total: t }),
      });
      if (r === 'cancelled') setStage({ name: 'done', summary: 'Import cancelled: nothing was changed.' });
      else {
        setStage({
          name: 'done',
          summary: `Imported: ${r.added} new, ${r.changed} changed, ${r.hidden} hidden, ${r.skipped} skipped as invalid.`,
        });
        onChanged();
      }
    } catch (error) {
      setStage({
        name: 'done',
        summary: error instanceof ImportCancelled ? error.message : `Import failed, nothing was changed: ${String(error)}`,
      });
    }
  };

  return (
    <section class="panel" aria-labelledby="import-h">
      <h2 id="import-h">Import</h2>
      <p class="hint">
        A JSON file in the corpus format (see docs/import-format.md), up to {MAX_IMPORT_BYTES / 1048576} MB. You will see a preview before
        anything is stored.
      </p>
      <input
        type="file"
        accept="application/json,.json"
        aria-label="Choose a corpus file to import"
        data-testid="import-file"
        onChange={choose}
      />
      {stage.name === 'checking' && (
        <p role="status" data-testid="import-checking">
          Checking {stage.fileName}…{' '}
          {stage.total > 0 && (
            <>
              <progress max={stage.total} value={stage.checked} /> {stage.checked} / {stage.total}
            </>
          )}
        </p>
      )}
      {stage.name === 'error' && (
        <p role="alert" class="error" data-testid="import-error">
          {stage.message}
        </p>
      )}
      {stage.name === 'preview' && (
        <div data-testid="import-preview">
          <p>
            {stage.prepared.preview.added.length} new · {stage.prepared.preview.changed.length} changed ·{' '}
            {stage.prepared.preview.unchanged.length} unchanged · {stage.prepared.invalid.length + stage.prepared.unlisted} invalid
            {stage.prepared.hide.toHide.length > 0 ? ` · ${stage.prepared.hide.toHide.length} bundled to hide` : ''}
          </p>
          <ImportLists prepared={stage.prepared} />
          {stage.prepared.risky.length > 0 && (
            <details data-testid="import-risky" open>
              <summary>
                {stage.prepared.risky.length} aliases would mark ordinary words on every page (common words, or under three letters); they
                are left out unless you keep them
              </summary>
              <ul class="warnings">
                {stage.prepared.risky.slice(0, 100).map((r) => (
                  <li key={r.where}>
                    {r.where}: "{r.form}" is {r.why}
                  </li>
                ))}
                {stage.prepared.risky.length > 100 && <li>…and {stage.prepared.risky.length - 100} more</li>}
              </ul>
              <label>
                <input type="checkbox" checked={keepRisky} onChange={(e) => setKeepRisky((e.target as HTMLInputElement).checked)} /> Import
                these aliases anyway
              </label>
            </details>
          )}
          {stage.prepared.invalid.length > 0 && (
            <ul class="errors" data-testid="import-invalid">
              {stage.prepared.invalid.slice(0, 100).map((i) => {
                const words = invalidWords(i);
                return (
                  <li key={i.where} data-testid="import-invalid-record">
                    <strong>{words.record}</strong>: {words.problems.join('; ')}.{' '}
                    <span class="import-where" data-testid="import-invalid-where">
                      ({i.where}
                      {i.id ? ` (${i.id})` : ''}: {i.errors.join('; ')})
                    </span>
                  </li>
                );
              })}
              {stage.prepared.invalid.length + stage.prepared.unlisted > 100 && (
                <li>…and {stage.prepared.invalid.length + stage.prepared.unlisted - 100} more</li>
              )}
            </ul>
          )}
          <button
            type="button"
            onClick={() => void apply('skip')}
            disabled={stage.prepared.toApply.length + stage.prepared.hide.toHide.length === 0}
          >
            {stage.prepared.invalid.length > 0 ? 'Skip the invalid ones and import' : 'Import'}
          </button>{' '}
          <button type="button" onClick={() => void apply('cancel')}>
            Cancel
          </button>
        </div>
      )}
      {stage.name === 'applying' && (
        <div>
          <progress data-testid="import-progress" max={stage.total} value={stage.done} /> {stage.done} / {stage.total}{' '}
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        </div>
      )}
      {stage.name === 'done' && (
        <p role="status" data-testid="import-summary">
          {stage.summary}
        </p>
      )}
    </section>
  );
}

const LIST_LIMIT = 100;

/** Which ids are new or changed, and references to ids the corpus will not hold. */
function ImportLists({ prepared }: { prepared: Extract<PreparedImport, { ok: true }> }) {
  const { added, changed } = prepared.preview;
  const toHide = prepared.hide.toHide;
  return (
    <>
      {toHide.length > 0 && (
        <details data-testid="import-hide" open>
          <summary>{toHide.length} bundled records this file hides (restorable later)</summary>
          <p>
            {toHide.slice(0, LIST_LIMIT).join(', ')}
            {toHide.length > LIST_LIMIT ? ', …' : ''}
          </p>
        </details>
      )}
      {changed.length > 0 && (
        <details data-testid="import-changed">
          <summary>{changed.length} changed: your version will be used, and the bundled one stays restorable (Reset)</summary>
          <p>
            {changed
              .slice(0, LIST_LIMIT)
              .map((r) => r.record.id)
              .join(', ')}
            {changed.length > LIST_LIMIT ? ', …' : ''}
          </p>
        </details>
      )}
      {added.length > 0 && (
        <details data-testid="import-new">
          <summary>{added.length} new</summary>
          <p>
            {added
              .slice(0, LIST_LIMIT)
              .map((r) => r.record.id)
              .join(', ')}
            {added.length > LIST_LIMIT ? ', …' : ''}
          </p>
        </details>
      )}
      {prepared.warnings.length > 0 && (
        <details data-testid="import-warnings" open>
          <summary>{prepared.warnings.length} references to ids not in the corpus (imported anyway; cards leave them out)</summary>
          <ul class="warnings">
            {prepared.warnings.slice(0, LIST_LIMIT).map((w) => (
              <li key={w.message}>{w.message}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
