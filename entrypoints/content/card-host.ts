/**
 * The hover card's element in the page: a `<defence-lens-card>` host, fixed at the viewport's
 * top-left corner and moved by a transform, whose open shadow root holds the card's styles and a
 * mount point, so that the page's CSS never reaches the card and the card's never leaks out.
 * It is made once and kept (hidden, empty) between cards.
 */
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { CARD_CSS } from '../../components/card';
import { OWN_UI_ATTRIBUTE } from '../../utils/extract/extract-blocks';
import { cardIsDark } from '../../utils/hover/page-theme';
import type { Rect, Viewport } from '../../utils/hover/place-card';
import type { Settings } from '../../utils/settings/settings-model';

export class CardHost {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;

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
    const host = this.doc.createElement('defence-lens-card');
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;display:block;visibility:hidden;';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const mount = this.doc.createElement('div');
    shadow.append(style, mount);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.mount = mount;
  }

  render(card: ComponentChild): void {
    if (this.mount) render(card, this.mount);
  }

  setVisible(visible: boolean): void {
    if (this.host) this.host.style.visibility = visible ? '' : 'hidden';
  }

  /** Clears and hides the card, keeping the host in the page for the next one. */
  empty(): void {
    if (this.mount) render(null, this.mount);
    this.setVisible(false);
  }

  remove(): void {
    this.empty();
    this.host?.remove();
    this.host = undefined;
    this.mount = undefined;
  }

  /** The card's box as laid out now, its height limit from an earlier placement lifted first. */
  measure(): Rect & { width: number; height: number } {
    const shell = this.shell;
    if (!shell) return { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
    shell.style.maxHeight = '';
    return shell.getBoundingClientRect();
  }

  /** Moves the card's top-left corner to (x, y) in the viewport, and limits its height if told to. */
  moveTo(x: number, y: number, maxHeight: number | undefined): void {
    if (this.host) this.host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
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
