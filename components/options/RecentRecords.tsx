/** The reader's latest records, edits and hidden records, newest first. */
import type { StoredUser } from '../../utils/storage/db';

export function RecentRecords({ rows }: { rows: StoredUser[] }) {
  return (
    <section class="panel" aria-labelledby="recent-h">
      <h2 id="recent-h">Your latest changes</h2>
      {rows.length === 0 && <p>None yet: everything is as bundled.</p>}
      <ul data-testid="user-records">
        {rows.map((r) => (
          <li key={r.id}>
            {r.record ? ('label' in r.record ? r.record.label : r.record.name) : r.id}{' '}
            <small>
              ({r.kind}, {r.record === null ? 'hidden' : r.origin === 'overlay' ? 'edited' : 'yours'},{' '}
              {new Date(r.updatedAt).toLocaleString()})
            </small>
          </li>
        ))}
      </ul>
    </section>
  );
}
