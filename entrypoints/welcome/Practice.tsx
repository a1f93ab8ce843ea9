/**
 * The welcome page's practice paragraph (issue 18). Extension pages get no content script, so the
 * paragraph marks its names itself, and hovering (or focusing, or clicking) one shows the very card a
 * news page shows: CardShell with the same styles, in a shadow root of its own as on a page, for
 * mentions built by the resolution stage's own functions (a misspelling flag for "Aston Carter").
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CARD_CSS } from '../../components/card';
import { CardShell } from '../../components/card/CardShell';
import { dated, mentionOf, personOf } from '../../components/card/card-fixture';
import type { Corpus } from '../../utils/corpus/schema';
import { request } from '../../utils/messaging/client';
import type { Mention } from '../../utils/model/mention';
import { misspellingFlag } from '../../utils/resolve/fact-check';

/** The practice paragraph's day: the ASEAN-US informal meeting in Hawaii. */
const DAY = dated('2016-09-30');
const HOVER_MS = 300;

function practiceMentions(corpus: Corpus): Record<string, Mention> {
  const carter = personOf(corpus, 'ashton-carter');
  const flag = misspellingFlag(carter, 'Aston Carter');
  return {
    'Ng Eng Hen': mentionOf(corpus, 'ng-eng-hen'),
    'Aston Carter': mentionOf(corpus, carter.id, { text: 'Aston Carter', via: 'misspelling', flags: flag ? [flag] : [] }),
    'ADMM-Plus': mentionOf(corpus, 'admm-plus'),
  };
}

/** The card, rendered into a shadow root as on a page, so its styles and the page's stay apart. */
function PracticeCard({ corpus, mention, onClose }: { corpus: Corpus; mention: Mention; onClose: () => void }) {
  const host = useRef<HTMLDivElement>(null);
  const [pinned, setPinned] = useState(false);
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    if (!root.querySelector('style')) {
      const style = document.createElement('style');
      style.textContent = CARD_CSS;
      root.append(style, document.createElement('div'));
    }
    render(
      <CardShell
        corpus={corpus}
        mention={mention}
        date={DAY}
        pinned={pinned}
        dark={dark}
        visible
        onTogglePin={() => setPinned(!pinned)}
        onClose={onClose}
        pageUrl={location.href}
      />,
      root.lastElementChild as HTMLElement,
    );
  });
  useEffect(
    () => () => {
      const last = host.current?.shadowRoot?.lastElementChild;
      if (last) render(null, last as HTMLElement);
    },
    [],
  );
  return <div ref={host} class="practice-card" data-testid="practice-card" />;
}

export function Practice() {
  const [corpus, setCorpus] = useState<Corpus | undefined>();
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState<string | undefined>();
  const timer = useRef(0);
  const cardArea = useRef<HTMLDivElement>(null);
  useEffect(() => {
    request('corpus/full', {}).then(setCorpus, () => setFailed(true));
  }, []);
  const mentions = useMemo(() => (corpus ? practiceMentions(corpus) : undefined), [corpus]);

  // The page's keys: Escape closes the card, a bare c copies its fact (not while typing).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!open || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape') setOpen(undefined);
      if (e.key === 'c') {
        const root = cardArea.current?.querySelector('[data-testid=practice-card]')?.shadowRoot;
        root?.querySelector<HTMLButtonElement>('[data-testid=card-copy]')?.click();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const mark = (text: string) => (
    <button
      type="button"
      class={`practice-mark${text === 'Aston Carter' ? ' practice-flag' : ''}`}
      data-testid="practice-mark"
      aria-expanded={open === text}
      onMouseEnter={() => {
        clearTimeout(timer.current);
        timer.current = window.setTimeout(() => setOpen(text), HOVER_MS);
      }}
      onMouseLeave={() => clearTimeout(timer.current)}
      onFocus={() => setOpen(text)}
      onClick={() => setOpen(text)}
    >
      {text}
    </button>
  );

  return (
    <section aria-labelledby="practice-h" data-testid="practice">
      <h2 id="practice-h">Try it here</h2>
      <p class="practice-text">
        On 30 September 2016, Singapore’s {mark('Ng Eng Hen')} and US Secretary of Defense {mark('Aston Carter')} met their ASEAN colleagues
        in Hawaii, where practical cooperation under the {mark('ADMM-Plus')} was on the table.
      </p>
      <p class="hint">
        Hover a marked name (or Tab to it): the card shows what that person held on the paragraph’s date. The wavy mark is a name the text
        gets wrong. Press <kbd>c</kbd> to copy the card’s fact with its source, <kbd>Esc</kbd> to close it.
      </p>
      <div ref={cardArea} aria-live="polite">
        {failed && <p class="hint">The cards could not load the corpus here; on a news page they work as described below.</p>}
        {corpus && mentions && open && mentions[open] && (
          <PracticeCard key={open} corpus={corpus} mention={mentions[open]} onClose={() => setOpen(undefined)} />
        )}
      </div>
    </section>
  );
}
