/**
 * The popup's search: a box focused on open, results grouped by kind, arrow keys to move, Enter to
 * open the card, Escape to go back. The card is the same EntityCard the page's hover card uses,
 * compact first with More, on the article date of the page the popup was opened on (none: the latest roles). A query that names
 * an office ("Japan defence minister") also shows that office's holders around that date.
 */
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Corpus } from '../../utils/corpus/schema';
import type { ArticleDate } from '../../utils/model/mention';
import { officesForQuery } from '../../utils/search/office-query';
import type { CorpusSearch, SearchGroup, SearchKind } from '../../utils/search/search-index';
import { holdersAround } from '../../utils/timeline/holders-around';
import { EntityCard } from '../card';
import { OfficeTimeline } from '../card/OfficeTimeline';
import { CardBoundary } from './CardBoundary';

const GROUP_TITLES: Record<SearchKind, string> = { person: 'People', meeting: 'Meetings', term: 'Terms' };
const NO_DATE: ArticleDate = { date: null, source: 'none' };
const MAX_HITS_PER_KIND = 8;

export interface SearchPanelProps {
  /** Undefined while the index loads: the box already takes typing, results follow. */
  search: CorpusSearch | undefined;
  /** Undefined until the whole corpus has arrived (only the cards need it). */
  corpus: Corpus | undefined;
  /** Why the corpus could not be loaded. */
  error?: string;
  dark: boolean;
  /** The article date of the page the popup is for: cards and the office timeline are on that day. */
  date?: ArticleDate;
  /**
   * Focus the search box when the panel appears (the popup opening). Off when the reader came to the
   * panel by its tab with the arrow keys: the tab pattern leaves focus on the tab.
   */
  autoFocus?: boolean;
  /** Called with how long each search took, in milliseconds (the popup keeps them for measurement). */
  onTimed?: (ms: number) => void;
}

