/** Export everything, or only the reader's records and edits, as a download; and reset all. */
import { useState } from 'preact/hooks';
import { request } from '../../utils/messaging/client';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportPanel({ write }: { write: (fn: () => Promise<unknown>) => Promise<void> }) {
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const exportScope = async (scope: 'all' | 'user') => {
    const file = await request('corpus/export', { scope });
    download(`defence-lens-${scope === 'all' ? 'corpus' : 'my-records'}.json`, `${JSON.stringify(file, null, 2)}\n`);
  };
  const reset = async () => {
    setConfirming(false);
    await write(() => request('corpus/reset-all', {}));
    setStatus('Everything is back to the bundled corpus.');
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
      {confirming ? (
        <span role="alert" data-testid="reset-confirm">
          Remove all your records, edits and hidden records, and go back to the bundled corpus?{' '}
          <button type="button" class="danger" onClick={() => void reset()}>
            Yes, reset everything
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep my data
          </button>
        </span>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Reset everything…
        </button>
      )}
      <p class="hint">Tip: export your records before a reset; importing that file brings them back.</p>
      <p role="status">{status}</p>
    </section>
  );
}
