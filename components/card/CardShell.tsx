/**
 * The hover card as the reader sees it on a page: a dialog with the pin and close buttons over the
 * entity's card. The content script renders it into its shadow root; the card gallery renders it
 * for each fixture.
 */
import type { Corpus } from '../../utils/corpus/schema';
import type { ArticleDate, Mention } from '../../utils/model/mention';
import { EntityCard } from './EntityCard';

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
}

export function CardShell({ corpus, mention, date, pinned, dark, visible, onTogglePin, onClose }: CardShellProps) {
  return (
    <div
      class={`dl-shell${dark ? ' dl-dark' : ''}`}
      role="dialog"
      aria-label={`Defence Lens: ${mention.name}`}
      aria-hidden={visible ? undefined : 'true'}
      data-testid={visible ? 'defence-lens-card' : 'defence-lens-card-pending'}
      tabIndex={-1}
    >
      <div class="dl-bar" title="Alt+Shift+N / Alt+Shift+P: next / previous mention">
        <button type="button" aria-pressed={pinned} onClick={onTogglePin} title="Keep this card open">
          {pinned ? 'Pinned' : 'Pin'}
        </button>
        <button type="button" onClick={onClose} aria-label="Close card" title="Close (Esc)">
          ✕
        </button>
      </div>
      <EntityCard corpus={corpus} id={mention.id} mention={mention} date={date} onNavigate={undefined} />
    </div>
  );
}
