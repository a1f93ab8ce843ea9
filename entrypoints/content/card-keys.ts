/**
 * The hover card's keys, listened for on the document in the capture phase (before the page's own
 * handlers can swallow them): Escape closes the card, Alt+Shift+N / Alt+Shift+P step between
 * mentions (see utils/hover/hover-keys.ts for what each key means). Only keys the reader pressed
 * count: an event a page's script made (`isTrusted` false) does nothing, so a page cannot open a
 * card, step through the mentions or hold a hover modifier by dispatching keys.
 */
import { cardKeyCommand, isTypingTarget } from '../../utils/hover/hover-keys';

export interface CardKeyHandlers {
  cardOpen: () => boolean;
  close: () => void;
  /** `c`: copy the open card's fact with its citation (issue 18). */
  copy?: () => void;
  step: (direction: 1 | -1) => void;
  /** Alt or Shift went down or up (a hover modifier may have been pressed or released). */
  modifiers: (held: boolean) => void;
}

export class CardKeys {
  constructor(
    private readonly doc: Document,
    private readonly handlers: CardKeyHandlers,
  ) {}

  attach(): void {
    this.doc.addEventListener('keydown', this.onKeyDown, true);
    this.doc.addEventListener('keyup', this.onKeyUp, true);
  }

  detach(): void {
    this.doc.removeEventListener('keydown', this.onKeyDown, true);
    this.doc.removeEventListener('keyup', this.onKeyUp, true);
  }

  private onKeyUp = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    this.handlers.modifiers(e.altKey || e.shiftKey);
  };

  private onKeyDown = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    const { handlers } = this;
    handlers.modifiers(e.altKey || e.shiftKey);
    // composedPath()[0]: the element typed into, even inside a shadow root.
    const command = cardKeyCommand(e, {
      cardOpen: handlers.cardOpen(),
      typing: isTypingTarget(e.composedPath()[0] as Element | undefined),
    });
    if (command?.type === 'close') handlers.close();
    else if (command?.type === 'copy' && handlers.copy) {
      e.preventDefault();
      e.stopPropagation();
      handlers.copy();
    } else if (command?.type === 'step') {
      e.preventDefault();
      e.stopPropagation();
      handlers.step(command.direction);
    }
  };
}
