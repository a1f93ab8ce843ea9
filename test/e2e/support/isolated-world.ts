/**
 * How the Chromium end-to-end tests read the content script's state: by a CDP evaluation in the
 * content script's isolated world, where `globalThis.__defenceLens` (entrypoints/content/inspect.ts)
 * lives. The page's own scripts cannot see that world, so nothing the tests need is on the page's
 * DOM or in its performance timeline; the card's closed shadow root is reached the same way.
 */
import type { CDPSession, Frame, Page } from 'playwright-core';
import type { Inspect } from '../../../entrypoints/content/inspect';

interface ContextDescription {
  id: number;
  name: string;
  origin: string;
  auxData?: { isDefault?: boolean; type?: string; frameId?: string };
}

async function isolatedContexts(session: CDPSession): Promise<ContextDescription[]> {
  const found: ContextDescription[] = [];
  const listener = (e: { context: ContextDescription }) => {
    found.push(e.context);
  };
  session.on('Runtime.executionContextCreated', listener);
  await session.send('Runtime.enable');
  await session.send('Runtime.disable');
  session.off('Runtime.executionContextCreated', listener);
  // The extension's world (its name is the extension's); Playwright's own utility world is not it.
  return found.filter((c) => c.auxData?.type === 'isolated' && !c.name.includes('playwright'));
}

async function sessionFor(target: Page | Frame): Promise<{ session: CDPSession; page: Page; url: string | undefined }> {
  const page = 'mainFrame' in target ? target : target.page();
  if ('mainFrame' in target) return { session: await page.context().newCDPSession(page), page, url: undefined };
  try {
    // An out-of-process (cross-origin) frame has a session of its own.
    return { session: await page.context().newCDPSession(target), page, url: undefined };
  } catch {
    return { session: await page.context().newCDPSession(page), page, url: target.url() };
  }
}

/**
 * Runs `fn` (self-contained: sent as text) in the content script's world of `target`, with the
 * content script's inspect object (undefined before the script ran), and returns its JSON result.
 * A frame in the page's process is found by its URL.
 */
export async function inContentScript<T, A = undefined>(
  target: Page | Frame,
  fn: (inspect: Inspect, arg: A) => T | Promise<T>,
  arg?: A,
  /** Script text run in the same world first (the accessibility test's axe-core). */
  prelude = '',
): Promise<T | undefined> {
  const { session, url } = await sessionFor(target);
  try {
    const contexts = await isolatedContexts(session);
    let mainFrameId: string | undefined;
    if (url === undefined) {
      const tree = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      mainFrameId = tree.frameTree.frame.id;
    }
    for (const c of contexts) {
      if (mainFrameId !== undefined && c.auxData?.frameId !== mainFrameId) continue;
      const expression = `${prelude};(async () => { const i = globalThis.__defenceLens; if (!i) return { __none: true };
        if (${JSON.stringify(url ?? null)} !== null && location.href !== ${JSON.stringify(url ?? null)}) return { __none: true };
        return { value: await (${fn.toString()})(i, ${JSON.stringify(arg ?? null)}) }; })()`;
      const reply = (await session.send('Runtime.evaluate', { expression, contextId: c.id, returnByValue: true, awaitPromise: true })) as {
        result: { value?: { __none?: true; value?: T } };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
      const v = reply.result.value;
      if (v && !v.__none) return v.value as T;
    }
    return undefined;
  } finally {
    await session.detach().catch(() => {});
  }
}

/** The content script's state on the page or frame: 'ready <version>', 'off…', 'error', or '' before it started. */
export async function contentState(target: Page | Frame): Promise<string> {
  return (await inContentScript(target, (i) => i.state as string)) ?? '';
}

/** Marks committed on the page. */
export async function contentMarks(target: Page | Frame): Promise<number> {
  return (await inContentScript(target, (i) => i.marks as number)) ?? 0;
}

/** Phase timings the content script kept in its own world (scan, collect, card-delay-end, card-shown). */
export async function contentTimings(target: Page | Frame): Promise<{ name: string; start: number; duration: number }[]> {
  return (await inContentScript(target, (i) => i.timings)) ?? [];
}

/** Waits until the content script's state starts with `prefix` ('ready', 'off'). */
export async function waitForContentState(target: Page | Frame, prefix: string, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const state = await contentState(target).catch(() => '');
    if (state.startsWith(prefix)) return state;
    if (Date.now() > until) throw new Error(`content script state is "${state}", not "${prefix}…", after ${timeoutMs} ms`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

interface Query {
  selector: string;
  sub: string[];
  index: number | null;
}

/**
 * The elements matching a selector inside the card's closed shadow root, with the few Locator
 * methods the tests use (count, textContent, getAttribute, isVisible, locator, getByRole('link'),
 * first, nth).
 */
export class CardElements {
  constructor(
    private readonly page: Page,
    private readonly q: Query,
  ) {}

  private async run<T>(what: 'count' | 'text' | 'attr' | 'visible', attr?: string): Promise<T | undefined> {
    const result = await inContentScript(
      this.page,
      (i, a: { q: Query; what: string; attr: string | null }) => {
        const root = i.cardRoot as ShadowRoot | undefined;
        let els: Element[] = root ? [...root.querySelectorAll(a.q.selector)] : [];
        for (const s of a.q.sub) els = els.flatMap((e) => [...e.querySelectorAll(s)]);
        if (a.q.index !== null) els = els[a.q.index] ? [els[a.q.index] as Element] : [];
        const first = els[0];
        if (a.what === 'count') return els.length;
        if (a.what === 'text') return first ? first.textContent : null;
        if (a.what === 'attr') return first ? first.getAttribute(a.attr ?? '') : null;
        return first ? first.checkVisibility({ visibilityProperty: true }) : false;
      },
      { q: this.q, what, attr: attr ?? null },
    );
    return result as T | undefined;
  }

  async count(): Promise<number> {
    return (await this.run<number>('count')) ?? 0;
  }

  async textContent(): Promise<string | null> {
    return (await this.run<string | null>('text')) ?? null;
  }

  async getAttribute(name: string): Promise<string | null> {
    return (await this.run<string | null>('attr', name)) ?? null;
  }

  async isVisible(): Promise<boolean> {
    return (await this.run<boolean>('visible')) ?? false;
  }

  locator(selector: string): CardElements {
    return new CardElements(this.page, { ...this.q, sub: [...this.q.sub, selector], index: null });
  }

  getByRole(role: 'link'): CardElements {
    if (role !== 'link') throw new Error(`getByRole('${role}') is not supported here`);
    return this.locator('a[href]');
  }

  first(): CardElements {
    return this.nth(0);
  }

  nth(index: number): CardElements {
    return new CardElements(this.page, { ...this.q, index });
  }
}

/** Elements inside the card's closed shadow root (the card itself: `[data-testid=defence-lens-card]`). */
export function cardElements(page: Page, selector: string): CardElements {
  return new CardElements(page, { selector, sub: [], index: null });
}

/** What the host of the card looks like to the content script: whether it is empty and hidden, and whether it has focus. */
export function cardHostState(page: Page): Promise<{ empty: boolean; hidden: boolean; focused: boolean } | null | undefined> {
  return inContentScript(page, (i) => {
    const host = i.cardHost as HTMLElement | undefined;
    const root = i.cardRoot as ShadowRoot | undefined;
    if (!host || !root) return null;
    return {
      empty: root.lastElementChild?.childNodes.length === 0,
      hidden: getComputedStyle(host).visibility === 'hidden',
      focused: document.activeElement === host,
    };
  });
}
