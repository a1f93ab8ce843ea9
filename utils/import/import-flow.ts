/**
 * The whole import as the options page runs it: read, validate, preview against what is stored,
 * then (after the reader's choice) apply in one transaction. Kept apart from the UI so the fuzz
 * test drives exactly the code the reader does.
 */
import type { RecordKind, TaggedRecord } from '../corpus/schema';
import type { HiddenRecord, ResolvedRecord } from '../storage/corpus-store';
import { aliasCapProblem, totalAliasError } from './alias-cap';
import { checkReferences, type ReferenceWarning } from './check-references';
import { type InvalidRecord, type ParsedImport, parseImportSteps } from './parse-import';
import { type HidePlan, type ImportPreview, planHidden, previewImport } from './preview-import';
import { type RiskyForm, riskyForms, withoutRiskyForms } from './risky-forms';

/**
 * What an import reads and where it writes. In the extension, the options page reads by message and
 * applies through the background's validated write (utils/messaging/import-client.ts); tests may
 * hand the same write a database directly (utils/import/test-import-target.ts).
 */
export interface ImportTarget {
  /** Every visible record, the reader's merged over the bundled ones. */
  records(): Promise<ResolvedRecord[]>;
  /** Bundled records the reader hid. */
  hidden(): Promise<HiddenRecord[]>;
  /** Applies the records and hidings in one transaction; rejects with ImportCancelled when cancelled in time. */
  apply(
    request: { records: TaggedRecord[]; hide: string[]; fileName: string; skipped: number },
    control: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal },
  ): Promise<{ added: number; changed: number; hidden: number }>;
}

export type PreparedImport =
  | { ok: false; error: string }
  | {
      ok: true;
      preview: ImportPreview;
      invalid: InvalidRecord[];
      /** Invalid records past those listed in `invalid` (parse-import.ts keeps a bounded number). */
      unlisted: number;
      /** References to ids that will not exist after the import (reported; the records still import). */
      warnings: ReferenceWarning[];
      toApply: TaggedRecord[];
      /** The file's "hidden" list, checked against what is stored. */
      hide: HidePlan;
      /** Aliases and short forms that would mark ordinary text (common words, under three letters): left out unless the reader keeps them. */
      risky: RiskyForm[];
    };

/** Longest stretch of checking before the page gets the main thread back (input, paint, progress). */
const CHECK_SLICE_MS = 30;

async function parseInSlices(text: string, byteLength: number | undefined, onProgress?: CheckProgress): Promise<ParsedImport> {
  const steps = parseImportSteps(text, byteLength);
  let sliceStart = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - sliceStart > CHECK_SLICE_MS) {
      onProgress?.(step.value.checked, step.value.total);
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
}

export type CheckProgress = (checked: number, total: number) => void;

export async function prepareImport(
  target: ImportTarget,
  text: string,
  byteLength?: number,
  onProgress?: CheckProgress,
): Promise<PreparedImport> {
  const parsed = await parseInSlices(text, byteLength, onProgress);
  if (!parsed.ok) return parsed;
  const [stored, hiddenNow] = await Promise.all([target.records(), target.hidden()]);
  const preview = previewImport(parsed.records, stored, hiddenNow);
  const conflicts: InvalidRecord[] = preview.conflicts.map((c) => ({
    where: parsed.positions.get(c.record.record.id) ?? c.record.record.id,
    id: c.record.record.id,
    errors: [
      `${parsed.positions.get(c.record.record.id) ?? c.record.kind}.id: "${c.record.record.id}" already belongs to a ${c.existingKind}`,
    ],
  }));
  // A record over the per-record alias cap is invalid (skipped or the import cancelled, as the reader chooses).
  const overCap: InvalidRecord[] = [];
  const withinCap = (r: TaggedRecord) => {
    const problem = aliasCapProblem(r);
    if (!problem) return true;
    const where = parsed.positions.get(r.record.id) ?? r.record.id;
    overCap.push({ where, id: r.record.id, name: 'name' in r.record ? r.record.name : r.record.label, errors: [`${where}: ${problem}`] });
    return false;
  };
  preview.added = preview.added.filter(withinCap);
  preview.changed = preview.changed.filter(withinCap);
  const toApply = [...preview.added, ...preview.changed];
  // And all the reader's records together: the file is refused when they would hold too many.
  const tooMany = totalAliasError(
    stored.filter((r) => r.origin !== 'bundled').map((r) => ({ kind: r.kind, record: r.record }) as TaggedRecord),
    toApply,
  );
  if (tooMany) return { ok: false, error: tooMany };
  const known = new Map<string, RecordKind>(stored.map((r) => [r.record.id, r.kind]));
  for (const r of toApply) known.set(r.record.id, r.kind);
  const warnings = checkReferences(
    toApply.map((tagged) => ({ where: parsed.positions.get(tagged.record.id) ?? tagged.record.id, tagged })),
    known,
  );
  const hide = planHidden(parsed.hidden, {
    bundledIds: new Set([...stored.filter((r) => r.origin !== 'user').map((r) => r.record.id), ...hiddenNow.map((h) => h.record.id)]),
    hiddenIds: new Set(hiddenNow.map((h) => h.record.id)),
    editedIds: new Set(stored.filter((r) => r.origin === 'overlay').map((r) => r.record.id)),
  });
  for (const note of hide.notes) warnings.push(note);
  const risky = riskyForms(toApply, parsed.positions);
  return {
    ok: true,
    preview,
    invalid: [...parsed.invalid, ...conflicts, ...overCap],
    unlisted: parsed.unlisted,
    warnings,
    toApply,
    hide,
    risky,
  };
}

export type InvalidPolicy = 'skip' | 'cancel';

/** Applies a prepared import: with invalid records the reader either skips them or cancels. */
export async function commitImport(
  target: ImportTarget,
  prepared: Extract<PreparedImport, { ok: true }>,
  options: { policy: InvalidPolicy; fileName: string; onProgress?: (done: number, total: number) => void; signal?: AbortSignal },
): Promise<{ added: number; changed: number; hidden: number; skipped: number } | 'cancelled'> {
  const skipped = prepared.invalid.length + prepared.unlisted;
  if (skipped > 0 && options.policy === 'cancel') return 'cancelled';
  if (prepared.toApply.length === 0 && prepared.hide.toHide.length === 0) return { added: 0, changed: 0, hidden: 0, skipped };
  const r = await target.apply(
    { records: prepared.toApply, hide: prepared.hide.toHide, fileName: options.fileName, skipped },
    { onProgress: options.onProgress, signal: options.signal },
  );
  return { ...r, skipped };
}

/** What is applied: the file's records, their risky aliases and short forms left out unless the reader chose to keep them. */
export function chosenRecords(prepared: Extract<PreparedImport, { ok: true }>, keepRisky: boolean): Extract<PreparedImport, { ok: true }> {
  if (keepRisky || prepared.risky.length === 0) return prepared;
  return { ...prepared, toApply: withoutRiskyForms(prepared.toApply) };
}
