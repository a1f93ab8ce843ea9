/**
 * The card's Copy actions: the main fact with its citation (a flagged mention: the correction), as
 * rich text or as Markdown. The hover card's `c` key presses the first button.
 */
import { useState } from 'preact/hooks';
import type { Citation } from '../../utils/cite/cite-parts';
import { writeCitation } from './write-citation';

export function CopyCitation({ citation, flagged }: { citation: Citation; flagged: boolean }) {
  const [status, setStatus] = useState('');
  const copy = async (as: 'rich' | 'markdown') => {
    const result = await writeCitation(citation, { as });
    setStatus(
      result === 'failed' ? 'Copy failed: the browser refused the clipboard.' : as === 'markdown' ? 'Copied as Markdown.' : 'Copied.',
    );
  };
  const what = flagged ? 'correction' : 'fact';
  return (
    <div class="dl-copy">
      <button
        type="button"
        data-testid="card-copy"
        title={`Copy the ${what} with its source (c)`}
        aria-label={`Copy the ${what} with its source`}
        onClick={() => void copy('rich')}
      >
        {flagged ? 'Copy correction' : 'Copy'}
      </button>
      <button type="button" data-testid="card-copy-md" aria-label={`Copy the ${what} as Markdown`} onClick={() => void copy('markdown')}>
        Markdown
      </button>
      <span class="dl-muted" role="status" data-testid="card-copy-status">
        {status}
      </span>
    </div>
  );
}
