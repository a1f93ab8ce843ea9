import type { CorpusInfo } from '../utils/messaging/protocol';

const LABELS: Record<keyof CorpusInfo['counts'], string> = {
  person: 'people',
  meeting: 'meetings',
  term: 'terms',
  office: 'offices',
  country: 'countries',
};

/** One line of what the corpus holds, e.g. "152 people · 84 meetings · 104 terms". */
export function CorpusSummary({ info }: { info: CorpusInfo }) {
  return (
    <p class="corpus-summary" data-testid="corpus-summary">
      {(Object.keys(LABELS) as (keyof CorpusInfo['counts'])[]).map((k) => `${info.counts[k]} ${LABELS[k]}`).join(' · ')}
      <span class="corpus-version"> (corpus {info.version})</span>
    </p>
  );
}
