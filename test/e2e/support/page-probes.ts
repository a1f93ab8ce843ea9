/**
 * What the end-to-end tests read in a page, as functions that run inside it (standard DOM only), so
 * that the Chromium suite (playwright) and the Firefox suite (puppeteer) share them:
 * `page.evaluate(readRegisteredMarks)`. Each must stay self-contained: it is sent to the page as text.
 */

/** A registered mark: its highlight's name, its text, and its top in viewport heights from the top of the screen. */
export interface RegisteredMark {
  name: string;
  text: string;
  at: number;
}

/**
 * The marks registered with the browser (CSS.highlights), flash excluded. The highlights' names are
 * drawn at random per page load (entrypoints/content/mark-styles.ts): `names` is the content script's
 * own table (inspect.highlightNames, key to name), and each mark is reported as `defence-lens-<key>`.
 */
export function readRegisteredMarks(names: Record<string, string> | null | undefined): RegisteredMark[] {
  const out: RegisteredMark[] = [];
  const keyOf: Record<string, string> = {};
  for (const key of Object.keys(names ?? {})) if (key !== 'flash') keyOf[(names as Record<string, string>)[key] as string] = key;
  const reg = (CSS as unknown as { highlights: Map<string, Iterable<AbstractRange>> }).highlights;
  for (const [registered, h] of reg) {
    const key = keyOf[registered];
    if (key === undefined) continue;
    const name = `defence-lens-${key}`;
    for (const r of h) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      // Index assignment, not push: hostile fixtures replace Array.prototype.push in this world.
      out[out.length] = { name, text: live.toString(), at: live.getBoundingClientRect().top / innerHeight };
    }
  }
  return out;
}

/** Scrolls the first occurrence of `phrase` into view and returns a point a few characters into it (null if absent). */
export function phrasePoint(phrase: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n.nodeValue ?? '').indexOf(phrase);
    if (at < 0) continue;
    (n.parentElement as Element).scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + Math.min(3, phrase.length));
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
}

/** What a page can find of the product in its own DOM and styles: elements or attributes naming it, and whether a readable style rule does. */
export interface ProductSignals {
  named: string[];
  productInCss: boolean;
}

/** The signals a page can read (the attacker suites of both browsers). A sheet the page may not read tells it nothing, so it counts as empty. */
export function readProductSignals(): ProductSignals {
  const product = /defence[-_ ]?lens/i;
  const named: string[] = [];
  for (const el of [document.documentElement, ...document.querySelectorAll('*')]) {
    if (product.test(el.tagName)) named.push(el.tagName);
    for (const a of el.getAttributeNames())
      if (product.test(a) || product.test(el.getAttribute(a) ?? '')) named.push(`${el.tagName}[${a}]`);
  }
  const rules = (s: CSSStyleSheet) => {
    try {
      return [...s.cssRules].map((r) => r.cssText).join('\n');
    } catch {
      return '';
    }
  };
  const css = [...document.styleSheets, ...document.adoptedStyleSheets].map(rules).join('\n');
  return { named, productInCss: product.test(css) };
}

/**
 * The middle of the first three characters of `needle` in the first paragraph of `#widget`'s open
 * shadow root (frames-and-shadows.html), in viewport coordinates: where to hover a name inside it.
 */
export function shadowTextPoint(needle: string): { x: number; y: number } {
  const p = document.getElementById('widget')?.shadowRoot?.querySelector('p');
  const text = p?.firstChild as Text;
  const at = text.data.indexOf(needle);
  const r = document.createRange();
  r.setStart(text, at);
  r.setEnd(text, at + 3);
  const rect = r.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

export interface ExtensionTraces {
  highlights: number;
  adopted: number;
  styleSheets: number;
  extraChildren: number;
}

/**
 * In the page: what of the extension's could be there for it to see: registered highlights, adopted
 * sheets, stylesheets, and elements under <html> beside <head> and <body> (the card's host). Both
 * browsers' attacker suites read it to check a page where the extension is off carries none.
 */
export function readExtensionTraces(): ExtensionTraces {
  return {
    highlights: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
    adopted: document.adoptedStyleSheets.length,
    styleSheets: document.styleSheets.length,
    extraChildren: [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body).length,
  };
}
