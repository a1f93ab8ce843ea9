/**
 * Browse every record: kind tabs, a filter, sorting and paging (so 10,000 rows stay smooth), and
 * per-row edit, delete (bundled ones are hidden, restorable) and reset to the bundled version.
 */
import { useMemo, useState } from 'preact/hooks';
import { RECORD_KINDS, RECORD_SCHEMAS, type RecordKind, type TaggedRecord } from '../../utils/corpus/schema';
import { notifyCorpusChanged } from '../../utils/storage/corpus-revision';
import { deleteRecord, putRecord, type ResolvedRecord, resetRecord } from '../../utils/storage/corpus-store';
import type { CorpusDb } from '../../utils/storage/db';

const PAGE = 100;
const label = (r: ResolvedRecord) => ('label' in r.record ? r.record.label : r.record.name);

export function RecordsTable({
  db,
  rows,
  hidden,
  onChanged,
}: {
  db: CorpusDb;
  rows: ResolvedRecord[];
  hidden: string[];
  onChanged: () => void;
}) {
  const [kind, setKind] = useState<RecordKind>('person');
  const [filter, setFilter] = useState('');
  const [sortBy, setSortBy] = useState<'name' | 'origin'>('name');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<{ id: string; text: string; errors: string[] } | undefined>();

  const visible = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return rows
      .filter((r) => r.kind === kind && (!f || label(r).toLowerCase().includes(f) || r.record.id.includes(f)))
      .sort((a, b) =>
        sortBy === 'name' ? label(a).localeCompare(label(b)) : a.origin.localeCompare(b.origin) || label(a).localeCompare(label(b)),
      );
  }, [rows, kind, filter, sortBy]);
  const pages = Math.max(1, Math.ceil(visible.length / PAGE));
  const shown = visible.slice(page * PAGE, page * PAGE + PAGE);

  const act = async (fn: () => Promise<void>) => {
    await fn();
    await notifyCorpusChanged();
    onChanged();
  };
  const saveEdit = async () => {
    if (!editing) return;
    let value: unknown;
    try {
      value = JSON.parse(editing.text);
    } catch (e) {
      setEditing({ ...editing, errors: [`not JSON: ${String(e)}`] });
      return;
    }
    const parsed = RECORD_SCHEMAS[kind].safeParse(value);
    if (!parsed.success) {
      setEditing({ ...editing, errors: parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`) });
      return;
    }
    await act(() => putRecord(db, { kind, record: parsed.data } as TaggedRecord).then(() => undefined));
    setEditing(undefined);
  };

  return (
    <section class="panel" aria-labelledby="browse-h">
      <h2 id="browse-h">Browse and edit</h2>
      <div role="tablist">
        {RECORD_KINDS.map((k) => (
          <button
            type="button"
            role="tab"
            key={k}
            aria-selected={k === kind}
            onClick={() => {
              setKind(k);
              setPage(0);
            }}
          >
            {k} ({rows.filter((r) => r.kind === k).length})
          </button>
        ))}
      </div>
      <input
        type="search"
        placeholder="Filter by name or id"
        value={filter}
        onInput={(e) => {
          setFilter(e.currentTarget.value);
          setPage(0);
        }}
      />
      <table class="records" data-testid="records-table">
        <thead>
          <tr>
            <th>
              <button type="button" class="link" onClick={() => setSortBy('name')}>
                Name
              </button>
            </th>
            <th>Id</th>
            <th>
              <button type="button" class="link" onClick={() => setSortBy('origin')}>
                Origin
              </button>
            </th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.record.id}>
              <td>{label(r)}</td>
              <td>
                <code>{r.record.id}</code>
              </td>
              <td>{r.origin === 'overlay' ? 'edited' : r.origin}</td>
              <td>
                <button type="button" onClick={() => setEditing({ id: r.record.id, text: JSON.stringify(r.record, null, 2), errors: [] })}>
                  Edit
                </button>{' '}
                {r.origin === 'overlay' && (
                  <button type="button" onClick={() => void act(() => resetRecord(db, r.record.id))}>
                    Reset
                  </button>
                )}{' '}
                <button type="button" onClick={() => void act(() => deleteRecord(db, r.record.id))}>
                  {r.origin === 'user' ? 'Delete' : 'Hide'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
          Previous
        </button>{' '}
        Page {page + 1} of {pages}{' '}
        <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
          Next
        </button>
      </p>
      {hidden.length > 0 && (
        <p>
          Hidden bundled records:{' '}
          {hidden.map((id) => (
            <button type="button" key={id} onClick={() => void act(() => resetRecord(db, id))}>
              Restore {id}
            </button>
          ))}
        </p>
      )}
      {editing && (
        <div class="editor" data-testid="record-editor">
          <h3>Edit {editing.id}</h3>
          <textarea rows={18} value={editing.text} onInput={(e) => setEditing({ ...editing, text: e.currentTarget.value })} />
          {editing.errors.length > 0 && (
            <ul class="errors" role="alert">
              {editing.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => void saveEdit()}>
            Save
          </button>{' '}
          <button type="button" onClick={() => setEditing(undefined)}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
