/**
 * Keeps an open card with its mark. While a card is open: a scroll anywhere (the page, a scrolling
 * container, inside the mark's shadow roots, where scroll events do not leave the root), a resize
 * of the window or of the visual viewport (pinch zoom), or a change of the card's own size (a list
 * it expands) has it placed again, once a frame at most; a change to the page that takes the mark's
 * text away closes it. Only while a card is open: nothing listens between cards.
 */

export interface FollowHandlers {
  /** Places the card against its mark again. */
  update(): void;
  /** Whether the mark's text has left the page (removed, or changed under it). */
  gone(): boolean;
  /** Closes the card. */
  close(): void;
}

export interface FollowTarget {
  /** The mark's document and every shadow root around the mark: where its scrolls and changes happen. */
  roots: readonly (Document | ShadowRoot)[];
  /** The card's outer element, whose size is watched. */
  shell: Element;
}

const SCROLL = { capture: true, passive: true } as const;

export class CardFollow {
  private frame = 0;
  private roots: readonly (Document | ShadowRoot)[] = [];
  private changes: MutationObserver | undefined;
  private resizes: ResizeObserver | undefined;
  private win: (Window & typeof globalThis) | null = null;
  /** The card's size as last placed: a resize report of that same size is the placement's own. */
  private size = { width: 0, height: 0 };

  constructor(private readonly handlers: FollowHandlers) {}

  start({ roots, shell }: FollowTarget): void {
    this.stop();
    this.roots = roots;
    const doc = shell.ownerDocument;
    this.win = doc.defaultView as (Window & typeof globalThis) | null;
    for (const root of roots) root.addEventListener('scroll', this.schedule, SCROLL);
    this.win?.addEventListener('resize', this.schedule, SCROLL);
    this.win?.visualViewport?.addEventListener('resize', this.schedule, SCROLL);
    this.win?.visualViewport?.addEventListener('scroll', this.schedule, SCROLL);
    if (typeof MutationObserver === 'function') {
      this.changes = new MutationObserver(this.checkGone);
      for (const root of roots) this.changes.observe(root, { childList: true, characterData: true, subtree: true });
    }
    if (typeof ResizeObserver === 'function') {
      this.resizes = new ResizeObserver(this.resized);
      this.resizes.observe(shell);
    }
  }

  /** Tells the follower the size the card was just placed at. */
  placed(width: number, height: number): void {
    this.size = { width, height };
  }

  stop(): void {
    for (const root of this.roots) root.removeEventListener('scroll', this.schedule, SCROLL);
    this.win?.removeEventListener('resize', this.schedule, SCROLL);
    this.win?.visualViewport?.removeEventListener('resize', this.schedule, SCROLL);
    this.win?.visualViewport?.removeEventListener('scroll', this.schedule, SCROLL);
    this.roots = [];
    this.win = null;
    this.changes?.disconnect();
    this.changes = undefined;
    this.resizes?.disconnect();
    this.resizes = undefined;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private schedule = () => {
    if (!this.frame) this.frame = requestAnimationFrame(this.run);
  };

  private run = () => {
    this.frame = 0;
    if (this.handlers.gone()) this.handlers.close();
    else this.handlers.update();
  };

  private checkGone = () => {
    if (this.handlers.gone()) this.handlers.close();
  };

  private resized = (entries: ResizeObserverEntry[]) => {
    const box = entries[entries.length - 1]?.borderBoxSize?.[0];
    if (!box) return;
    // Placing caps the card's height, which this observer then reports: only another size is news.
    if (Math.abs(box.inlineSize - this.size.width) < 1 && Math.abs(box.blockSize - this.size.height) < 1) return;
    this.schedule();
  };
}
