/**
 * "On this page": what the active tab's content script found, grouped by entity (flags first), the
 * article date it used and where that date came from, and a date input to resolve against another
 * day. Clicking an entity asks the page to scroll to it, flash it and open its card.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Corpus } from '../../utils/corpus/schema';
import type { MentionKind } from '../../utils/model/mention';
import { describeArticleDate } from '../../utils/resolve/date-words';
import { BriefingExport } from './BriefingExport';
import { summarisePage } from './page-summary';
import type { PageView } from './use-page';

const KIND_LABEL: Record<MentionKind, string> = { person: 'Person', term: 'Term', meeting: 'Meeting', organization: 'Organisation' };
export interface PagePanelProps {
  page: PageView;
  /** The corpus, for the briefing (absent while it loads). */
  corpus?: Corpus;
  onReveal: (id: string) => Promise<boolean>;
  onSetDate: (date: string | null) => Promise<void>;
}

export function PagePanel({ page, corpus, onReveal, onSetDate }: PagePanelProps) {
  const [notice, setNotice] = useState('');
  const entities = useMemo(() => (page.state === 'ready' ? summarisePage(page.mentions) : []), [page]);

  if (page.state === 'loading') return <p class="empty">Reading the page…</p>;
  if (page.state === 'unreadable') {
    return (
      <p class="empty" role="status" data-testid="page-unreadable">
        Defence Lens cannot read this page. Browser pages, extension stores and pages opened before the extension was installed are off
        limits; reload the page if it is an ordinary article.
      </p>
    );
  }

  const { date } = page;
  return (
    <section class="page" data-testid="page-panel">
      <div class="page-date" data-testid="page-date">
        <label>
          <span>Article date</span>
          <input
            type="date"
            value={date.date ?? ''}
            onChange={(e) => {
              const v = (e.target as HTMLInputElement).value;
              void onSetDate(v || null);
            }}
          />
        </label>
        <span class="muted" data-testid="page-date-source">
          {describeArticleDate(date)}
        </span>
        {date.source === 'override' && (
          <button type="button" class="link" onClick={() => void onSetDate(null)}>
            Use the page’s date
          </button>
        )}
      </div>
      {!page.active ? (
        <p class="empty" data-testid="page-off">
          Defence Lens is switched off for this page.
        </p>
      ) : entities.length === 0 ? (
        <p class="empty" data-testid="page-none">
          Nothing from the corpus was found on this page.
        </p>
      ) : (
        <ul class="page-list" data-testid="page-entities">
          {entities.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                class={`page-entity${e.flags.length ? ' flagged' : ''}`}
                data-testid="page-entity"
                data-id={e.id}
                onClick={async () => setNotice((await onReveal(e.id)) ? '' : `“${e.name}” is no longer on the page.`)}
              >
                <span class="hit-name">{e.name}</span>
                <span class="count" title="Mentions on this page">
                  ×{e.count}
                </span>
                <span class="hit-detail">{KIND_LABEL[e.kind]}</span>
                {e.flags.map((f) => (
                  <span key={f.message} class="flag" data-testid="page-flag">
                    {f.message}
                  </span>
                ))}
              </button>
            </li>
          ))}
        </ul>
      )}
      {corpus && page.active && entities.length > 0 && (
        <BriefingExport corpus={corpus} url={page.url} date={date} mentions={page.mentions} />
      )}
      {notice && (
        <p class="muted" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}
