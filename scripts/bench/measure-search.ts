/**
 * search_p50_ms / search_p95_ms: popup search per keystroke, typing 20 queries letter by letter.
 * Waits for issue 7's popup search; until it is built, reports why there is no figure.
 */
import type { LaunchedExtension } from '../lib/launch-extension';
import { type Figure, missing } from './bench-results';

export interface SearchOptions {
  ext: LaunchedExtension;
  queries: number;
  log: (line: string) => void;
}

export async function measureSearch(o: SearchOptions): Promise<{ p50: Figure; p95: Figure }> {
  const page = await o.ext.context.newPage();
  try {
    await page.goto(o.ext.extensionUrl('popup.html'));
    const field = page.locator('input[type=search]');
    if ((await field.count()) === 0) {
      const reason = 'the popup has no search field yet (issue 7)';
      return { p50: missing(reason), p95: missing(reason) };
    }
    const reason = 'popup search timing not wired into the bench yet';
    return { p50: missing(reason), p95: missing(reason) };
  } finally {
    await page.close();
  }
}
