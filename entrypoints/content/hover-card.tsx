/**
 * The hover card: puts together which mark is under the pointer (hit-test.ts), when a card comes
 * and goes (utils/hover/hover-intent.ts), its element in the page (card-host.ts), where it goes
 * (utils/hover/place-card.ts), what it shows (components/card/CardShell.tsx) and its keys
 * (card-keys.ts). It stays open while the pointer is in it; Escape closes it; it can be pinned.
 * While open it follows its mark (card-follow.ts): placed again on every scroll and resize, hidden
 * while the mark is out of view, closed when the mark's text leaves the page. A card opened from
 * the keyboard takes focus, and gives it back where it was when it closes.
 */
import { CardShell } from '../../components/card/CardShell';
import { detailIds } from '../../components/card/detail-ids';
import type { Corpus } from '../../utils/corpus/schema';
import { HoverIntent } from '../../utils/hover/hover-intent';
import { hoverModifierHeld } from '../../utils/hover/hover-keys';
import { placeCard, type Rect, type Viewport } from '../../utils/hover/place-card';
import { pointInRect } from '../../utils/hover/point-in-rects';
import { visiblePart } from '../../utils/hover/visible-part';
import type { ArticleDate } from '../../utils/model/mention';
import type { PlacedMention } from '../../utils/page/place-mentions';
import type { Settings } from '../../utils/settings/settings-model';
import { CardFollow } from './card-follow';
import { CardHost } from './card-host';
import { CardKeys } from './card-keys';
import { liveRange, mentionUnderPointer } from './hit-test';
import { inspect, mark } from './inspect';
import { clientBox, clippingAncestors } from './mark-clips';
import { scrollToMark } from './scroll-to-mark';

/** The least space kept between the card and the viewport's edges (utils/hover/place-card.ts). */
const GUTTER = 8;

export interface HoverDeps {
  doc: Document;
  /** The corpus the card reads: the resolver's view, with the records asked for by `details` whole. */
  corpus: () => Corpus | undefined;
  /**
   * Asks for records whole by id (utils/corpus/details-cache.ts): undefined when they are already
   * here, else a promise settled once they are (or asking failed).
   */
  details: (ids: readonly string[]) => Promise<void> | undefined;
  index: () => Map<Node, PlacedMention[]>;
  date: () => ArticleDate;
  settings: () => Settings;
  /** Open shadow roots holding mentions: the caret lookup has to be told about them. */
  shadowRoots: () => Iterable<ShadowRoot>;
  /** Keyboard stepping between mentions (Alt+Shift+N / Alt+Shift+P). */
  step: (direction: 1 | -1) => void;
}

export interface ShowOptions {
  mention: PlacedMention;
  /** Keep the card open when the pointer leaves (reveal and keyboard stepping pin it). */
  pin?: boolean;
  /** Move focus into the card (keyboard stepping), to go back where it was when the card closes. */
  focus?: boolean;
  /** Scroll the mark into view first, with room for its card (keyboard stepping, the popup's "jump to"). */
  scroll?: boolean;
}

export class HoverCard {
  private readonly host: CardHost;
  private readonly keys: CardKeys;
  private readonly intent: HoverIntent<PlacedMention>;
  private readonly follow: CardFollow;
  private shownFor: PlacedMention | undefined;
  /** The open mark's text when its card opened: a change under it closes the card. */
  private shownText = '';
  /** The containers clipping the open mark, read when the card first follows a scroll. */
  private clippers: Element[] | undefined;
  /** The mention whose card was rendered, hidden, while its hover delay runs. */
  private prepared: PlacedMention | undefined;
  private frame = 0;
  private pointer = { x: 0, y: 0 };
  private modifierHeld = false;
  private pinned = false;
  private attached = false;
  /** Where focus was before a keyboard-opened card took it. */
  private returnFocus: HTMLElement | undefined;
  /** A card to show once its records have come (keyboard stepping, reveal, a hover whose delay outran them). */
  private waiting: ShowOptions | undefined;

  constructor(private readonly deps: HoverDeps) {
    this.host = new CardHost(deps.doc);
    this.keys = new CardKeys(deps.doc, {
      cardOpen: () => this.shownFor !== undefined,
      close: () => this.hide({ force: true }),
      // The card's own Copy button does the work, so the key and the click copy the same thing.
      copy: () => this.host.shell?.querySelector<HTMLButtonElement>('[data-testid="card-copy"]')?.click(),
      step: (direction) => deps.step(direction),
      modifiers: (held) => {
        this.modifierHeld = held;
      },
    });
    this.intent = new HoverIntent<PlacedMention>({
      delayMs: () => deps.settings().hoverDelayMs,
      isOpen: () => this.shownFor !== undefined,
      isPinned: () => this.pinned,
      pointerInCard: () => this.pointerInCard(),
      prepare: (pm) => this.prepare(pm),
      discard: () => this.discardPrepared(),
      delayEnded: (pm) => {
        mark('card-delay-end');
        this.show({ mention: pm });
      },
      leave: () => this.hide({ force: false }),
    });
    this.follow = new CardFollow({
      update: () => {
        if (this.shownFor) this.place(this.shownFor, true);
      },
      gone: () => this.shownFor !== undefined && this.markGone(this.shownFor),
      close: () => this.hide({ force: true }),
    });
  }

