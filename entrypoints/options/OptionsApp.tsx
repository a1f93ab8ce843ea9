import { useEffect } from 'preact/hooks';
import { CorpusSummary } from '../../components/CorpusSummary';
import { ExportPanel } from '../../components/options/ExportPanel';
import { ImportPanel } from '../../components/options/ImportPanel';
import { RecentRecords } from '../../components/options/RecentRecords';
import { RecordsTable } from '../../components/options/RecordsTable';
import { SettingsPanel } from '../../components/options/SettingsPanel';
import { useCorpusDb } from '../../components/options/use-corpus-db';
import { useLoad } from '../../components/use-request';
import { request } from '../../utils/messaging/client';
import { loadSettings, watchSettings } from '../../utils/settings/settings';
import type { Theme } from '../../utils/settings/settings-model';
import { notifyCorpusChanged, watchCorpusRevision } from '../../utils/storage/corpus-revision';
import { listHiddenRecords, listRecords, recentUserRows } from '../../utils/storage/corpus-store';

const RECENT = 10;

export function OptionsApp() {
  const { db, error } = useCorpusDb();
  const [info, reloadInfo] = useLoad(() => request('corpus/info', {}));
  const [rows, reloadRows] = useLoad(async () => (db ? listRecords(db) : []), [db]);
  const [hidden, reloadHidden] = useLoad(async () => (db ? listHiddenRecords(db) : []), [db]);
  const [recent, reloadRecent] = useLoad(async () => (db ? recentUserRows(db, RECENT) : []), [db]);
  const reload = () => {
    reloadInfo();
    reloadRows();
    reloadHidden();
    reloadRecent();
  };
  // Another page (or the background) may change the corpus while this one is open.
  useEffect(() => watchCorpusRevision(reload), []);
  // The page itself follows the theme setting too (auto: the system's).
  useEffect(() => {
    const apply = (theme: Theme) => {
      document.documentElement.style.colorScheme = theme === 'auto' ? 'light dark' : theme;
    };
    void loadSettings().then((s) => apply(s.theme));
    return watchSettings((s) => apply(s.theme));
  }, []);

  /** Every write from this page: through utils/storage, then the revision bump that open tabs follow. */
  const write = async (fn: () => Promise<unknown>) => {
    await fn();
    await notifyCorpusChanged();
    reload();
  };

  return (
    <main class="options">
      <h1>Defence Lens</h1>
      <nav class="sections">
        <a href="#browse-h">Browse and edit</a> · <a href="#import-h">Import</a> · <a href="#export-h">Export and reset</a> ·{' '}
        <a href="#settings-h">Settings</a>
      </nav>
      {info.state === 'ready' && <CorpusSummary info={info.value} />}
      {(info.state === 'error' || error) && (
        <p role="alert">Could not open the corpus: {error ?? (info.state === 'error' ? info.error : '')}</p>
      )}
      {recent.state === 'ready' && <RecentRecords rows={recent.value} />}
      {db && rows.state === 'ready' && hidden.state === 'ready' ? (
        <RecordsTable db={db} rows={rows.value} hidden={hidden.value} write={write} />
      ) : (
        <p class="panel">Loading the corpus…</p>
      )}
      {db && <ImportPanel db={db} onChanged={reload} />}
      {db && info.state === 'ready' && <ExportPanel db={db} version={info.value.version} write={write} />}
      <SettingsPanel />
    </main>
  );
}
