/** Clicking inside the card's closed shadow root with the real pointer (trusted events, as a reader's). */
import type { Page } from 'playwright-core';
import { inContentScript } from './isolated-world';

/** Clicks the `index`th element matching `selector` in the open card. */
export async function clickInCard(page: Page, selector: string, index = 0): Promise<void> {
  const at = await inContentScript(
    page,
    (i, a: { selector: string; index: number }) => {
      const el = (i.cardRoot as ShadowRoot | undefined)?.querySelectorAll(a.selector)[a.index] as HTMLElement | undefined;
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { selector, index },
  );
  if (!at) throw new Error(`nothing matches ${selector} in the card`);
  await page.mouse.move(at.x, at.y);
  await page.mouse.click(at.x, at.y);
}
