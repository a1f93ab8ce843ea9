/**
 * The reader's choice among the meetings an ambiguous description fits, remembered per page
 * (issue 18) in the extension's own storage: a page address (without its #fragment) maps each
 * description's text to the meeting chosen. The newest pages are kept, up to MAX_PAGES.
 */
import { browser } from 'wxt/browser';

export const CHOICES_KEY = 'meetingChoices';
export const MAX_PAGES = 200;

export type Choices = Record<string, Record<string, string>>;

export const pageKey = (url: string) => url.split('#')[0] ?? url;
/** Spacing and case do not make another description. */
export const descriptionKey = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** `store` with the choice added, the page moved to the newest place, the oldest pages dropped. Pure. */
export function withChoice(store: Choices, page: string, description: string, id: string, max = MAX_PAGES): Choices {
  const { [page]: previous, ...others } = store;
  const next: Choices = { ...others, [page]: { ...(previous ?? {}), [descriptionKey(description)]: id } };
  const pages = Object.keys(next);
  for (const old of pages.slice(0, Math.max(0, pages.length - max))) delete next[old];
  return next;
}

export function choiceIn(store: unknown, page: string, description: string): string | undefined {
  if (!store || typeof store !== 'object') return undefined;
  const forPage = (store as Choices)[page];
  const id = forPage && typeof forPage === 'object' ? forPage[descriptionKey(description)] : undefined;
  return typeof id === 'string' ? id : undefined;
}

export async function loadChoice(page: string, description: string): Promise<string | undefined> {
  const stored = await browser.storage.local.get(CHOICES_KEY);
  return choiceIn(stored[CHOICES_KEY], page, description);
}

export async function saveChoice(page: string, description: string, id: string): Promise<void> {
  const stored = (await browser.storage.local.get(CHOICES_KEY))[CHOICES_KEY];
  const store = stored && typeof stored === 'object' ? (stored as Choices) : {};
  await browser.storage.local.set({ [CHOICES_KEY]: withChoice(store, page, description, id) });
}
