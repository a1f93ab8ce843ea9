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

/** The marks registered with the browser (CSS.highlights), flash excluded. */
export function readRegisteredMarks(): RegisteredMark[] {
  const out: RegisteredMark[] = [];
  const reg = (CSS as unknown as { highlights: Map<string, Iterable<AbstractRange>> }).highlights;
  for (const [name, h] of reg) {
    if (!name.startsWith('defence-lens-') || name === 'defence-lens-flash') continue;
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
