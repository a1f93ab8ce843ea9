/**
 * card_ms: from the end of the hover delay to the card being painted. The content script marks
 * 'defence-lens:card-delay-end' when its hover timer fires and 'defence-lens:card-shown' once the
 * card's DOM is in place; the page's frame clock (see PREPARE_CARD) gives the first frame after it.
 */
import type { Page } from 'playwright-core';
import { type Missing, missing } from './bench-results';
import { CARD_RESULT, PREPARE_CARD } from './page-probes';

export async function measureCard(page: Page, waitMs = 5000): Promise<number | Missing> {
  const target = (await page.evaluate(PREPARE_CARD)) as { x: number; y: number; text: string } | null;
  if (!target) return missing('nothing marked on the page to hover');
  await page.mouse.move(target.x, target.y, { steps: 2 });
  const deadline = Date.now() + waitMs;
  let last: { ms?: number; delayEnd?: boolean; shown?: boolean } = {};
  while (Date.now() < deadline) {
    last = (await page.evaluate(CARD_RESULT)) as typeof last;
    if (typeof last.ms === 'number') return last.ms;
    await page.waitForTimeout(50);
  }
  if (!last.delayEnd) return missing(`no 'defence-lens:card-delay-end' mark after hovering "${target.text}"`);
  return missing(`no 'defence-lens:card-shown' mark after the hover delay on "${target.text}"`);
}
