/**
 * The card gallery: every card state from components/card/*.fixture.ts rendered on one extension
 * page, in both themes, from the corpus the background serves. A fresh profile serves the bundled
 * corpus, so the fixtures built here from it are the ones the page shows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildCardFixtures, type CardFixture } from '../../components/card/fixtures';
import { loadBundledCorpus } from '../../utils/corpus/bundled-corpus';
import { type E2E, startE2E } from './support/extension';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

const fixtures = buildCardFixtures(loadBundledCorpus()).filter((f): f is CardFixture => !(f instanceof Error));

describe('the card gallery', () => {
  it('shows every card fixture, light and dark, with its key text as text', async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    e2e = await startE2E();
    const page = await e2e.openExtensionPage('card-gallery.html');
    await page.waitForSelector('html[data-gallery="ready"]', { timeout: 20_000 });
    expect(await page.locator('.broken').count()).toBe(0);
    expect(await page.locator('[data-fixture]').count()).toBe(fixtures.length);
    for (const f of fixtures) {
      const cards = page.locator(`[data-fixture="${f.name}"] [data-testid=defence-lens-card]`);
      expect(await cards.count(), f.name).toBe(2);
      expect(await cards.nth(1).getAttribute('class'), f.name).toContain('dl-dark');
      for (const i of [0, 1]) {
        // textContent, not innerHTML: the key text is there as text nodes, not as markup.
        const text = (await cards.nth(i).textContent()) ?? '';
        for (const s of f.shows) expect(text, `${f.name}: ${s}`).toContain(s);
      }
    }
    // Flags and candidates are in their own blocks, where a reader (and a screen reader) finds them.
    expect(await page.locator('[data-fixture="flagged-misspelling"] [data-testid=card-flags]').first().textContent()).toContain(
      'Likely misspelling of Ashton Carter',
    );
    expect(await page.locator('[data-fixture="meeting-ambiguous"] [data-testid=card-candidates]').count()).toBe(2);
  });

  it('is not reachable from a web page', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const outcome = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'loaded';
      } catch {
        return 'blocked';
      }
    }, e2e.extensionUrl('card-gallery.html'));
    expect(outcome).toBe('blocked');
  });
});
