/**
 * One measurement of one page in the launched browser: the bare text walk and mark.js on a copy of
 * the page opened from file:// (where the extension does not run), and Defence Lens's scan on the
 * page served over HTTP. Every measurement opens a fresh tab, so each is a cold first pass.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { tabHeapMb } from './measure-heap';
import { AWAIT_SCAN, CONTENT_SCRIPT_STATE, MARKJS, OBSERVE_FROM_START, SCAN_RESULT, WALK } from './page-probes';

export interface WalkRun {
  ms: number;
  chars: number;
  nodes: number;
  /** The bare walk of the visible part: text nodes up to one viewport below the screen (WALK). */
  visibleMs: number;
  visibleNodes: number;
  visibleChars: number;
}

export type MarkjsRun = { ms: number; marks: number } | { overLimitMs: number };

export interface ScanRun {
  ms: number;
  /** Scan start to the first marks near the viewport registered. */
  firstMarkMs: number;
  /** Whether the build measures its first marks apart ('defence-lens:first-marks'), or they are the scan's end. */
  firstMarkOwn: boolean;
  ranges: number;
  /** Ranges registered with the browser when the scan ended (those near the viewport on a page with very many marks). */
  registered: number;
  longestTaskMs: number;
  longTasks: number;
  longTaskError: string | null;
}

async function withPage<T>(context: BrowserContext, use: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    return await use(page);
  } finally {
    await page.close().catch(() => {});
  }
}

/** The walk, and the tab's heap afterwards: the baseline the extension's heap is compared with. */
export function measureWalk(context: BrowserContext, fileUrl: string): Promise<WalkRun & { tabHeapMb: number }> {
  return withPage(context, async (page) => {
    await page.goto(fileUrl, { timeout: 120_000 });
    const walk = (await page.evaluate(WALK)) as WalkRun;
    return { ...walk, tabHeapMb: await tabHeapMb(context, page) };
  });
}

/** mark.js on the copy of the page that loads it; stopped by the DevTools protocol after limitMs. */
export function measureMarkjs(
  context: BrowserContext,
  fileUrl: string,
  aliases: string[],
  limitMs: number,
  mode: 'array' | 'regexp' = 'array',
): Promise<MarkjsRun> {
  return withPage(context, async (page) => {
    await page.goto(fileUrl, { timeout: 120_000 });
    const cdp = await context.newCDPSession(page);
    let stopped = false;
    const timer = setTimeout(() => {
      stopped = true;
      cdp.send('Runtime.terminateExecution').catch(() => {});
    }, limitMs);
    try {
      const run = (await page.evaluate(MARKJS(aliases, mode))) as { ms: number; marks: number };
      return stopped || run.ms > limitMs ? { overLimitMs: limitMs } : run;
    } catch (error) {
      if (stopped) return { overLimitMs: limitMs };
      throw error;
    } finally {
      clearTimeout(timer);
    }
  });
}

export interface ScanPage {
  page: Page;
  run: ScanRun;
}

/**
 * Opens the page with the extension and waits for the content script's scan measure. The page is
 * left open for the card and heap measurements; the caller closes it.
 */
export async function openAndScan(context: BrowserContext, httpUrl: string, timeoutMs: number): Promise<ScanPage> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_FROM_START);
  await page.goto(httpUrl, { timeout: 120_000 });
  const outcome = (await page.evaluate(AWAIT_SCAN(timeoutMs, START_MARK_WAIT_MS))) as 'done' | 'no-start' | 'timeout';
  const run = outcome === 'done' ? ((await page.evaluate(SCAN_RESULT)) as ScanRun | null) : null;
  if (run) return { page, run };
  const state = await page.evaluate(CONTENT_SCRIPT_STATE);
  await page.close();
  throw new ScanTimingMissing(
    state === null
      ? 'the content script never marked the page (no data-defence-lens attribute)'
      : outcome === 'no-start'
        ? `the content script publishes no scan timing ('defence-lens:scan-start' mark; state: ${state})`
        : `the scan did not finish within ${timeoutMs / 1000} s (no 'defence-lens:scan' measure)`,
  );
}

/** A content script without the timing hook never marks a start: give up early on that. */
const START_MARK_WAIT_MS = 15_000;

export class ScanTimingMissing extends Error {}
