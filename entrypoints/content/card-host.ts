/**
 * The hover card's element in the page: a plain `<div>` host (a built-in element: no custom-element
 * name a page could define first), fixed at the viewport's top-left corner and moved by a transform,
 * whose closed shadow root holds the card's styles and a mount point. The page's scripts cannot
 * reach the card's contents (no `host.shadowRoot`), the page's CSS cannot reach inside, and the
 * host's own box is set with `all: initial` and every property it needs as inline `!important`
 * (which no stylesheet of the page overrides); if the page's scripts change the host's style, an
 * observer puts it back. It carries no attribute but its style (nothing that names the product; the
 * extractor never reads it: it has no light-DOM text and its shadow root is closed). It is made once and kept (hidden, empty) between cards.
 * Tests reach the root through the isolated world (inspect.ts), never through the page.
 */
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { CARD_CSS } from '../../components/card';
import { cardIsDark } from '../../utils/hover/page-theme';
import type { Rect, Viewport } from '../../utils/hover/place-card';
import type { Settings } from '../../utils/settings/settings-model';
import { inspect } from './inspect';

/** The host's style: everything the page could set reset, then what the host needs, all !important. */
export function hostStyle(visible: boolean, transform: string): string {
  return [
    'all:initial',
    'position:fixed',
    'top:0',
    'left:0',
    'z-index:2147483647',
    'display:block',
    'margin:0',
    'padding:0',
    'border:0',
    `visibility:${visible ? 'visible' : 'hidden'}`,
    `transform:${transform}`,
  ]
    .map((d) => `${d} !important;`)
    .join('');
}

export class CardHost {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;
  private visible = false;
  private transform = 'none';
  private guard: MutationObserver | undefined;

  constructor(private readonly doc: Document) {}

  /** The host element, if it was made. */
  get element(): HTMLElement | undefined {
    return this.host;
  }

  /** The rendered card's outer element (the dialog), if a card is rendered. */
  get shell(): HTMLElement | undefined {
    return (this.mount?.firstElementChild as HTMLElement | null) ?? undefined;
  }

  /** Puts the (empty, hidden) host in the page if it is not there: a page may have removed it. */
  ensure(): void {
    if (this.host?.isConnected && this.mount) return;
    this.guard?.disconnect();
    const host = this.doc.createElement('div');
    this.visible = false;
    this.transform = 'none';
    host.setAttribute('style', hostStyle(false, 'none'));
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const mount = this.doc.createElement('div');
    shadow.append(style, mount);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.mount = mount;
    inspect.cardRoot = shadow;
    inspect.cardHost = host;
    // The page's scripts can still set the host's attributes: put the style back, drop anything added.
    if (typeof MutationObserver === 'function') {
      this.guard = new MutationObserver(() => this.reassert());
      this.guard.observe(host, { attributes: true });
    }
  }

  /** Puts the host's style and attributes back to ours if the page changed them. */
  reassert(): void {
    const host = this.host;
    if (!host) return;
    const want = hostStyle(this.visible, this.transform);
    if (host.getAttribute('style') !== want) host.setAttribute('style', want);
    for (const name of host.getAttributeNames()) if (name !== 'style') host.removeAttribute(name);
  }

  render(card: ComponentChild): void {
    if (this.mount) render(card, this.mount);
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.reassert();
  }

  /** Clears and hides the card, keeping the host in the page for the next one. */
  empty(): void {
    if (this.mount) render(null, this.mount);
    this.setVisible(false);
  }

  remove(): void {
    this.empty();
    this.guard?.disconnect();
    this.guard = undefined;
    this.host?.remove();
    this.host = undefined;
    inspect.cardRoot = undefined;
    inspect.cardHost = undefined;
    this.mount = undefined;
  }

  /** Whether the card is shown (not hidden while its hover delay runs or while its mark is out of view). */
  get isVisible(): boolean {
    return this.visible;
  }

  /**
   * The card's box as laid out now, its height limit from an earlier placement lifted first and its
   * width kept to `maxWidth` (the viewport less its gutters: the CSS cap counts the scrollbar in).
   */
  measure(maxWidth: number): Rect & { width: number; height: number } {
    const shell = this.shell;
    if (!shell) return { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
    shell.style.maxHeight = '';
    const width = `min(100vw - 24px, ${Math.max(0, Math.floor(maxWidth))}px)`;
    if (shell.style.maxWidth !== width) shell.style.maxWidth = width;
    return shell.getBoundingClientRect();
  }

  /** Moves the card's top-left corner to (x, y) in the viewport, and limits its height if told to. */
  moveTo(x: number, y: number, maxHeight: number | undefined): void {
    this.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    this.reassert();
    if (maxHeight !== undefined && this.shell) this.shell.style.maxHeight = `${maxHeight}px`;
  }

  /** The part of the layout viewport the reader sees (the visual viewport when pinch-zoomed). */
  viewport(): Viewport {
    const vv = this.doc.defaultView?.visualViewport;
    if (vv) return { left: vv.offsetLeft, top: vv.offsetTop, width: vv.width, height: vv.height };
    const html = this.doc.documentElement;
    return { width: html.clientWidth, height: html.clientHeight };
  }

  /** Whether the card should be dark, from the setting or (on auto) the page's background. */
  isDark(theme: Settings['theme']): boolean {
    const doc = this.doc;
    return cardIsDark({
      theme,
      pageBackground: () => getComputedStyle(doc.body ?? doc.documentElement).backgroundColor,
      prefersDark: () => matchMedia('(prefers-color-scheme: dark)').matches,
    });
  }
}
