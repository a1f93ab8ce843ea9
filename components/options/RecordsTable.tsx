/**
 * Browse every record: kind tabs, a filter, sorting and paging (so 10,000 rows stay smooth), and
 * per-row edit, delete (bundled ones are hidden, restorable) and reset to the bundled version.
 * Editing and adding open RecordForm in place of the table.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type AnyRecord, RECORD_KINDS, type RecordKind, type TaggedRecord } from '../../utils/corpus/schema';
import { request } from '../../utils/messaging/client';
import type { ResolvedRecord } from '../../utils/storage/corpus-store';
import { type BrowseRow, browseRows, type SortKey } from './browse-rows';
import { RecordForm } from './RecordForm';

const PAGE = 100;
const KIND_TABS: Record<RecordKind, string> = {
  person: 'People',
  meeting: 'Meetings',
  term: 'Terms',
  office: 'Offices',
  country: 'Countries',
};
const ORIGIN_LABEL: Record<BrowseRow['origin'], string> = { bundled: 'bundled', user: 'yours', overlay: 'edited', hidden: 'hidden' };

/** returnTo's value when the form was opened by "Add": focus goes back to that button. */
const ADD = '\u0000add';

type View = { mode: 'list' } | { mode: 'edit'; record: AnyRecord } | { mode: 'new' };

