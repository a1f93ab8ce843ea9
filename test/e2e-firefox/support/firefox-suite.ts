/**
 * The set-up a Firefox suite file shares: one Firefox for the file (started before its tests, closed
 * after them); after each test the pages it opened are closed and the settings put back.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type FirefoxE2E, startFirefoxE2E } from './firefox-e2e';

export interface FirefoxSuite {
  /** The file's Firefox (there once beforeAll has run). */
  readonly ff: FirefoxE2E;
  /** Opens a fixture page (FirefoxE2E.openFixture), closed after the test. */
  openFixture(path: string): Promise<Page>;
  /** Has `page` closed after the test; gives it back. */
  track(page: Page): Page;
}

/**
 * Registers the file's hooks. `afterEachTest` runs once the test's pages are closed and before the
 * settings are reset (a suite puts back what else it changed there); pages it opens through `track`
 * are its own to close.
 */
export function useFirefoxSuite(o: { afterEachTest?: () => Promise<void> } = {}): FirefoxSuite {
  let ff: FirefoxE2E | undefined;
  const open: Page[] = [];
  beforeAll(async () => {
    ff = await startFirefoxE2E();
  });
  afterAll(async () => {
    await ff?.close();
  });
  afterEach(async () => {
    // A test may close a page itself (one tab at a time): only those still open are closed here.
    for (const p of open.splice(0)) if (!p.isClosed()) await p.close();
    await o.afterEachTest?.();
    open.length = 0;
    await suite.ff.resetSettings();
  });
  const suite: FirefoxSuite = {
    get ff() {
      if (!ff) throw new Error('Firefox is not started (beforeAll has not run)');
      return ff;
    },
    openFixture: async (path) => suite.track(await suite.ff.openFixture(path)),
    track: (page) => {
      open.push(page);
      return page;
    },
  };
  return suite;
}
