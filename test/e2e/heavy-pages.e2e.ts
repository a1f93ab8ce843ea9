/**
 * Issue 21, "nothing stalls", as a reader sees it: on a page whose article is one text node of two
 * million characters, which the extension reads in pieces (utils/pipeline/text-pieces.ts), every
 * name and term is found once, the names written across the places where one piece gives way to the
 * next included. Speed is the benchmark's (`npm run bench -- --hostile`); this checks what is found.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from './support/extension';
import { waitForContentState } from './support/isolated-world';
import { mentionsOnPage } from './support/page-helpers';

let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

describe('a page of one huge text node', () => {
  it('has every name and term found once, those across piece boundaries too', async () => {
    e2e = await startE2E();
    const page = await e2e.context.newPage();
    await page.goto(e2e.server.url('hostile/huge-text-node.html'));
    await waitForContentState(page, 'ready', 90_000);
    const written = await page.evaluate(() => ({ names: Number(document.body.dataset.names), terms: Number(document.body.dataset.terms) }));
    expect(written.names).toBe(125);
    expect(written.terms).toBeGreaterThan(100);
    const found = (await mentionsOnPage(e2e, page))?.mentions ?? [];
    const names = found.filter((m) => m.text === 'Ng Eng Hen');
    expect(names).toHaveLength(written.names);
    expect(names.every((m) => m.kind === 'person')).toBe(true);
    expect(found.filter((m) => m.text === 'HADR')).toHaveLength(written.terms);
    // Once each: no two mentions start at the same place, and none is a piece of a name ("Eng Hen").
    expect(new Set(found.map((m) => m.start)).size).toBe(found.length);
    expect(found.filter((m) => m.text !== 'Ng Eng Hen' && m.text !== 'HADR')).toEqual([]);
  });
});
