/**
 * How the extractor decides what an element is to the reader: skipped, part of the running text
 * (inline), or a box of its own (a block). The tag decides where it can; an element that carries a
 * class, a style or an id, and every custom element, may have been restyled, so for those the
 * rendered display is asked (the content script reads computed style, the CLI only the inline style
 * attribute). Custom elements are inline by default, as in browsers.
 */

// Local names (lower case for HTML, SVG and MathML alike): no case conversion per element.
export const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'button',
  // Ruby annotations sit above the base text, not in it: "木原<rt>きはら</rt>" reads "木原".
  'rt',
  'rp',
]);

export const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'del',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'nobr',
  'big',
  'tt',
  'ruby',
  'rb',
  // Skipped (above), but inside the running text: the base text either side joins.
  'rt',
  'rp',
  // A slot is display: contents; what it shows is read through it (see extract-blocks.ts).
  'slot',
]);

/** The attribute that marks the extension's own UI (the card host), which is never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-defence-lens-ui';

/** Elements that may need skipping for an attribute: one native selector match instead of five reads. */
export const SKIP_CANDIDATE = `[hidden],[${OWN_UI_ATTRIBUTE}],[aria-hidden],[contenteditable],[role=doc-noteref]`;

const DISPLAY = /(?:^|;)\s*display\s*:\s*([a-z-]+(?:\s+[a-z-]+)?)/i;
const INVISIBLE = /(?:^|;)\s*(?:visibility\s*:\s*(?:hidden|collapse)|content-visibility\s*:\s*hidden)\b/i;

/**
 * The display an inline style attribute gives, '' when it gives none; 'none' also for
 * `visibility: hidden` and `content-visibility: hidden` (the reader sees none of the text).
 * This is all the CLI knows of layout: it has no stylesheets.
 */
export function inlineStyleDisplay(el: Element): string {
  const style = el.getAttribute('style');
  if (style === null) return '';
  if (INVISIBLE.test(style)) return 'none';
  return DISPLAY.exec(style)?.[1]?.toLowerCase() ?? '';
}

/** Displays that continue the running text: everything else is a box of its own (inline-block included). */
const FLOW = new Set(['inline', 'contents', 'ruby', 'ruby-base', 'ruby-base-container', 'ruby-text-container']);

export const continuesText = (display: string) => FLOW.has(display);

/** Flex and grid containers (inline ones too) make each child a separate box: tag-list "chips". */
export const laysOutItems = (display: string) => display.includes('flex') || display.includes('grid');

/** Custom element names have a hyphen (and no built-in element's has one). */
export const isCustomElement = (tag: string) => tag.includes('-');

const RESTYLE_CANDIDATE = '[class],[style],[id]';

/** Elements with an attribute that may skip them or restyle them: the one selector the walk asks of most elements. */
export const ATTRIBUTE_CANDIDATE = `${SKIP_CANDIDATE},${RESTYLE_CANDIDATE}`;

/** Whether the tag alone may not tell the display: the element may have been styled, or is a custom one. */
export function mayBeRestyled(el: Element, tag: string): boolean {
  return isCustomElement(tag) || el.matches(RESTYLE_CANDIDATE);
}

// A footnote marker: a number or a few ("1", "2,3", "4–6"), a symbol (*, †, ‡, §, ¶, #), or anything
// short in brackets ("[2]", "[a]", "(3)"). Ordinals ("17<sup>th</sup>") are letters and stay text.
const FOOTNOTE = /^\s*(?:\[[^\]\n]{1,16}\]|\([\d*†‡§¶#,\s–-]{1,12}\)|[\d*†‡§¶#][\d*†‡§¶#,\s–-]{0,11})\s*$/;

/** Whether a <sup> or a doc-noteref link is a footnote marker after a word ("Name<sup>1</sup>", "[2]"). */
export function isFootnoteMarker(el: Element): boolean {
  const text = el.textContent ?? '';
  return text.length <= 24 && FOOTNOTE.test(text);
}
