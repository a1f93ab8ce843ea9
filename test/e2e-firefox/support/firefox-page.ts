/** What a reader does and sees on a page in Firefox (puppeteer), on top of the probes shared with the Chromium suite. */
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import type { InspectReport } from '../../../utils/messaging/inspect-protocol';
import { phrasePoint, type RegisteredMark, readRegisteredMarks } from '../../e2e/support/page-probes';

/** The registered marks, told apart by this page load's random highlight names (asked of the content script). */
export const registeredMarks = async (page: Page | Frame): Promise<RegisteredMark[]> => {
  const names = inspector ? ((await inspector(page))?.highlightNames ?? null) : null;
  return page.evaluate(readRegisteredMarks, names);
};
export const highlightedTexts = async (page: Page | Frame): Promise<string[]> => (await registeredMarks(page)).map((m) => m.text);

/** Moves the pointer onto the first occurrence of `phrase` (a few characters in), as a reader would. */
export async function hoverPhrase(page: Page, phrase: string): Promise<void> {
  const point = await page.evaluate(phrasePoint, phrase);
  if (!point) throw new Error(`"${phrase}" is not on the page`);
  await page.mouse.move(point.x - 40, point.y + 60);
  await page.mouse.move(point.x, point.y, { steps: 3 });
}

export interface CardState {
  /** A visible card is open. */
  open: boolean;
  title: string | null;
  text: string;
  links: { text: string; target: string | null; href: string | null }[];
  /** The card's host holds focus (a keyboard-opened card takes it). */
  focused: boolean;
}

type Inspector = (target: Page | Frame) => Promise<InspectReport | null>;
let inspector: Inspector | undefined;

/** Set by startFirefoxE2E (one Firefox per test file): how cardState asks the content script. */
export function setInspector(fn: Inspector): void {
  inspector = fn;
}

/**
 * The hover card as the content script sees it, inside its closed shadow root: asked through
 * page/inspect (the page itself cannot see the card's insides, and neither can WebDriver BiDi).
 */
export async function cardState(page: Page): Promise<CardState> {
  if (!inspector) throw new Error('cardState needs startFirefoxE2E first');
  const card = (await inspector(page))?.card ?? null;
  return {
    open: card?.visible ?? false,
    title: card?.title ?? null,
    text: card?.text ?? '',
    links: card?.links ?? [],
    focused: card?.focused ?? false,
  };
}

/** Presses a key with Alt and Shift held (the mention-stepping shortcuts). */
export async function pressAltShift(page: Page, code: 'KeyN' | 'KeyP'): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(code);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

/** Text of the first element matching `selector` in `page`, or null. */
export const textOf = (page: Page, selector: string): Promise<string | null> =>
  page.evaluate((s: string) => document.querySelector(s)?.textContent ?? null, selector);

/** Number of elements matching `selector` in `page`. */
export const countOf = (page: Page, selector: string): Promise<number> =>
  page.evaluate((s: string) => document.querySelectorAll(s).length, selector);

/**
 * The first button (or tab) in `page` whose text starts with `name`, inside `within`, once there is
 * one: for a real click, as a reader would (ElementHandle.click moves the pointer there).
 */
export async function button(page: Page, name: string, within = 'body'): Promise<ElementHandle<Element>> {
  // Polled with evaluate, not waitForFunction: puppeteer builds that one's predicate with Function(),
  // which an extension page's CSP refuses in Firefox ESR 140.
  const deadline = Date.now() + 10_000;
  for (;;) {
    const handle = await page.evaluateHandle(
      (n: string, w: string) =>
        [...(document.querySelector(w)?.querySelectorAll('button, [role=tab]') ?? [])].find((b) =>
          (b.textContent ?? '').trim().startsWith(n),
        ) ?? null,
      name,
      within,
    );
    const el = handle.asElement();
    if (el) return el as ElementHandle<Element>;
    await handle.dispose();
    if (Date.now() > deadline) throw new Error(`no button "${name}" in ${within}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Sets the page's viewport. Firefox ESR 140's WebDriver BiDi lacks the screen-orientation command that
 * puppeteer's setViewport sends beside the viewport one; the viewport is set all the same, so that one
 * refusal is ignored and the size is waited for.
 */
export async function setViewportSize(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
  }
  const deadline = Date.now() + 5000;
  while ((await page.evaluate(() => window.innerWidth)) !== width) {
    if (Date.now() > deadline) throw new Error(`the viewport did not become ${width} wide`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Replaces a field's value by typing, as a reader would (select all, then type). */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(selector, (el) => {
    (el as HTMLInputElement).focus();
    (el as HTMLInputElement).select();
  });
  if (value === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(value);
}
