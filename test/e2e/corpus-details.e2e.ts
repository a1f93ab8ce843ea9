/**
 * Issue 15: an ordinary tab holds the resolver's view of the corpus, not the corpus. Before any
 * hover, none of a person's summary or sources is anywhere in the tab's JavaScript heap (the page's
 * world and the content script's share it, so a heap snapshot sees both); the card, once hovered,
 * asks for that person's record whole (`corpus/details`) and shows it.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../utils/corpus/bundled-corpus';
import { type E2E, startE2E } from './support/extension';
import { card, hoverPhrase } from './support/page-helpers';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

/** The tab's JavaScript heap as one text (a V8 heap snapshot: every string any world of the tab holds). */
async function heapText(page: Page): Promise<string> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  session.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
  try {
    await session.send('HeapProfiler.enable');
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    await session.detach().catch(() => {});
  }
  return chunks.join('');
}

describe('details by id', () => {
  it('a tab holds no summary or source of a person before a hover, and the card shows them after', async () => {
    const person = loadBundledCorpus().people.find((p) => p.id === 'ng-eng-hen');
    if (!person) throw new Error('the bundled corpus has no ng-eng-hen');
    // Plain-ASCII stretches of the record, as the snapshot's string table would hold them.
    const summary = person.summary.slice(person.summary.indexOf('longest'), person.summary.indexOf('longest') + 40);
    const titles = person.sources.map((s) => s.title).filter((t) => /^[\x20-\x7e]+$/.test(t) && !t.includes('"'));
    expect(summary.length).toBe(40);
    expect(titles.length).toBeGreaterThan(1);

    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const pageText = await page.evaluate(() => document.body.textContent ?? '');
    expect(pageText).not.toContain(summary);
    for (const t of titles) expect(pageText).not.toContain(t);

    const before = await heapText(page);
    // Booleans, not the heap text, so that a failure does not print megabytes.
    expect(before.includes('Ng Eng Hen'), 'the snapshot holds the page’s strings and the view’s').toBe(true);
    expect(before.includes(summary), 'the summary before a hover').toBe(false);
    expect(
      titles.filter((t) => before.includes(t)),
      'source titles before a hover',
    ).toEqual([]);

    await hoverPhrase(page, 'Eng Hen');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    expect(await card(page).locator('.dl-text').first().textContent()).toContain(summary);
    expect(await card(page).locator('.dl-sources li').count()).toBe(person.sources.length);
    const after = await heapText(page);
    expect(after.includes(summary), 'the summary after the hover').toBe(true);
    expect(titles.some((t) => after.includes(t))).toBe(true);
  });
});
