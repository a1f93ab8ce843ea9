import { CorpusSummary } from '../../components/CorpusSummary';
import { useLoad } from '../../components/use-request';
import { request } from '../../utils/messaging/client';
import { QuickAddTerm } from './QuickAddTerm';

export function OptionsApp() {
  const [info, reloadInfo] = useLoad(() => request('corpus/info', {}));
  const [mine, reloadMine] = useLoad(async () => (await request('record/list', {})).filter((r) => r.origin !== 'bundled'));
  const reload = () => {
    reloadInfo();
    reloadMine();
  };
  return (
    <main class="options">
      <h1>Defence Lens</h1>
      {info.state === 'ready' && <CorpusSummary info={info.value} />}
      {info.state === 'error' && <p role="alert">Could not open the corpus: {info.error}</p>}
      <section>
        <h2>Your records</h2>
        {mine.state === 'ready' && mine.value.length === 0 && <p>None yet.</p>}
        {mine.state === 'ready' && (
          <ul data-testid="user-records">
            {mine.value.map((r) => (
              <li key={r.record.id}>
                {'label' in r.record ? r.record.label : r.record.name}{' '}
                <small>
                  ({r.kind}, {r.origin})
                </small>
              </li>
            ))}
          </ul>
        )}
      </section>
      <QuickAddTerm onSaved={reload} />
    </main>
  );
}
