/**
 * Issue 6 in the browser: a reader on the fixture pages sees the article's date, the misspelling
 * style, the wrong-title notice, meetings resolved from descriptions and short names after a full mention.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleDate, Mention } from '../../utils/model/mention';
import { type E2E, startE2E } from './support/extension';
import { cardElements } from './support/isolated-world';
import { registeredMarks } from './support/page-helpers';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

/** What the popup would ask the page: the mentions and the date used. */
async function pageMentions(env: E2E, fixture: string): Promise<{ date: ArticleDate; mentions: Mention[] }> {
  const ext = await env.openExtensionPage('popup.html');
  const reply = await ext.evaluate(async (url) => {
    const c = (
      globalThis as unknown as {
        chrome: {
          tabs: {
            query: (q: object) => Promise<{ id: number }[]>;
            sendMessage: (id: number, m: object) => Promise<{ ok?: boolean; data: { url: string } } | undefined>;
          };
        };
      }
    ).chrome;
    // Without the "tabs" permission tab URLs are hidden: ask every tab and keep the fixture's answer.
    for (const tab of await c.tabs.query({})) {
      try {
        const answer = await c.tabs.sendMessage(tab.id, { type: 'page/mentions', payload: {} });
        if (answer?.ok && answer.data.url === url) return answer;
      } catch {
        // A tab without our content script (the popup itself).
      }
    }
    return undefined;
  }, env.server.url(fixture));
  await ext.close();
  expect(reply, 'the content script answers page/mentions').toMatchObject({ ok: true });
  return (reply as unknown as { data: { date: ArticleDate; mentions: Mention[] } }).data;
}

/** Moves the mouse over the first occurrence of `phrase` in the article and returns the card's text. */
async function hoverCardText(page: Page, phrase: string): Promise<string> {
  const point = await page.evaluate((p) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.textContent ?? '').indexOf(p);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + p.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, phrase);
  expect(point, `page shows "${phrase}"`).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  const card = cardElements(page, '[data-testid=defence-lens-card]');
  await expect.poll(() => card.isVisible(), { timeout: 10_000 }).toBe(true);
  return (await card.textContent()) ?? '';
}

describe('reading the Hawaii report like an analyst', () => {
  it('a page with no date metadata is dated from its text, in 2016', async () => {
    e2e = await startE2E();
    await e2e.openFixture('hawaii-informal-meeting.html');
    const { date } = await pageMentions(e2e, 'hawaii-informal-meeting.html');
    expect(date.source).toBe('inferred');
    expect(date.date).toMatch(/^2016-/);
  });

  it('"Aston Carter" is marked with the fact-check style', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    // Each highlight by its kind (the names themselves are random per page load).
    const flagged = (await registeredMarks(page)).map((m) => `${m.name}: ${m.text}`);
    expect(flagged.join('\n')).toMatch(/defence-lens-flag: [^\n]*Aston Carter/);
    expect(await hoverCardText(page, 'Aston Carter')).toContain('Likely misspelling of Ashton Carter');
  });

  it('hovering "US Secretary of State Ashton Carter" shows the wrong-title notice', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('hawaii-informal-meeting.html');
    const { mentions } = await pageMentions(e2e, 'hawaii-informal-meeting.html');
    const titled = mentions.find((m) => m.text === 'US Secretary of State Ashton Carter');
    expect(
      titled?.flags.map((f) => f.type),
      'no wrong-title flag: it needs ashton-carter and john-kerry roles.0 verified in data/corpus/people.json (flags never rest on unverified facts)',
    ).toContain('wrong-title');
    const text = await hoverCardText(page, 'Secretary of State Ashton Carter');
    expect(text).toMatch(/Ashton Carter was Secretary of Defense; the Secretary of State was John Kerry/);
  });

  it('"held last week in Hawaii" resolves to the 2016 ASEAN-US informal meeting', async () => {
    e2e = await startE2E();
    await e2e.openFixture('hawaii-informal-meeting.html');
    const { mentions } = await pageMentions(e2e, 'hawaii-informal-meeting.html');
    const described = mentions.find((m) => m.text.includes('held last week in Hawaii'));
    expect(described).toMatchObject({ id: 'asean-us-2016', via: 'description', kind: 'meeting' });
  });
});

describe('reading the Jakarta report like an analyst', () => {
  it('"Giang said" is Phan Van Giang, and the card says so', async () => {
    e2e = await startE2E();
    const page = await e2e.openFixture('jakarta-asean-japan.html');
    const { mentions } = await pageMentions(e2e, 'jakarta-asean-japan.html');
    const short = mentions.filter((m) => m.text === 'Giang');
    expect(short.length).toBe(2);
    expect(short.every((m) => m.id === 'phan-van-giang' && m.via === 'short-name')).toBe(true);
    expect(await hoverCardText(page, 'Giang said')).toContain('Phan Van Giang');
  });
});
