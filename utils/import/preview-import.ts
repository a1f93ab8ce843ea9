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

export function previewImport(records: TaggedRecord[], existing: ResolvedRecord[]): ImportPreview {
  const byId = new Map(existing.map((r) => [r.record.id, r]));
  const preview: ImportPreview = { added: [], changed: [], unchanged: [], conflicts: [] };
  for (const r of records) {
    const before = byId.get(r.record.id);
    if (!before) preview.added.push(r);
    else if (before.kind !== r.kind) preview.conflicts.push({ record: r, existingKind: before.kind });
    else if (canonical(before.record) === canonical(r.record)) preview.unchanged.push(r);
    else preview.changed.push(r);
  }
  return preview;
}
