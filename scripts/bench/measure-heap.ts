/**
 * Memory of a tab after a full garbage collection, from the DevTools protocol: the V8 heap in use
 * plus the Blink (embedder) heap, where DOM objects such as the highlight Ranges live. The content
 * script's isolated world shares the tab's heap with the page, so the benchmark reports the
 * difference between the page with the extension (after its scan) and the same page without it.
 */
import type { BrowserContext, Page } from 'playwright-core';

export async function tabHeapMb(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    return (usage.usedSize + (usage.embedderHeapUsedSize ?? 0)) / (1024 * 1024);
  } finally {
    await cdp.detach().catch(() => {});
  }
}
