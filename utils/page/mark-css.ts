/**
 * The marks' highlight names and their CSS, pure (issue 21): the content script draws the names,
 * the background builds the same rules into the user stylesheet it inserts at document start
 * (utils/messaging/mark-sheet-handler.ts), and the content script adopts them itself only where
 * that sheet is missing (entrypoints/content/mark-styles.ts). The names are drawn at random, so
 * they name neither the product nor the reader's entries and differ from one page load (and frame)
 * to the next: a page cannot ask `getComputedStyle(el, '::highlight(…)')` for a name it knows.
 */
import { MENTION_KINDS, type MentionKind } from '../model/mention';
import type { MarkStyle } from '../settings/settings-model';

export type HighlightKey = MentionKind | 'flag' | `${MentionKind | 'flag'}-tint` | 'flash';

/** A CSS identifier no page can guess: a letter, then 12 random base-36 digits. */
export function randomHighlightName(random: (n: number) => Uint32Array = (n) => crypto.getRandomValues(new Uint32Array(n))): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const [first = 0, ...rest] = random(13);
  return letters[first % 26] + rest.map((v) => (v % 36).toString(36)).join('');
}

/** The keys a name set holds: each kind and the flag, their tints, and the flash. */
export const HIGHLIGHT_KEYS: readonly HighlightKey[] = [
  ...MENTION_KINDS,
  'flag',
  ...[...MENTION_KINDS, 'flag' as const].map((k) => `${k}-tint` as const),
  'flash',
];

export function makeHighlightNames(name: () => string = randomHighlightName): Record<HighlightKey, string> {
  const names = {} as Record<HighlightKey, string>;
  const used = new Set<string>();
  for (const key of HIGHLIGHT_KEYS) {
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

/** Whether `value` is a full set of names as makeHighlightNames draws them (nothing else goes into CSS). */
export function isHighlightNames(value: unknown): value is Record<HighlightKey, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  const names = new Set(entries.map(([, v]) => v));
  return (
    entries.length === HIGHLIGHT_KEYS.length &&
    HIGHLIGHT_KEYS.every((k) => Object.hasOwn(value, k)) &&
    entries.every(([, v]) => typeof v === 'string' && /^[a-z][a-z0-9]{12}$/.test(v)) &&
    names.size === entries.length
  );
}
