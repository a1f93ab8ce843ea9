/**
 * Issue 18 in the browser, for the people who write: Copy on a hover card (the `c` key) puts the
 * correction with its source on the clipboard, the card shows the office's holders around the
 * article's date, the popup's On this page exports a briefing, and the welcome page explains the keys.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';
import { card, hoverPhrase, mentionsOnPage, openPopupFor } from './support/page-helpers';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

describe('for the people who write', () => {
  it('c on the card of a flagged name copies the correction with its source, as plain text and as HTML with a link', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    await e2e.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    const day = (await mentionsOnPage(e2e, page))?.date.date;
    expect(day).toMatch(/^2016-/);
    await hoverPhrase(page, 'Aston Carter');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    expect(await card(page).textContent()).toContain('Copy correction');
    await page.keyboard.press('c');
    await expect.poll(() => card(page).locator('[data-testid=card-copy-status]').textContent()).toBe('Copied.');
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    expect(plain).toContain(
      `should be “Ashton Carter”: Ashton Carter was US Secretary of Defense on ${day} (term 2015-02-17 – 2017-01-20); source: `,
    );
    expect(plain).toMatch(/; source: .+, https?:\/\/\S+$/);
    const html = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((i) => i.types.includes('text/html'));
      return item ? await (await item.getType('text/html')).text() : '';
    });
    expect(html).toMatch(/<a href="https?:\/\/[^"]+">/);
    expect(html).toContain('should be “Ashton Carter”');
  });

  it("a person's card shows the office's holders around the article's date, the holder on that date stressed and the date marked", async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    await hoverPhrase(page, 'Aston Carter');
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(1);
    const timeline = card(page).locator('[data-testid=office-timeline]');
    const day = (await mentionsOnPage(e2e, page))?.date.date;
    expect(await timeline.getAttribute('data-day')).toBe(day);
    expect(await timeline.getAttribute('tabindex')).toBe('0');
    const holders = card(page).locator('[data-testid=timeline-holder]');
    expect(await holders.count()).toBeGreaterThan(1);
    const onDay = card(page).locator('[data-testid=timeline-holder][data-on-day=true]');
    expect(await onDay.count()).toBe(1);
    expect(await onDay.textContent()).toContain('Ashton Carter · on this day');
    expect(await card(page).locator('.dl-timeline .dl-sr').textContent()).toContain('in office on that day');
    expect(await card(page).locator('[data-testid=card-meetings]').textContent()).toContain(`Meetings nearest ${day}`);
  });

  it("the popup's On this page exports a briefing in Markdown: the date and how it was found, the flags with corrections, then each record", async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const popup = await openPopupFor(e2e, page);
    await popup.getByTestId('tab-page').click();
    expect(await popup.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-page');
    await popup.getByTestId('briefing').locator('summary').click();
    const text = popup.getByTestId('briefing-text');
    await expect.poll(() => text.inputValue(), { timeout: 10_000 }).toContain('## Flags');
    const md = await text.inputValue();
    const day = (await mentionsOnPage(e2e, page))?.date.date;
    expect(md).toContain(`Article date: ${day} (`);
    expect(md).toContain('Aston Carter” should be “Ashton Carter”');
    expect(md).toMatch(/## Mentioned[\s\S]*- \*\*Ashton Carter\*\*/);
    expect(md).toMatch(/Source: \[.+\]\(<https?:\/\//);
    await popup.getByTestId('briefing-order').selectOption('kind');
    await expect.poll(() => text.inputValue()).toContain('### People');

    // Playwright cannot grant clipboard permissions to a chrome-extension:// origin: intercept the write.
    await popup.evaluate(() => {
      const w = globalThis as unknown as { __copied?: string };
      navigator.clipboard.writeText = async (t: string) => {
        w.__copied = t;
      };
    });
    await popup.getByTestId('briefing-copy').click();
    await expect.poll(() => popup.evaluate(() => (globalThis as unknown as { __copied?: string }).__copied)).toBe(await text.inputValue());
    expect(await popup.getByTestId('briefing').textContent()).toContain('Briefing copied.');
  });

  it('the popup links to the welcome page, which explains what is marked, the keys, the date and the offline promise', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const popup = await openPopupFor(e2e, page);
    expect(await popup.getByTestId('open-welcome').getAttribute('href')).toBe(`chrome-extension://${e2e.extensionId}/welcome.html`);
    const welcome = await e2e.openExtensionPage('welcome.html');
    const text = await welcome.getByTestId('welcome').textContent();
    for (const s of ['marks ASEAN defence terms', 'Pin', 'Esc', 'copies', 'Alt', 'Article date', 'no network request'])
      expect(text).toContain(s);
  });

  it("the popup's search is on the page's article date: a card's role on that day, and an office's result with its holders around it", async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const day = (await mentionsOnPage(e2e, page))?.date.date;
    expect(day).toMatch(/^2016-/);
    const popup = await openPopupFor(e2e, page);
    const box = popup.getByRole('searchbox', { name: 'Search the corpus' });

    await box.fill('US secretary of defense');
    const office = popup.getByTestId('office-result');
    const timeline = office.getByTestId('office-timeline');
    await expect.poll(() => timeline.getAttribute('data-day')).toBe(day);
    expect(await timeline.getAttribute('data-office')).toBe('us-secretary-of-defense');
    const holders = timeline.getByTestId('timeline-holder');
    expect(await holders.count()).toBeGreaterThan(1);
    const onDay = timeline.locator('[data-on-day=true]');
    expect(await onDay.count()).toBe(1);
    expect(await onDay.textContent()).toContain('Ashton Carter');
    expect(await onDay.textContent()).toContain('on this day');
    // Keyboard-reachable, and named for screen readers.
    expect(await timeline.getAttribute('tabindex')).toBe('0');
    expect(await timeline.getAttribute('aria-label')).toBe(`Secretary of Defense: holders around ${day}`);
    // A holder opens his card, on the same date.
    const before = timeline.locator('[data-on-day=false]').first();
    const name = (await before.locator('button').textContent()) ?? '';
    await before.locator('button').click();
    const detail = popup.getByTestId('popup-detail');
    await expect.poll(() => detail.locator('.dl-title').textContent()).toBe(name);
    await popup.keyboard.press('Escape');

    // A name that is no office gets no office result; its card says the role on the page's date.
    await box.fill('aston carter');
    await expect.poll(() => popup.getByTestId('search-hit').first().getAttribute('data-id')).toBe('ashton-carter');
    expect(await office.count()).toBe(0);
    await box.press('Enter');
    await expect.poll(() => detail.getByTestId('card-role').textContent()).toContain(`On ${day}: Secretary of Defense`);
    expect(await detail.locator('.dl-date').isVisible()).toBe(true);
    expect(await detail.locator('.dl-date').textContent()).toContain(`Article date: ${day}`);
  });
});
