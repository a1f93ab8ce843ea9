/**
 * import_10k_ms: importing 10,000 generated records in the options page.
 * Waits for issue 8's import; until it is built, reports why there is no figure.
 */
import type { LaunchedExtension } from '../lib/launch-extension';
import { type Figure, missing } from './bench-results';

export interface ImportOptions {
  ext: LaunchedExtension;
  records: number;
  log: (line: string) => void;
}

export async function measureImport(o: ImportOptions): Promise<Figure> {
  const page = await o.ext.context.newPage();
  try {
    await page.goto(o.ext.extensionUrl('options.html'));
    if ((await page.locator('input[type=file]').count()) === 0) return missing('the options page has no import yet (issue 8)');
    return missing('options import timing not wired into the bench yet');
  } finally {
    await page.close();
  }
}
