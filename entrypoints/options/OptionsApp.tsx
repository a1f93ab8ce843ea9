import { CorpusSummary } from '../../components/CorpusSummary';
import { ExportPanel } from '../../components/options/ExportPanel';
import { ImportPanel } from '../../components/options/ImportPanel';
import { RecordsTable } from '../../components/options/RecordsTable';
import { SettingsPanel } from '../../components/options/SettingsPanel';
import { useCorpusDb } from '../../components/options/use-corpus-db';
import { useLoad } from '../../components/use-request';
import { request } from '../../utils/messaging/client';
import { listRecords } from '../../utils/storage/corpus-store';
import { QuickAddTerm } from './QuickAddTerm';

export function OptionsApp() {
  const { db, error } = useCorpusDb();
  const [info, reloadInfo] = useLoad(() => request('corpus/info', {}));
  const [rows, reloadRows] = useLoad(async () => (db ? listRecords(db) : []), [db]);
  const [hidden, reloadHidden] = useLoad(
    async () => (db ? (await db.getAll('user')).filter((u) => u.record === null).map((u) => u.id) : []),
    [db],
  );
  const reload = () => {
    reloadInfo();
    reloadRows();
    reloadHidden();
  };
  const mine = rows.state === 'ready' ? rows.value.filter((r) => r.origin !== 'bundled') : [];
  return (
    <main class="options">
      <h1>Defence Lens</h1>
      {info.state === 'ready' && <CorpusSummary info={info.value} />}
      {(info.state === 'error' || error) && (
        <p role="alert">Could not open the corpus: {error ?? (info.state === 'error' ? info.error : '')}</p>
      )}
      <section class="panel">
        <h2>Your records</h2>
        {mine.length === 0 && <p>None yet.</p>}
        <ul data-testid="user-records">
          {mine.map((r) => (
            <li key={r.record.id}>
              {'label' in r.record ? r.record.label : r.record.name}{' '}
              <small>
                ({r.kind}, {r.origin === 'overlay' ? 'edited' : 'yours'})
              </small>
            </li>
          ))}
        </ul>
      </section>
      <QuickAddTerm onSaved={reload} />
      {db && <ImportPanel db={db} onChanged={reload} />}
      {db && info.state === 'ready' && <ExportPanel db={db} version={info.value.version} onChanged={reload} />}
      <SettingsPanel />
      {db && rows.state === 'ready' && (
        <RecordsTable db={db} rows={rows.value} hidden={hidden.state === 'ready' ? hidden.value : []} onChanged={reload} />
      )}
    </main>
  );
}
