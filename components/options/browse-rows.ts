/** The rows the browse table shows for one kind: filtered, sorted, with a display name. Pure. */
import type { AnyRecord, RecordKind } from '../../utils/corpus/schema';
import type { RecordOrigin } from '../../utils/storage/corpus-store';

export type SortKey = 'name' | 'id' | 'origin';
export interface BrowseRow {
  kind: RecordKind;
  record: AnyRecord;
  name: string;
  origin: RecordOrigin | 'hidden';
}

export function displayName(record: AnyRecord): string {
  return 'label' in record ? record.label : record.name;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Text the filter box searches: name, id and the other names a record goes by. */
function searchText(record: AnyRecord): string {
  const r = record as Partial<Record<'aliases' | 'shortNames' | 'nativeName' | 'expansion', string | string[]>>;
  return fold([displayName(record), record.id, r.nativeName, r.expansion, r.aliases, r.shortNames].flat().filter(Boolean).join('\n'));
}

export function browseRows(o: {
  rows: readonly { kind: RecordKind; record: AnyRecord; origin: RecordOrigin }[];
  hidden: readonly { kind: RecordKind; record: AnyRecord }[];
  kind: RecordKind;
  filter: string;
  sort: SortKey;
  descending: boolean;
}): BrowseRow[] {
  const words = fold(o.filter).split(/\s+/).filter(Boolean);
  const out: BrowseRow[] = [];
  const add = (record: AnyRecord, origin: BrowseRow['origin']) => {
    if (words.length > 0) {
      const text = searchText(record);
      if (!words.every((w) => text.includes(w))) return;
    }
    out.push({ kind: o.kind, record, name: displayName(record), origin });
  };
  for (const r of o.rows) if (r.kind === o.kind) add(r.record, r.origin);
  for (const h of o.hidden) if (h.kind === o.kind) add(h.record, 'hidden');
  const key = (r: BrowseRow) => (o.sort === 'name' ? r.name : o.sort === 'id' ? r.record.id : r.origin);
  out.sort((a, b) => key(a).localeCompare(key(b)) || a.name.localeCompare(b.name) || a.record.id.localeCompare(b.record.id));
  if (o.descending) out.reverse();
  return out;
}