export function SearchPanel({ search, corpus, error, dark, date = NO_DATE, autoFocus = true, onTimed }: SearchPanelProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  /** The cards opened, last on top: navigating from a card pushes, Escape pops. */
  const [trail, setTrail] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const back = useRef<HTMLButtonElement>(null);

  const groups: SearchGroup[] = useMemo(() => {
    if (!search) return [];
    const t0 = performance.now();
    const out = search.search(query);
    onTimed?.(performance.now() - t0);
    // A short query can match much of the corpus; a handful per kind is what fits the popup.
    return out.map((g) => ({ ...g, hits: g.hits.slice(0, MAX_HITS_PER_KIND) }));
  }, [search, query]);
  const flat = groups.flatMap((g) => g.hits);
  const open = trail.at(-1);
  const office = useMemo(() => {
    const found = corpus ? officesForQuery(corpus, query)[0] : undefined;
    const day = date.date ?? new Date().toISOString().slice(0, 10);
    return corpus && found ? holdersAround({ corpus, officeId: found.id, day }) : undefined;
  }, [corpus, query, date.date]);

  // Keep the chosen result in view while the arrow keys move through a long list.
  useEffect(() => {
    document.getElementById(`hit-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const mounted = useRef(false);
  useEffect(() => {
    // Focus follows the view: the search box on open and on return, the Back button on a card.
    const first = !mounted.current;
    mounted.current = true;
    if (open) back.current?.focus();
    else if (!first || autoFocus) input.current?.focus();
  }, [open]);

  // In the card view focus may sit anywhere (or nowhere, after a link re-renders the card), so
  // Escape is caught on the document, from the moment the card is rendered (a layout effect, not
  // after paint, so an Escape typed right after Enter is not lost).
  useLayoutEffect(() => {
    if (!open) return;
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setTrail((t) => t.slice(0, -1));
    };
    document.addEventListener('keydown', onEscape);
    return () => document.removeEventListener('keydown', onEscape);
  }, [open]);

  // Results appearing or scrolling under a resting pointer must not steal the keyboard's choice:
  // only a pointer that really moved picks a result.
  const lastPointer = useRef('');
  function pointerMoved(event: MouseEvent): boolean {
    const at = `${event.screenX},${event.screenY}`;
    if (at === lastPointer.current) return false;
    lastPointer.current = at;
    return true;
  }

  function onKeyDown(event: KeyboardEvent) {
    if (open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (flat.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + flat.length) % flat.length);
    } else if (event.key === 'Enter') {
      const hit = flat[active];
      if (hit) {
        event.preventDefault();
        setTrail([hit.id]);
      }
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  }

  if (open) {
    return (
      <section class="detail" data-testid="popup-detail">
        <button type="button" class="back" onClick={() => setTrail((t) => t.slice(0, -1))} ref={back}>
          ← Back <span class="hint">Esc</span>
        </button>
        <div class={`dl-shell popup-card${dark ? ' dl-dark' : ''}${date.date ? '' : ' popup-card-undated'}`}>
          {corpus ? (
            <CardBoundary id={open}>
              <EntityCard
                key={`${trail.length}:${open}`}
                corpus={corpus}
                id={open}
                date={date}
                compact
                onNavigate={(id) => setTrail((t) => [...t, id])}
              />
            </CardBoundary>
          ) : (
            <p class="empty" role={error ? 'alert' : 'status'}>
              {error ? `Could not load the corpus: ${error}` : 'Loading the corpus…'}
            </p>
          )}
        </div>
      </section>
    );
  }

  const typed = query.trim() !== '';
  let results: JSX.Element;
  if (error && !search) {
    results = (
      <p role="alert" class="empty">
        Could not load the corpus: {error}
      </p>
    );
  } else if (!typed) {
    results = (
      <p class="empty" data-testid="search-empty">
        Search by name or misspelling (“Phan Van Giang”, “Aston Carter”), by office (“Japan defence minister”), by meeting (“17th ADMM”,
        “Hawaii 2016”) or by term (“ADMM+”, “HADR”).
      </p>
    );
  } else if (!search) {
    results = (
      <p class="empty" data-testid="search-loading">
        Loading the corpus…
      </p>
    );
  } else if (flat.length === 0) {
    results = (
      <p class="empty" data-testid="search-none">
        Nothing in the corpus matches “{query.slice(0, 60)}”. Try part of a name, an acronym, a country with an office, or a meeting with
        its year.
      </p>
    );
  } else {
    let index = -1;
    results = (
      <div id="search-results" role="listbox" aria-label="Results" data-testid="search-results">
        {groups.map((g) => (
          // biome-ignore lint/a11y/useSemanticElements: a listbox may own only options and groups; a fieldset is a form group, not a listbox's
          <div key={g.kind} role="group" aria-labelledby={`group-${g.kind}`}>
            <div class="group-title" role="presentation" id={`group-${g.kind}`}>
              {GROUP_TITLES[g.kind]}
            </div>
            {g.hits.map((hit) => {
              index += 1;
              const i = index;
              return (
                <div
                  key={`${hit.kind}:${hit.id}`}
                  id={`hit-${i}`}
                  role="option"
                  tabIndex={-1}
                  aria-selected={i === active}
                  class={`hit${i === active ? ' active' : ''}`}
                  data-testid="search-hit"
                  data-id={hit.id}
                  onMouseMove={(e) => pointerMoved(e) && setActive(i)}
                  onClick={() => setTrail([hit.id])}
                  onKeyDown={onKeyDown}
                >
                  <span class="hit-name">{hit.name}</span>
                  {hit.note && <span class="hit-note">{hit.note}</span>}
                  <span class="hit-detail">{hit.detail}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    );
  }

  const officeResult = office && office.bars.length > 0 && (
    <section class={`office-result dl-shell popup-card${dark ? ' dl-dark' : ''}`} data-testid="office-result" aria-label="Office">
      <div class="group-title">Office</div>
      <OfficeTimeline timeline={office} onNavigate={(id) => setTrail([id])} />
    </section>
  );

  return (
    <section class="search">
      <input
        ref={input}
        type="search"
        class="search-box"
        placeholder="Search people, meetings, terms…"
        aria-label="Search the corpus"
        // Only point at the list while it is in the page: a reference to a missing id is an ARIA error.
        aria-controls={flat.length > 0 ? 'search-results' : undefined}
        aria-activedescendant={flat[active] ? `hit-${active}` : undefined}
        value={query}
        maxLength={200}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {officeResult}
      {results}
    </section>
  );
}
