/**
 * Compares parsed records with what is stored: new, changed (an edit of a bundled record or of the
 * reader's own), unchanged. Nothing is written here.
 */
import type { TaggedRecord } from '../corpus/schema';
import type { ResolvedRecord } from '../storage/corpus-store';

export interface ImportPreview {
  added: TaggedRecord[];
  changed: TaggedRecord[];
  unchanged: TaggedRecord[];
  /** Ids already used by a record of another kind: never applied. */
  conflicts: { record: TaggedRecord; existingKind: string }[];
}

/** JSON with keys sorted, so two records compare by content, not key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

/**
 * `hidden`: bundled records the reader hid. A file record with such an id brings it back with the
 * file's content, so it counts as changed (as the apply will count it), never as new or unchanged.
 */
export function previewImport(
  records: TaggedRecord[],
  existing: ResolvedRecord[],
  hidden: readonly { kind: string; record: { id: string } }[] = [],
): ImportPreview {
  const byId = new Map(existing.map((r) => [r.record.id, r]));
  const hiddenKind = new Map(hidden.map((h) => [h.record.id, h.kind]));
  const preview: ImportPreview = { added: [], changed: [], unchanged: [], conflicts: [] };
  for (const r of records) {
    const before = byId.get(r.record.id);
    const hiddenAs = hiddenKind.get(r.record.id);
    if (hiddenAs !== undefined) {
      if (hiddenAs === r.kind) preview.changed.push(r);
      else preview.conflicts.push({ record: r, existingKind: hiddenAs });
    } else if (!before) preview.added.push(r);
    else if (before.kind !== r.kind) preview.conflicts.push({ record: r, existingKind: before.kind });
    else if (canonical(before.record) === canonical(r.record)) preview.unchanged.push(r);
    else preview.changed.push(r);
  }
  return preview;
}

export interface HidePlan {
  /** Bundled ids the import will hide. */
  toHide: string[];
  /** Already hidden: nothing to do. */
  alreadyHidden: number;
  /** Entries that will not be applied, and why (no bundled record, or the reader edited it). */
  notes: { where: string; id: string; message: string }[];
}

/**
 * Which of a file's "hidden" ids to hide. Only bundled records can be hidden, and a record the
 * reader has edited is never hidden by an import: that would drop the edit without asking.
 */
export function planHidden(
  hidden: readonly { id: string; where: string }[],
  stored: { bundledIds: ReadonlySet<string>; hiddenIds: ReadonlySet<string>; editedIds: ReadonlySet<string> },
): HidePlan {
  const plan: HidePlan = { toHide: [], alreadyHidden: 0, notes: [] };
  for (const { id, where } of hidden) {
    if (stored.hiddenIds.has(id)) plan.alreadyHidden++;
    else if (!stored.bundledIds.has(id)) plan.notes.push({ where, id, message: `${where}: no bundled record "${id}" to hide; ignored` });
    else if (stored.editedIds.has(id))
      plan.notes.push({ where, id, message: `${where}: you edited "${id}"; it stays visible (hide it yourself if you wish)` });
    else plan.toHide.push(id);
  }
  return plan;
}
