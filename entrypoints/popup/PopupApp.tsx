import { browser } from 'wxt/browser';
import { CorpusSummary } from '../../components/CorpusSummary';
import { useLoad } from '../../components/use-request';
import { request } from '../../utils/messaging/client';

export function PopupApp() {
  const [info] = useLoad(() => request('corpus/info', {}));
  return (
    <main class="popup">
      <header>
        <h1>Defence Lens</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      {info.state === 'loading' && <p>Loading the corpus…</p>}
      {info.state === 'error' && <p role="alert">Could not reach the corpus: {info.error}</p>}
      {info.state === 'ready' && <CorpusSummary info={info.value} />}
    </main>
  );
}
