/**
 * The marks' stylesheet in the page (issue 21). The marks are styled by a user stylesheet that the
 * background inserts into the top frame at document start (early-sheet.ts): the page cannot read it,
 * and since the page is first styled with it, showing the first marks restyles nothing (adopting a
 * `::highlight()` sheet into a laid-out page restyles every element: 200,000 of them in one task on
 * the hostile row's page). Where that sheet is missing (the insertion failed, or the extension was
 * off here when the page loaded; and in iframes, where that script does not run) the sheet is
 * adopted from here, as before, only once the page gets its first mark; a page where the extension
 * is off, or finds nothing, carries no style of ours.
 */
import { type HighlightKey, makeHighlightNames, marksCss } from '../../utils/page/mark-css';
import type { MarkStyle } from '../../utils/settings/settings-model';
import { askSheet, type EarlySheet, earlySheet } from './early-sheet';

export type { HighlightKey } from '../../utils/page/mark-css';
/** This frame's names: drawn at document start (early-sheet.ts), or here if that script did not run. */
export const HIGHLIGHT_NAMES: Readonly<Record<HighlightKey, string>> = earlySheet()?.names ?? makeHighlightNames();

type CloneInto = (value: unknown, scope: unknown, options: { wrapReflectors: boolean }) => unknown;

/**
 * A list of sheets the page's `adoptedStyleSheets` setter accepts: in a Firefox content script an
 * array made in the script's own world is refused, so it is cloned into the page's (DOM objects
 * passed through); elsewhere the array itself.
 */
function pageArray(sheets: CSSStyleSheet[]): CSSStyleSheet[] {
  const cloneInto = (globalThis as { cloneInto?: CloneInto }).cloneInto;
  return cloneInto ? (cloneInto(sheets, window, { wrapReflectors: true }) as CSSStyleSheet[]) : sheets;
}

/**
 * The marks' styles in this frame: the user sheet the background inserted at document start
 * (early-sheet.ts) for the document where it is in; otherwise one stylesheet constructed in the
 * content script's world and adopted by the document, and by the page's shadow roots that hold marks
 * (a document's sheet does not reach into a shadow tree). A page that replaces
 * `document.adoptedStyleSheets` drops an adopted one: `cover` puts it back whenever marks are registered.
 */
class MarkSheet {
  private sheet: CSSStyleSheet | undefined;
  private style: MarkStyle = 'underline';
  private readonly covered = new Set<Document | ShadowRoot>();
  private readonly elements = new Map<Document | ShadowRoot, HTMLStyleElement>();
  /** A change of the user sheet under way (its style, its insertion again, its removal), in order. */
  private change: Promise<void> = Promise.resolve();

  constructor(private readonly early: () => EarlySheet | undefined = earlySheet) {
    // Changes wait for the document-start request's answer, which they build on.
    this.change = early()?.settled ?? this.change;
  }

  private styleElement(scope: Document | ShadowRoot): void {
    const had = this.elements.get(scope);
    const parent = 'head' in scope ? (scope.head ?? scope.documentElement) : scope;
    if (had?.parentNode === parent) return;
    const el = had ?? document.createElement('style');
    el.textContent = marksCss(HIGHLIGHT_NAMES, this.style);
    parent.append(el);
    this.elements.set(scope, el);
  }

  /** The reader's mark style; rewrites the sheets where they are in already (no page attribute). */
  setStyle(style: MarkStyle): void {
    if (style === this.style) return;
    this.style = style;
    this.sheet?.replaceSync(marksCss(HIGHLIGHT_NAMES, style));
    for (const el of this.elements.values()) el.textContent = marksCss(HIGHLIGHT_NAMES, style);
    const early = this.early();
    if (early?.state === 'in') this.restyleUserSheet(early);
  }

  get markStyle(): MarkStyle {
    return this.style;
  }

  /** Runs `step` after the changes already asked for, so that inserts and removals keep their order. */
  private queue(step: () => Promise<void>): void {
    this.change = this.change.then(step, step);
  }

  /** The user sheet in the reader's new style: the new rules in first, then the old ones out, so no mark goes unstyled. */
  private restyleUserSheet(early: EarlySheet): void {
    this.queue(async () => {
      const old = early.style;
      const want = this.style;
      if (early.state !== 'in' || old === want) return;
      try {
        early.style = await askSheet(early, 'insert', want);
        if (old) await askSheet(early, 'remove', old);
      } catch {
        this.fallBack(early);
      }
    });
  }

  /** A request for the user sheet failed: the document adopts the content script's own sheet. */
  private fallBack(early: EarlySheet): void {
    early.state = 'failed';
    this.adopt(document);
  }

  /**
   * Whether the frame's user sheet styles the document. At the first mark it is in (its request went
   * out at document start, well before the corpus arrived). If the background inserted none because
   * the extension was off here at load (or it was removed since), it is asked for again and the marks
   * are styled a moment later; only a failed request, or one still unanswered, falls back to adopting.
   */
  private userSheetCovers(): boolean {
    const early = this.early();
    if (!early) return false;
    if (early.state === 'in' || early.state === 'asking') return true;
    if (early.state !== 'none') return false;
    early.state = 'asking';
    this.queue(async () => {
      try {
        const style = await askSheet(early, 'insert', this.style);
        early.state = style ? 'in' : 'none';
        early.style = style;
        if (!style) this.adopt(document);
      } catch {
        this.fallBack(early);
      }
    });
    return true;
  }

  /** Styles the marks in `scope` (a document or a shadow root), keeping the page's own sheets. */
  cover(scope: Document | ShadowRoot): void {
    if (scope === document && this.userSheetCovers()) return;
    this.adopt(scope);
  }

  /** Adopts the content script's own sheet into `scope`. */
  private adopt(scope: Document | ShadowRoot): void {
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(marksCss(HIGHLIGHT_NAMES, this.style));
      }
      // Copied into a plain array: in a Firefox content script the page's list has no array methods.
      const list = Array.from(scope.adoptedStyleSheets);
      if (!list.includes(this.sheet)) scope.adoptedStyleSheets = pageArray([...list, this.sheet]);
      if (!Array.from(scope.adoptedStyleSheets).includes(this.sheet)) throw new Error('not adopted');
      this.covered.add(scope);
    } catch {
      // Firefox's content scripts cannot adopt a sheet into the page's list (and a page may freeze
      // it): a style element of the same rules instead, which names nothing either.
      this.styleElement(scope);
    }
  }

  /** Takes every sheet of ours off the page (the extension was switched off here). */
  uncover(): void {
    const early = this.early();
    if (early && early.state !== 'failed' && early.state !== 'none') {
      this.queue(async () => {
        const style = early.style;
        if (early.state !== 'in' || !style) return;
        try {
          await askSheet(early, 'remove', style);
          early.state = 'none';
          early.style = null;
        } catch {
          // The sheet stays, styling highlights that are no longer registered: it shows nothing.
        }
      });
    }
    const sheet = this.sheet;
    for (const scope of this.covered) {
      try {
        const list = Array.from(scope.adoptedStyleSheets);
        if (sheet && list.includes(sheet)) scope.adoptedStyleSheets = pageArray(list.filter((s) => s !== sheet));
      } catch {
        // As above: a frozen list keeps it.
      }
    }
    this.covered.clear();
    for (const el of this.elements.values()) el.remove();
    this.elements.clear();
  }
}

export const markSheet = new MarkSheet();
