import { useEffect } from 'preact/hooks';
import { CorpusSummary } from '../../components/CorpusSummary';
import { ExportPanel } from '../../components/options/ExportPanel';
import { ImportPanel } from '../../components/options/ImportPanel';
import { RecentRecords } from '../../components/options/RecentRecords';
import { RecordsTable } from '../../components/options/RecordsTable';
import { SettingsPanel } from '../../components/options/SettingsPanel';
import { useLoad } from '../../components/use-request';
import { request } from '../../utils/messaging/client';
import { loadSettings, watchSettings } from '../../utils/settings/settings';
import type { Theme } from '../../utils/settings/settings-model';
import { watchCorpusRevision } from '../../utils/storage/corpus-revision';

const RECENT = 10;

export function OptionsApp() {
  // Everything is read and written by message: the background owns the database, validates every
  // write and tells every context about it. This page never opens IndexedDB.
  const [info, reloadInfo] = useLoad(() => request('corpus/info', {}));
  const [rows, reloadRows] = useLoad(() => request('record/list', {}));
  const [hidden, reloadHidden] = useLoad(() => request('record/hidden', {}));
  const [recent, reloadRecent] = useLoad(() => request('record/recent', { limit: RECENT }));
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
      document.documentElement.dataset.theme = theme;
    };
    void loadSettings().then((s) => apply(s.theme));
    return watchSettings((s) => apply(s.theme));
  }, []);

  /**
   * Every write from this page is a request to the background, which validates it and bumps the
   * revision that open tabs follow (and that reloads this page too); reloading here at once only
   * saves the reader the round trip through storage.onChanged.
   */
  const write = async (fn: () => Promise<unknown>) => {
    await fn();
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
      {(info.state === 'error' || rows.state === 'error') && (
        <p role="alert">Could not open the corpus: {info.state === 'error' ? info.error : rows.state === 'error' ? rows.error : ''}</p>
      )}
      {recent.state === 'ready' && <RecentRecords rows={recent.value} />}
      {rows.state === 'ready' && hidden.state === 'ready' ? (
        <RecordsTable rows={rows.value} hidden={hidden.value} write={write} />
      ) : (
        <p class="panel">Loading the corpus…</p>
      )}
      <ImportPanel onChanged={reload} />
      {info.state === 'ready' && <ExportPanel write={write} />}
      <SettingsPanel />
    </main>
  );
}
