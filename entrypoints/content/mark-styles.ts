/**
 * The marks' highlight names and their stylesheet (issue 21). The names are drawn at random when the
 * content script starts, so they name neither the product nor the reader's entries, and differ from
 * one page load (and frame) to the next: a page cannot ask `getComputedStyle(el, '::highlight(…)')`
 * for a name it knows. The stylesheet is built from those names and the reader's mark style (no
 * attribute on `<html>` chooses the style) and is adopted only once the page gets its first mark,
 * so a page where the extension is off, or finds nothing, carries no style of ours at all.
 */
import { MENTION_KINDS, type MentionKind } from '../../utils/model/mention';
import type { MarkStyle } from '../../utils/settings/settings-model';

export type HighlightKey = MentionKind | 'flag' | `${MentionKind | 'flag'}-tint` | 'flash';

/** A CSS identifier no page can guess: a letter, then 12 random base-36 digits. */
export function randomHighlightName(random: (n: number) => Uint32Array = (n) => crypto.getRandomValues(new Uint32Array(n))): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const [first = 0, ...rest] = random(13);
  return letters[first % 26] + rest.map((v) => (v % 36).toString(36)).join('');
}

export function makeHighlightNames(name: () => string = randomHighlightName): Record<HighlightKey, string> {
  const names = {} as Record<HighlightKey, string>;
  const used = new Set<string>();
  const keys: HighlightKey[] = [...MENTION_KINDS, 'flag', ...[...MENTION_KINDS, 'flag' as const].map((k) => `${k}-tint` as const), 'flash'];
  for (const key of keys) {
    let n = name();
    while (used.has(n)) n = name();
    used.add(n);
    names[key] = n;
  }
  return names;
}

const COLOURS: Record<MentionKind, string> = {
  person: '#3b82f6',
  term: '#10b981',
  organization: '#14b8a6',
  meeting: '#a855f7',
};
const TINTS: Record<MentionKind, string> = {
  person: 'rgba(59, 130, 246, 0.16)',
  term: 'rgba(16, 185, 129, 0.16)',
  organization: 'rgba(20, 184, 166, 0.16)',
  meeting: 'rgba(168, 85, 247, 0.16)',
};

/**
 * Which elements the rules are written on (issue 21). A bare `::highlight(…)` rule is `*::highlight(…)`:
 * Chromium then resolves the highlight's style on every element, and adopting the sheet on a page of
 * 200,000 elements restyled all of them in one long task. Chromium has highlight inheritance (a
 * highlight's style passes from an element to its children, across shadow boundaries too), so a rule
 * on the root, and on the host for a shadow root that adopts the sheet, styles every mark alike while
 * the sheet's arrival invalidates only those elements. Firefox has no highlight inheritance yet
 * (Mozilla bug 1703963): there the rule stays on every element.
 */
export type HighlightScope = 'root' | 'every-element';

/** This build's scope: the root in Chromium, every element in Firefox. */
export const HIGHLIGHT_SCOPE: HighlightScope = import.meta.env.FIREFOX ? 'every-element' : 'root';

const selectorsFor = (name: string, scope: HighlightScope) =>
  scope === 'root' ? `:root::highlight(${name}), :host::highlight(${name})` : `::highlight(${name})`;

/**
 * The marks' rules for one mark style. Quiet marks that read on light and dark pages alike, flags
 * louder on purpose; the tints are for very large pages (TINT_ABOVE_CHARS in highlights.ts), which
 * Chromium repaints far more cheaply than underlines.
 */
export function marksCss(names: Readonly<Record<HighlightKey, string>>, style: MarkStyle, scope: HighlightScope = HIGHLIGHT_SCOPE): string {
  const rule = (key: HighlightKey, body: string) => `${selectorsFor(names[key], scope)} { ${body} }`;
  const rules = [rule('flash', 'background-color: rgba(250, 204, 21, 0.55);')];
  if (style === 'none') return rules.join('\n');
  for (const kind of MENTION_KINDS) {
    rules.push(
      style === 'background'
        ? rule(kind, 'background-color: rgba(59, 130, 246, 0.16);')
        : rule(
            kind,
            `text-decoration-line: underline; text-decoration-style: dotted; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-color: ${COLOURS[kind]};`,
          ),
      rule(`${kind}-tint`, `background-color: ${TINTS[kind]};`),
    );
  }
  rules.push(
    style === 'background'
      ? rule('flag', 'background-color: rgba(249, 115, 22, 0.22);')
      : rule('flag', 'text-decoration: underline wavy 1.5px; text-decoration-color: #f97316; text-underline-offset: 3px;'),
    rule('flag-tint', 'background-color: rgba(249, 115, 22, 0.24);'),
  );
  return rules.join('\n');
}

/** This content script's names: one draw per page load and frame. */
export const HIGHLIGHT_NAMES: Readonly<Record<HighlightKey, string>> = makeHighlightNames();

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
 * The one stylesheet of the marks, constructed in the content script's world and adopted by the
 * document and by the page's shadow roots that hold marks (a document's sheet does not reach into a
 * shadow tree). A page that replaces `document.adoptedStyleSheets` drops it: `cover` puts it back
 * whenever marks are registered.
 */
class MarkSheet {
  private sheet: CSSStyleSheet | undefined;
  private style: MarkStyle = 'underline';
  private readonly covered = new Set<Document | ShadowRoot>();
  private readonly elements = new Map<Document | ShadowRoot, HTMLStyleElement>();

  private styleElement(scope: Document | ShadowRoot): void {
    const had = this.elements.get(scope);
    const parent = 'head' in scope ? (scope.head ?? scope.documentElement) : scope;
    if (had?.parentNode === parent) return;
    const el = had ?? document.createElement('style');
    el.textContent = marksCss(HIGHLIGHT_NAMES, this.style);
    parent.append(el);
    this.elements.set(scope, el);
  }

  /** The reader's mark style; rewrites the sheet where it is adopted already (no page attribute). */
  setStyle(style: MarkStyle): void {
    if (style === this.style) return;
    this.style = style;
    this.sheet?.replaceSync(marksCss(HIGHLIGHT_NAMES, style));
    for (const el of this.elements.values()) el.textContent = marksCss(HIGHLIGHT_NAMES, style);
  }

  get markStyle(): MarkStyle {
    return this.style;
  }

  /** Adopts the sheet into `scope` (a document or a shadow root), keeping the page's own sheets. */
  cover(scope: Document | ShadowRoot): void {
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

  /** Takes the sheet out of every scope it was adopted by (the extension was switched off here). */
  uncover(): void {
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
