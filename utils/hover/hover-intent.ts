/**
 * The hover card's timing, apart from the DOM: told once a frame what lies under the pointer, it
 * decides when a card is prepared, shown and hidden.
 * - A new target starts the hover delay; its card is prepared (rendered, hidden) at once, unless a
 *   card is already open, which then stays as it is until the delay ends.
 * - Leaving every target hides an open, unpinned card after a short grace period, so that the
 *   pointer can travel from the mark into the card; a pointer in the card keeps it.
 * - Leaving before the delay ends shows nothing and drops the prepared card.
 */

/** A short grace period lets the pointer travel from the mark into the card. */
export const HIDE_GRACE_MS = 250;

export interface HoverIntentHooks<T> {
  delayMs: () => number;
  /** Whether a card is open (for any target). */
  isOpen: () => boolean;
  isPinned: () => boolean;
  /** Read when the grace period ends: the pointer may have reached the card meanwhile. */
  pointerInCard: () => boolean;
  /** Renders the target's card, hidden, while the delay runs. */
  prepare: (target: T) => void;
  /** Drops a prepared card that will not be shown. */
  discard: () => void;
  /** The delay ended on this target. */
  delayEnded: (target: T) => void;
  /** The pointer left and did not reach the card. */
  leave: () => void;
}

export class HoverIntent<T> {
  private current: T | undefined;
  private delay: ReturnType<typeof setTimeout> | undefined;
  private grace: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly hooks: HoverIntentHooks<T>) {}

  /** The pointer is over the open card: it stays. */
  overCard(): void {
    clearTimeout(this.grace);
  }

  /** The pointer is over `target` (undefined: over nothing that has a card). */
  over(target: T | undefined): void {
    if (target === this.current) return;
    this.current = target;
    clearTimeout(this.delay);
    const { hooks } = this;
    if (target !== undefined) {
      clearTimeout(this.grace);
      if (!hooks.isOpen()) hooks.prepare(target);
      this.delay = setTimeout(() => hooks.delayEnded(target), hooks.delayMs());
    } else if (!hooks.isOpen()) {
      hooks.discard();
    } else if (!hooks.isPinned()) {
      this.grace = setTimeout(() => {
        if (!hooks.pointerInCard()) hooks.leave();
      }, HIDE_GRACE_MS);
    }
  }

  /** The card closed: forget the target and any delay still running. */
  reset(): void {
    this.current = undefined;
    clearTimeout(this.delay);
  }
}
