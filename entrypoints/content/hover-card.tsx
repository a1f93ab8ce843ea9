/**
 * The hover card: hit-tests the pointer against the mentions' ranges (one document listener, no
 * listener per node), waits the hover delay, and shows the card in a shadow root positioned with
 * floating-ui. It stays open while the pointer is in it; Escape closes it; it can be pinned.
 * Alt+Shift+N / Alt+Shift+P step to the next / previous mention and open its card (focus moves
 * into the card and goes back where it was when the card closes).
 */
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import { CARD_CSS, EntityCard } from '../../components/card';
import type { Corpus } from '../../utils/corpus/schema';
import { OWN_UI_ATTRIBUTE } from '../../utils/extract/extract-blocks';
import type { ArticleDate } from '../../utils/model/mention';
import { mentionAt, type PlacedMention } from '../../utils/page/place-mentions';
import type { Settings } from '../../utils/settings/settings-model';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export interface HoverDeps {
  doc: Document;
  corpus: () => Corpus | undefined;
  index: () => Map<Node, PlacedMention[]>;
  date: () => ArticleDate;
  settings: () => Settings;
  /** Open shadow roots holding mentions: the caret lookup has to be told about them. */
  shadowRoots: () => Iterable<ShadowRoot>;
  /** Keyboard stepping between mentions (Alt+Shift+N / Alt+Shift+P). */
  step: (direction: 1 | -1) => void;
}

/** Whether a key event comes from somewhere the reader types (the shortcut must not steal it). */
function fromEditable(e: KeyboardEvent): boolean {
  const t = e.composedPath()[0] as Element | undefined;
  if (t?.nodeType !== 1) return false;
  if ((t as HTMLElement).isContentEditable) return true;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
}

function liveRange(doc: Document, pm: PlacedMention): Range {
  const r = doc.createRange();
  r.setStart(pm.startNode, pm.startOffset);
  r.setEnd(pm.endNode, pm.endOffset);
  return r;
}

export class HoverCard {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;
  private shell: HTMLElement | undefined;
  private current: PlacedMention | undefined;
  private shownFor: PlacedMention | undefined;
  /** The mention whose card was rendered, hidden, while its hover delay runs. */
  private prepared: PlacedMention | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private x = 0;
  private y = 0;
  private modifierHeld = false;
  private pinned = false;
  private attached = false;
  /** Where focus was before a keyboard-opened card took it. */
  private returnFocus: HTMLElement | undefined;

  constructor(private readonly deps: HoverDeps) {}

  attach(): void {
    if (this.attached) return;
    this.attached = true;
    this.deps.doc.addEventListener('pointermove', this.onMove, { passive: true, capture: true });
    this.deps.doc.addEventListener('keydown', this.onKey, true);
    this.deps.doc.addEventListener('keyup', this.onKeyUp, true);
  }

  detach(): void {
    this.attached = false;
    this.deps.doc.removeEventListener('pointermove', this.onMove, { capture: true });
    this.deps.doc.removeEventListener('keydown', this.onKey, true);
    this.deps.doc.removeEventListener('keyup', this.onKeyUp, true);
    this.hide(true);
    this.removeHost();
  }

