/** Export everything, or only the reader's records and edits, as a download; and reset all. */
import { useState } from 'preact/hooks';
import { notifyCorpusChanged } from '../../utils/storage/corpus-revision';
import { exportCorpus, resetAll } from '../../utils/storage/corpus-transfer';
import type { CorpusDb } from '../../utils/storage/db';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportPanel({ db, version, onChanged }: { db: CorpusDb; version: string; onChanged: () => void }) {
  const [status, setStatus] = useState('');
  const exportScope = async (scope: 'all' | 'user') => {
    const file = await exportCorpus(db, scope, version);
    download(`defence-lens-${scope === 'all' ? 'corpus' : 'my-records'}.json`, `${JSON.stringify(file, null, 2)}\n`);
  };
  const reset = async () => {
    if (!confirm('Reset everything to the bundled corpus? Your records, edits and hidden records will be removed.')) return;
    await resetAll(db);
    await notifyCorpusChanged();
    setStatus('Everything is back to the bundled corpus.');
    onChanged();
  };
  return (
    <section class="panel" aria-labelledby="export-h">
      <h2 id="export-h">Export and reset</h2>
      <button type="button" onClick={() => void exportScope('all')}>
        Export everything
      </button>{' '}
      <button type="button" onClick={() => void exportScope('user')}>
        Export my records
      </button>{' '}
      <button type="button" class="danger" onClick={() => void reset()}>
        Reset everything…
      </button>
      <p role="status">{status}</p>
    </section>
  );
}
