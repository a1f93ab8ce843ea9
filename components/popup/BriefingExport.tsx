/**
 * "On this page" → a briefing of the page in Markdown (utils/cite/briefing.ts), in page order or by
 * kind, copied or downloaded. The text is shown in a read-only field too, so it can be checked.
 */
import { useMemo, useState } from 'preact/hooks';
import { type BriefingOrder, briefingFileName, buildBriefing } from '../../utils/cite/briefing';
import type { Corpus } from '../../utils/corpus/schema';
import type { ArticleDate, Mention } from '../../utils/model/mention';

export interface BriefingExportProps {
  corpus: Corpus;
  url: string;
  date: ArticleDate;
  mentions: Mention[];
}

export function BriefingExport({ corpus, url, date, mentions }: BriefingExportProps) {
  const [order, setOrder] = useState<BriefingOrder>('page');
  const [status, setStatus] = useState('');
  const markdown = useMemo(() => buildBriefing({ corpus, url, date, mentions, order }), [corpus, url, date, mentions, order]);
  const download = () => {
    const href = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' }));
    const a = document.createElement('a');
    a.href = href;
    a.download = briefingFileName(url, date.date);
    a.click();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
    setStatus(`Saved as ${a.download}.`);
  };
  return (
    <details class="briefing" data-testid="briefing">
      <summary>Briefing for an editor (Markdown)</summary>
      <div class="briefing-bar">
        <label>
          Order{' '}
          <select
            value={order}
            data-testid="briefing-order"
            onChange={(e) => setOrder((e.target as HTMLSelectElement).value as BriefingOrder)}
          >
            <option value="page">page order</option>
            <option value="kind">by kind</option>
          </select>
        </label>
        <button
          type="button"
          data-testid="briefing-copy"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(markdown);
              setStatus('Briefing copied.');
            } catch {
              setStatus('Copy failed: the browser refused the clipboard.');
            }
          }}
        >
          Copy
        </button>
        <button type="button" data-testid="briefing-download" onClick={download}>
          Download .md
        </button>
      </div>
      <textarea readOnly aria-label="Briefing in Markdown" rows={8} data-testid="briefing-text" value={markdown} />
      <p class="muted" role="status">
        {status}
      </p>
    </details>
  );
}