export function RecordsTable({
  rows,
  hidden,
  write,
}: {
  rows: ResolvedRecord[];
  hidden: { kind: RecordKind; record: AnyRecord }[];
  /** Runs a write (a request to the background, which validates it and tells every context) and reloads. */
  write: (fn: () => Promise<unknown>) => Promise<void>;
}) {
  const [kind, setKind] = useState<RecordKind>('person');
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'name', descending: false });
  const [showHidden, setShowHidden] = useState(false);
  const [page, setPage] = useState(0);
  const [view, setView] = useState<View>({ mode: 'list' });
  const [confirming, setConfirming] = useState<string | undefined>();
  /** The row whose Edit opened the form: focus goes back to it when the form closes. */
  const returnTo = useRef<string | undefined>();
  const tableRef = useRef<HTMLTableElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // A layout effect: focus is back on the row in the same commit that closes the form, never a frame later.
  useLayoutEffect(() => {
    if (view.mode !== 'list' || !returnTo.current) return;
    const id = returnTo.current;
    returnTo.current = undefined;
    if (id === ADD) return void addButton.current?.focus();
    const row = [...(tableRef.current?.querySelectorAll<HTMLTableRowElement>('tr[data-id]') ?? [])].find((tr) => tr.dataset.id === id);
    row?.querySelector<HTMLButtonElement>('button[data-action=edit]')?.focus();
  }, [view]);

  const known = useMemo(() => {
    const m = new Map<string, RecordKind>();
    for (const r of rows) m.set(r.record.id, r.kind);
    for (const h of hidden) m.set(h.record.id, h.kind);
    return m;
  }, [rows, hidden]);
  const counts = useMemo(() => {
    const c: Record<RecordKind, number> = { person: 0, meeting: 0, term: 0, office: 0, country: 0 };
    for (const r of rows) c[r.kind]++;
    return c;
  }, [rows]);
  const visible = useMemo(
    () => browseRows({ rows, hidden: showHidden ? hidden : [], kind, filter, sort: sort.key, descending: sort.descending }),
    [rows, hidden, showHidden, kind, filter, sort],
  );
  const pages = Math.max(1, Math.ceil(visible.length / PAGE));
  const current = Math.min(page, pages - 1);
  const shown = visible.slice(current * PAGE, current * PAGE + PAGE);
  const hiddenOfKind = hidden.filter((h) => h.kind === kind).length;

  const choose = (k: RecordKind) => {
    setKind(k);
    setPage(0);
    setConfirming(undefined);
  };
  const sortBy = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined);
  const save = async (tagged: TaggedRecord) => {
    await write(() => request('record/put', tagged));
    setView({ mode: 'list' });
  };

  if (view.mode !== 'list') {
    return (
      <section class="panel" aria-labelledby="browse-h">
        <h2 id="browse-h">Browse and edit</h2>
        <RecordForm
          kind={kind}
          initial={view.mode === 'edit' ? view.record : undefined}
          known={known}
          onSave={save}
          onCancel={() => setView({ mode: 'list' })}
        />
      </section>
    );
  }

  return (
    <section class="panel" aria-labelledby="browse-h">
      <h2 id="browse-h">Browse and edit</h2>
      {/* Arrow keys move between kinds, as in any tab list; Tab goes on to the filter. */}
      <div
        role="tablist"
        aria-label="Kinds of record"
        onKeyDown={(e) => {
          const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
          if (!step) return;
          const next = RECORD_KINDS[(RECORD_KINDS.indexOf(kind) + step + RECORD_KINDS.length) % RECORD_KINDS.length] as RecordKind;
          choose(next);
          (e.currentTarget.querySelector(`#tab-${next}`) as HTMLElement | null)?.focus();
        }}
      >
        {RECORD_KINDS.map((k) => (
          <button
            type="button"
            role="tab"
            id={`tab-${k}`}
            key={k}
            aria-selected={k === kind}
            aria-controls="records-panel"
            tabIndex={k === kind ? 0 : -1}
            onClick={() => choose(k)}
          >
            {KIND_TABS[k]} ({counts[k]})
          </button>
        ))}
      </div>
      <div role="tabpanel" id="records-panel" aria-labelledby={`tab-${kind}`}>
        <div class="toolbar">
          <input
            type="search"
            name="filter"
            aria-label="Filter"
            placeholder="Filter by name, alias or id"
            value={filter}
            onInput={(e) => {
              setFilter(e.currentTarget.value);
              setPage(0);
            }}
          />
          <label class="row">
            <input type="checkbox" name="show-hidden" checked={showHidden} onChange={(e) => setShowHidden(e.currentTarget.checked)} /> Show
            hidden ({hiddenOfKind})
          </label>
          <button
            type="button"
            ref={addButton}
            onClick={() => {
              returnTo.current = ADD;
              setView({ mode: 'new' });
            }}
          >
            Add {kind === 'office' ? 'an' : 'a'} {kind}
          </button>
        </div>
        <p class="hint" data-testid="browse-count">
          {visible.length} shown
        </p>
        <table class="records" data-testid="records-table" ref={tableRef}>
          <thead>
            <tr>
              {(['name', 'id', 'origin'] as const).map((key) => (
                <th key={key} aria-sort={ariaSort(key)}>
                  <button type="button" class="link" onClick={() => sortBy(key)}>
                    {key === 'name' ? 'Name' : key === 'id' ? 'Id' : 'Origin'}
                    {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
              <th>
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.record.id} data-id={r.record.id}>
                <td>{r.name}</td>
                <td>
                  <code>{r.record.id}</code>
                </td>
                <td>{ORIGIN_LABEL[r.origin]}</td>
                <td class="actions">
                  {r.origin === 'hidden' ? (
                    <button
                      type="button"
                      aria-label={`Restore ${r.name}`}
                      onClick={() => void write(() => request('record/reset', { id: r.record.id }))}
                    >
                      Restore
                    </button>
                  ) : (
                    <>
                      <button
                        type="button"
                        data-action="edit"
                        aria-label={`Edit ${r.name}`}
                        onClick={() => {
                          returnTo.current = r.record.id;
                          setView({ mode: 'edit', record: r.record });
                        }}
                      >
                        Edit
                      </button>{' '}
                      {r.origin === 'overlay' && (
                        <button
                          type="button"
                          aria-label={`Reset ${r.name}`}
                          onClick={() => void write(() => request('record/reset', { id: r.record.id }))}
                        >
                          Reset
                        </button>
                      )}{' '}
                      {confirming === r.record.id ? (
                        <button
                          type="button"
                          class="danger"
                          aria-label={`${r.origin === 'user' ? 'Confirm: delete for good' : 'Confirm: hide'} ${r.name}`}
                          onClick={() => {
                            setConfirming(undefined);
                            void write(() => request('record/delete', { id: r.record.id }));
                          }}
                        >
                          {r.origin === 'user' ? 'Confirm: delete for good' : 'Confirm: hide'}
                        </button>
                      ) : (
                        <button
                          type="button"
                          aria-label={`${r.origin === 'user' ? 'Delete' : 'Hide'} ${r.name}`}
                          onClick={() => setConfirming(r.record.id)}
                        >
                          {r.origin === 'user' ? 'Delete' : 'Hide'}
                        </button>
                      )}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="pager">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </button>{' '}
          Page {current + 1} of {pages}{' '}
          <button type="button" disabled={current + 1 >= pages} onClick={() => setPage(current + 1)}>
            Next
          </button>
        </p>
      </div>
    </section>
  );
}