  attach(): void {
    if (this.attached) return;
    this.attached = true;
    this.deps.doc.addEventListener('pointermove', this.onMove, { passive: true, capture: true });
    this.keys.attach();
  }

  detach(): void {
    this.attached = false;
    this.deps.doc.removeEventListener('pointermove', this.onMove, { capture: true });
    this.keys.detach();
    this.hide({ force: true });
    this.host.remove();
  }

  /**
   * Puts the card's (empty, hidden) host in the page when the page is idle, and keeps it there: on a
   * heavy page the frame after inserting an element costs ~65 ms (5 M characters, measured), the frame
   * after changing what an element already there holds ~20 ms, and a hover should only pay the second.
   */
  warmUp(): void {
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    const place = () => {
      if (this.attached) this.host.ensure();
    };
    if (idle) idle(place, { timeout: 2000 });
    else setTimeout(place, 200);
  }

  get isOpen(): boolean {
    return this.shownFor !== undefined;
  }

  /** The mention whose card is open, if any. */
  get openFor(): PlacedMention | undefined {
    return this.shownFor;
  }

  private onMove = (e: PointerEvent) => {
    // Only the reader's pointer: a page's synthetic pointermove (isTrusted false) opens no card.
    if (!e.isTrusted) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    this.modifierHeld = hoverModifierHeld(this.deps.settings().hoverModifier, e);
    if (!this.frame) this.frame = requestAnimationFrame(this.hitTest);
  };

  private pointerInCard(): boolean {
    const shell = this.host.shell;
    if (!this.host.element || !shell || !this.shownFor || !this.host.isVisible) return false;
    return pointInRect(this.pointer, shell.getBoundingClientRect());
  }

  private hitTest = () => {
    this.frame = 0;
    if (this.pointerInCard()) {
      this.intent.overCard();
      return;
    }
    const { deps } = this;
    const under = this.modifierHeld
      ? mentionUnderPointer({
          doc: deps.doc,
          point: this.pointer,
          index: deps.index(),
          shadowRoots: deps.shadowRoots(),
          kinds: deps.settings().markKinds,
        })
      : undefined;
    this.intent.over(under);
  };

  /**
   * Renders, hidden, the card the pointer is waiting on: the reader waits out the delay anyway, so
   * showing it at the delay's end is little more than a style change (on a 5 MB page: ~120 ms to the
   * card's frame before, ~30 after).
   */
  private prepare(pm: PlacedMention): void {
    if (!this.deps.corpus()) return;
    // The card's records are asked for when hover intent starts, so they are here when the delay ends.
    const arriving = this.askDetails(pm.mention.id, pm);
    this.host.ensure();
    this.host.setVisible(false);
    this.renderCard(pm, false);
    this.prepared = pm;
    arriving?.then(() => {
      if (this.prepared === pm) this.renderCard(pm, false);
    });
  }

  /** Asks for the records the card of `id` shows whole (detail-ids.ts). */
  private askDetails(id: string, pm?: PlacedMention): Promise<void> | undefined {
    const corpus = this.deps.corpus();
    return corpus ? this.deps.details(detailIds(corpus, id, pm?.mention)) : undefined;
  }

  /** A record opened in the card (a related one, a chosen candidate): drawn again once it has come whole. */
  private shownInCard(pm: PlacedMention, id: string): void {
    this.askDetails(id)?.then(() => {
      if (this.shownFor !== pm) return;
      this.renderCard(pm, true);
      this.place(pm, true);
    });
  }

  private discardPrepared(): void {
    if (!this.prepared) return;
    this.prepared = undefined;
    this.host.empty();
  }

  /**
   * Opens the card for a mention (also used by "reveal" and the keyboard stepper), once its records
   * are here whole: a card is never shown without its summary and sources.
   */
  show(options: ShowOptions): void {
    if (!this.deps.corpus()) return;
    const arriving = this.askDetails(options.mention.mention.id, options.mention);
    this.waiting = arriving ? options : undefined;
    if (!arriving) {
      this.showNow(options);
      return;
    }
    void arriving.then(() => {
      if (this.waiting !== options) return; // closed, or another card asked for since
      this.waiting = undefined;
      this.showNow(options);
    });
  }

