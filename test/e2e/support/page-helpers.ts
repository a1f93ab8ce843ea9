/** What a reader does on a fixture page, for the end-to-end tests. */
import type { Frame, Page } from 'playwright-core';
import type { ArticleDate, Mention } from '../../../utils/model/mention';
import type { E2E } from './extension';
import { cardElements, inContentScript } from './isolated-world';
import { phrasePoint, type RegisteredMark, readRegisteredMarks } from './page-probes';

export type { RegisteredMark } from './page-probes';

/** Finds the tab showing `page` by asking every tab's content script, as the popup asks its tab (page/mentions). */
export async function askPage(
  env: E2E,
  page: Page,
): Promise<{ tabId: number; data: { date: ArticleDate; mentions: Mention[] } } | undefined> {
  return env.worker.evaluate(async (url) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query: Function; sendMessage: Function } } }).chrome;
    for (const tab of (await c.tabs.query({})) as { id: number }[]) {
      try {
        const answer = await c.tabs.sendMessage(tab.id, { type: 'page/mentions', payload: {} });
        if (answer?.ok && answer.data.url === url) return { tabId: tab.id, data: answer.data };
      } catch {
        // a tab without our content script
      }
    }
    return undefined;
  }, page.url());
}

/** The id of the tab showing `page`, found the way the popup would talk to it (page/mentions). */
export async function tabIdOf(env: E2E, page: Page): Promise<number> {
  const id = (await askPage(env, page))?.tabId;
  if (typeof id !== 'number') throw new Error(`no tab shows ${page.url()}`);
  return id;
}

/** The popup opened for the tab showing `page` (as the toolbar button would), once it has its corpus. */
export async function openPopupFor(env: E2E, page: Page): Promise<Page> {
  const popup = await env.openExtensionPage(`popup.html?tab=${await tabIdOf(env, page)}`);
  await popup.locator('[data-testid=corpus-summary]').waitFor({ timeout: 20_000 });
  return popup;
}

/** Asks the fixture's content script what it found, as the popup does (page/mentions). */
export async function mentionsOnPage(env: E2E, page: Page): Promise<{ date: ArticleDate; mentions: Mention[] } | undefined> {
  return (await askPage(env, page))?.data;
}

/** The marks registered with the browser (CSS.highlights), flash excluded. */
export async function registeredMarks(page: Page | Frame): Promise<RegisteredMark[]> {
  // The highlights' names are random per page load: the content script's world says which are its own.
  const names = await highlightNames(page);
  return page.evaluate(readRegisteredMarks, names ?? null);
}

/** This page load's highlight names (key to name), from the content script's world. */
export const highlightNames = (page: Page | Frame) => inContentScript(page, (i) => i.highlightNames);

/** The text of every registered mark. */
export async function highlightedTexts(page: Page | Frame): Promise<string[]> {
  return (await registeredMarks(page)).map((m) => m.text);
}

/** Moves the pointer onto the first occurrence of `phrase` (a few characters in), as a reader would. */
export async function hoverPhrase(page: Page, phrase: string): Promise<void> {
  const point = await page.evaluate(phrasePoint, phrase);
  if (!point) throw new Error(`"${phrase}" is not on the page`);
  await page.mouse.move(point.x - 40, point.y + 60);
  await page.mouse.move(point.x, point.y, { steps: 3 });
}

/** The open card, read inside its closed shadow root through the content script's world. */
export const card = (page: Page) => cardElements(page, '[data-testid=defence-lens-card]');

/** Sets the reader's settings the way the options page does (browser.storage.local). */
export async function setSettings(env: E2E, patch: Record<string, unknown>): Promise<void> {
  await env.worker.evaluate(async (p) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get: Function; set: Function } } } }).chrome;
    const { settings } = await c.storage.local.get('settings');
    await c.storage.local.set({ settings: { ...(settings ?? {}), ...p } });
  }, patch);
}