  /**
   * Puts the card's (empty, hidden) host in the page when the page is idle, and keeps it there: on a
   * heavy page the frame after inserting an element costs ~65 ms (5 M characters, measured), the frame
   * after changing what an element already there holds ~20 ms, and a hover should only pay the second.
   */
  warmUp(): void {
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    const place = () => {
      if (this.attached) this.ensureHost();
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

  private onKeyUp = (e: KeyboardEvent) => {
    this.modifierHeld = e.altKey || e.shiftKey;
  };

  private onKey = (e: KeyboardEvent) => {
    this.modifierHeld = e.altKey || e.shiftKey;
    if (e.key === 'Escape' && this.shownFor) {
      this.hide(true);
      return;
    }
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP') && !fromEditable(e)) {
      e.preventDefault();
      e.stopPropagation();
      this.deps.step(e.code === 'KeyN' ? 1 : -1);
    }
  };

  private onMove = (e: PointerEvent) => {
    this.x = e.clientX;
    this.y = e.clientY;
    const mod = this.deps.settings().hoverModifier;
    this.modifierHeld = mod === 'alt' ? e.altKey : mod === 'shift' ? e.shiftKey : true;
    if (!this.frame) this.frame = requestAnimationFrame(this.hitTest);
  };

  private pointerInCard(): boolean {
    if (!this.host || !this.shell || !this.shownFor) return false;
    const r = this.shell.getBoundingClientRect();
    return this.x >= r.left && this.x <= r.right && this.y >= r.top && this.y <= r.bottom;
  }

  /** The mention under the pointer, checked against its rectangles (a caret snaps to the nearest text). */
  private mentionUnderPointer(): PlacedMention | undefined {
    const doc = this.deps.doc as CaretDoc;
    let node: Node | undefined;
    let off = 0;
    const pos = doc.caretPositionFromPoint?.(this.x, this.y, { shadowRoots: [...this.deps.shadowRoots()] });
    if (pos) {
      node = pos.offsetNode;
      off = pos.offset;
    } else {
      const r = doc.caretRangeFromPoint?.(this.x, this.y);
      if (r) {
        node = r.startContainer;
        off = r.startOffset;
      }
    }
    if (!node) return undefined;
    // The caret sits between characters: try the character on each side.
    const pm = mentionAt(this.deps.index(), node, off) ?? (off > 0 ? mentionAt(this.deps.index(), node, off - 1) : undefined);
    // Kinds the reader chose not to mark get no card either.
    if (!pm || !this.deps.settings().markKinds.includes(pm.mention.kind)) return undefined;
    for (const rect of liveRange(this.deps.doc, pm).getClientRects()) {
      if (this.x >= rect.left - 1 && this.x <= rect.right + 1 && this.y >= rect.top - 1 && this.y <= rect.bottom + 1) return pm;
    }
    return undefined;
  }

  private hitTest = () => {
    this.frame = 0;
    if (this.pointerInCard()) {
      clearTimeout(this.hideTimer);
      return;
    }
    const pm = this.modifierHeld ? this.mentionUnderPointer() : undefined;
    if (pm === this.current) return;
    this.current = pm;
    clearTimeout(this.timer);
    if (pm) {
      clearTimeout(this.hideTimer);
      // The reader waits out the delay anyway: render the card now, hidden, so that showing it
      // at the delay's end is little more than a style change (on a 5 MB page: ~120 ms to the card's frame before, ~30 after).
      // A card already open for another mention stays as it is until then.
      if (!this.shownFor) this.prepare(pm);
      this.timer = setTimeout(() => {
        performance.mark('defence-lens:card-delay-end');
        this.show(pm);
      }, this.deps.settings().hoverDelayMs);
    } else if (!this.shownFor) {
      this.discardPrepared();
    } else if (!this.pinned) {
      // A short grace period lets the pointer travel from the mark into the card.
      this.hideTimer = setTimeout(() => {
        if (!this.pointerInCard()) this.hide(false);
      }, 250);
    }
  };

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected && this.mount) return this.mount;
    const host = this.deps.doc.createElement('defence-lens-card');
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;display:block;visibility:hidden;';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.deps.doc.createElement('style');
    style.textContent = CARD_CSS;
    const mount = this.deps.doc.createElement('div');
    shadow.append(style, mount);
    this.deps.doc.documentElement.appendChild(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  private isDark(): boolean {
    const theme = this.deps.settings().theme;
    if (theme !== 'auto') return theme === 'dark';
    const bg = getComputedStyle(this.deps.doc.body ?? this.deps.doc.documentElement).backgroundColor;
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(bg);
    if (m && (m[4] === undefined || Number(m[4]) > 0.5)) return (Number(m[1]) * 299 + Number(m[2]) * 587 + Number(m[3]) * 114) / 1000 < 128;
    return matchMedia('(prefers-color-scheme: dark)').matches;
  }

  /** Renders, hidden, the card the pointer is waiting on. */
  private prepare(pm: PlacedMention): void {
    if (!this.deps.corpus()) return;
    this.ensureHost();
    (this.host as HTMLElement).style.visibility = 'hidden';
    this.renderCard(pm, false);
    this.prepared = pm;
  }

  private discardPrepared(): void {
    if (!this.prepared) return;
    this.prepared = undefined;
    this.emptyHost();
  }

  /** Opens the card for a mention (also used by "reveal" and the keyboard stepper, which pass `focus`). */
  show(pm: PlacedMention, pin = false, focus = false): void {
    if (!this.deps.corpus()) return;
    this.ensureHost();
    this.prepared = undefined;
    this.shownFor = pm;
    this.pinned = pin || this.pinned;
    this.renderCard(pm, true);
    (this.host as HTMLElement).style.visibility = '';
    if (focus) {
      const active = this.deps.doc.activeElement;
      if (!this.returnFocus && active instanceof HTMLElement && active !== this.host) this.returnFocus = active;
      this.shell?.focus({ preventScroll: true });
    }
    // Placed now, not when prepared: the page may have scrolled during the delay. It costs a layout
    // read of a page whose layout is clean, and the card is in place before the next frame.
    void this.place(pm).then(() => requestAnimationFrame(() => performance.mark('defence-lens:card-shown')));
  }

  /** Renders the card; a hidden (prepared) card is left out of the accessibility tree and of the card test id. */
  private renderCard(pm: PlacedMention, visible: boolean): void {
    const corpus = this.deps.corpus();
    if (!corpus || !this.mount) return;
    const togglePin = () => {
      this.pinned = !this.pinned;
      this.show(pm);
    };
    render(
      <div
        class={`dl-shell${this.isDark() ? ' dl-dark' : ''}`}
        role="dialog"
        aria-label={`Defence Lens: ${pm.mention.name}`}
        aria-hidden={visible ? undefined : 'true'}
        data-testid={visible ? 'defence-lens-card' : 'defence-lens-card-pending'}
        tabIndex={-1}
      >
        <div class="dl-bar" title="Alt+Shift+N / Alt+Shift+P: next / previous mention">
          <button type="button" aria-pressed={this.pinned} onClick={togglePin} title="Keep this card open">
            {this.pinned ? 'Pinned' : 'Pin'}
          </button>
          <button type="button" onClick={() => this.hide(true)} aria-label="Close card" title="Close (Esc)">
            ✕
          </button>
        </div>
        <EntityCard corpus={corpus} id={pm.mention.id} mention={pm.mention} date={this.deps.date()} onNavigate={undefined} />
      </div>,
      this.mount,
    );
    this.shell = this.mount.firstElementChild as HTMLElement;
  }

  /** Moves the card beside the mention, flipped or shifted to stay on screen. */
  private place(pm: PlacedMention): Promise<void> {
    const shell = this.shell;
    if (!shell) return Promise.resolve();
    const anchor = liveRange(this.deps.doc, pm);
    return computePosition({ getBoundingClientRect: () => anchor.getBoundingClientRect() }, shell, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      if (this.host) this.host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  }

  hide(force: boolean): void {
    if (this.pinned && !force) return;
    this.pinned = false;
    this.shownFor = undefined;
    this.current = undefined;
    clearTimeout(this.timer);
    this.prepared = undefined;
    this.emptyHost();
    const back = this.returnFocus;
    this.returnFocus = undefined;
    if (back?.isConnected) back.focus({ preventScroll: true });
  }

  /** Clears and hides the card, keeping its host in the page for the next one. */
  private emptyHost(): void {
    if (this.mount) render(null, this.mount);
    if (this.host) this.host.style.visibility = 'hidden';
    this.shell = undefined;
  }

  private removeHost(): void {
    this.emptyHost();
    this.host?.remove();
    this.host = undefined;
    this.mount = undefined;
  }
}