  private showNow({ mention, pin = false, focus = false, scroll = false }: ShowOptions): void {
    this.host.ensure();
    // Read while the page's layout is still clean (cheap): after rendering, placing then costs one layout, not two.
    const viewport = this.host.viewport();
    this.prepared = undefined;
    const again = this.shownFor === mention;
    this.shownFor = mention;
    inspect.cardMention = mention;
    this.pinned = pin || this.pinned;
    this.renderCard(mention, true);
    // Scrolled now that the card is rendered: its height says how much room it needs under the mark.
    if (scroll) scrollToMark(liveRange(this.deps.doc, mention), this.host.measure(viewport.width - 2 * GUTTER), viewBox(viewport));
    this.host.setVisible(true);
    if (focus) {
      const active = this.deps.doc.activeElement;
      if (!this.returnFocus && active instanceof HTMLElement && active !== this.host.element) this.returnFocus = active;
      this.host.shell?.focus({ preventScroll: true });
    }
    // Placed now, not when prepared: the page may have scrolled during the delay. It costs a layout
    // read of a page whose layout is clean, and the card is in place before the next frame.
    if (!again) {
      this.clippers = undefined;
      this.shownText = liveRange(this.deps.doc, mention).toString();
    }
    this.place(mention, scroll, viewport);
    const shell = this.host.shell;
    if (shell && !again) this.follow.start({ roots: rootsAround(mention.startNode, this.deps.doc), shell });
    requestAnimationFrame(() => mark('card-shown'));
  }

  /** Renders the card; a hidden (prepared) card is left out of the accessibility tree and of the card test id. */
  private renderCard(pm: PlacedMention, visible: boolean): void {
    const corpus = this.deps.corpus();
    if (!corpus) return;
    this.host.render(
      <CardShell
        corpus={corpus}
        mention={pm.mention}
        date={this.deps.date()}
        pinned={this.pinned}
        dark={this.host.isDark(this.deps.settings().theme)}
        visible={visible}
        onTogglePin={() => {
          this.pinned = !this.pinned;
          this.show({ mention: pm });
        }}
        onClose={() => this.hide({ force: true })}
        onShow={visible ? (id) => this.shownInCard(pm, id) : undefined}
      />,
    );
  }

  /**
   * Moves the card beside the part of its mark the reader can see, flipped, aligned or shortened to
   * stay on screen, from the mark alone; hides it while none of the mark is in view. The containers
   * clipping the mark count once the card follows (`clipped`): a card opened on hover has its mark
   * under the pointer, so reading their styles there would only slow the card down.
   */
  private place(pm: PlacedMention, clipped = false, viewport = this.host.viewport()): void {
    if (!this.host.shell) return;
    // The card is measured first: that read lays out what rendering changed, and the reads after it are free.
    const card = this.host.measure(viewport.width - 2 * GUTTER);
    const range = liveRange(this.deps.doc, pm);
    const clips = clipped ? this.clipBoxes(pm) : [];
    clips.push(viewBox(viewport));
    const part = visiblePart(range.getBoundingClientRect(), range.getClientRects(), clips);
    if (!part) {
      this.host.setVisible(false);
      return;
    }
    this.host.setVisible(true);
    const { x, y, maxHeight } = placeCard({ anchor: part.box, lines: part.lines, card, viewport, gutter: GUTTER });
    this.host.moveTo(x, y, maxHeight);
    this.follow.placed(card.width, maxHeight ?? card.height);
  }

  private clipBoxes(pm: PlacedMention): Rect[] {
    this.clippers ??= clippingAncestors(pm.startNode);
    return this.clippers.map(clientBox);
  }

  /** Whether the mark's text left the page, or changed under it, since its card opened. */
  private markGone(pm: PlacedMention): boolean {
    const { startNode, endNode } = pm;
    if (!startNode.isConnected || !endNode.isConnected) return true;
    if (pm.startOffset > startNode.length || pm.endOffset > endNode.length) return true;
    return liveRange(this.deps.doc, pm).toString() !== this.shownText;
  }

  /** Closes the card; an unforced hide (the pointer left) leaves a pinned card open. */
  hide({ force }: { force: boolean }): void {
    if (this.pinned && !force) return;
    this.waiting = undefined;
    this.pinned = false;
    this.shownFor = undefined;
    inspect.cardMention = undefined;
    this.follow.stop();
    this.clippers = undefined;
    this.intent.reset();
    this.prepared = undefined;
    this.host.empty();
    const back = this.returnFocus;
    this.returnFocus = undefined;
    if (back?.isConnected) back.focus({ preventScroll: true });
  }
}

/** The viewport the reader sees, as a box in the layout viewport's coordinates. */
function viewBox({ left = 0, top = 0, width, height }: Viewport): Rect {
  return { left, top, right: left + width, bottom: top + height };
}

/** The mark's document and the shadow roots around it, innermost last. */
function rootsAround(node: Node, doc: Document): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) roots.unshift(root);
  roots.unshift(doc);
  return roots;
}
