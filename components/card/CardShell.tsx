/**
 * The hover card as the reader sees it on a page: a dialog with the pin and close buttons over the
 * entity's card. The content script renders it into its shadow root; the card gallery renders it
 * for each fixture. It is compact first ("More" for the rest), sized by the reader's card settings
 * (applied live), and related terms, attendees, holders and candidate meetings open their own card
 * in it, with Back to return. A choice among candidate meetings is remembered for the page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Corpus } from '../../utils/corpus/schema';
import type { ArticleDate, Mention } from '../../utils/model/mention';
import { cardLookStyle, useCardLook } from './card-look';
import { displayName } from './card-model';
import { EntityCard } from './EntityCard';
import { loadChoice, pageKey, saveChoice } from './meeting-choice';

export interface CardShellProps {
  corpus: Corpus;
  mention: Mention;
  date: ArticleDate;
  pinned: boolean;
  dark: boolean;
  /**
   * A card rendered ahead of time, while the hover delay runs, is not visible: it is left out of
   * the accessibility tree and carries another test id.
   */
  visible: boolean;
  onTogglePin: () => void;
  onClose: () => void;
  /** The page the card is on, for the remembered choice (default: this document's address). */
  pageUrl?: string;
  /**
   * Told the id of the record the card shows, whenever it changes (a related record opened, a
   * candidate chosen): a page's card asks for that record whole (detail-ids.ts).
   */
  onShow?: (id: string) => void;
}

const here = () => (typeof location === 'undefined' ? '' : location.href);

export function CardShell({
  corpus,
  mention,
  date,
  pinned,
  dark,
  visible,
  onTogglePin,
  onClose,
  pageUrl = here(),
  onShow,
}: CardShellProps) {
  const look = useCardLook();
  /** Cards opened from this one, last on top. */
  const [trail, setTrail] = useState<string[]>([]);
  const [chosen, setChosen] = useState<string | undefined>();
  const ambiguous = (mention.candidates?.length ?? 0) > 1;
  const page = pageKey(pageUrl);

  // Another mention: start again from its own card, with the choice remembered for it, if any.
  useEffect(() => {
    setTrail([]);
    setChosen(undefined);
    if (!ambiguous) return;
    let live = true;
    loadChoice(page, mention.text).then(
      (id) => live && setChosen(id && mention.candidates?.includes(id) ? id : undefined),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [mention.id, mention.start, mention.text, page]);

  const choose = (id: string) => {
    setChosen(id);
    setTrail([]);
    void saveChoice(page, mention.text, id).catch(() => {});
  };
  const open = trail.at(-1);
  const shown: Mention = chosen ? { ...mention, id: chosen, name: displayName(corpus, chosen) } : mention;
  const showing = open ?? shown.id;
  useEffect(() => {
    if (showing !== mention.id) onShow?.(showing);
  }, [showing]);

  return (
    <div
      class={`dl-shell${dark ? ' dl-dark' : ''}`}
      style={cardLookStyle(look)}
      role="dialog"
      aria-label={`Defence Lens: ${mention.name}`}
      aria-hidden={visible ? undefined : 'true'}
      data-testid={visible ? 'defence-lens-card' : 'defence-lens-card-pending'}
      tabIndex={-1}
    >
      <div class="dl-bar" title="Alt+Shift+N / Alt+Shift+P: next / previous mention">
        {open && (
          <button type="button" class="dl-back" data-testid="card-back" onClick={() => setTrail((t) => t.slice(0, -1))}>
            ← Back
          </button>
        )}
        <button type="button" aria-pressed={pinned} onClick={onTogglePin} title="Keep this card open">
          {pinned ? 'Pinned' : 'Pin'}
        </button>
        <button type="button" onClick={onClose} aria-label="Close card" title="Close (Esc)">
          ✕
        </button>
      </div>
      {open ? (
        <EntityCard
          key={`open:${open}:${trail.length}`}
          corpus={corpus}
          id={open}
          date={date}
          compact
          onNavigate={(id) => setTrail((t) => [...t, id])}
        />
      ) : (
        <EntityCard
          key={`${mention.start}:${shown.id}`}
          corpus={corpus}
          id={shown.id}
          mention={shown}
          date={date}
          compact
          onNavigate={(id) => setTrail((t) => [...t, id])}
          onChoose={ambiguous ? choose : undefined}
          chosen={chosen}
        />
      )}
    </div>
  );
}
