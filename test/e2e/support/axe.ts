/**
 * axe-core in the end-to-end tests (issue 18): the extension's own pages through @axe-core/playwright,
 * and the hover card inside its closed shadow root through the content script's isolated world.
 * Each finding is one line, "rule (impact): selector — what is wrong", so a failing test says what to fix.
 */
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { inContentScript } from './isolated-world';

interface Finding {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** WCAG 2.x A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const lines = (violations: Finding[]): string[] =>
  violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? '?'}): ${n.target.join(' ')} — ${(n.failureSummary ?? v.help).replace(/\s+/g, ' ')}`),
  );

/** The violations on an extension page (or a part of it, by selector). */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  return lines((await builder.analyze()).violations as Finding[]);
}

// The same axe-core the Playwright package runs (its own dependency, not one of the project's).
const axeSource = (): string =>
  (createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as { source: string }).source;

/**
 * The violations in the open hover card. The card's shadow root is closed, so axe (which walks
 * `element.shadowRoot`) cannot see into it from the page. The test runs axe in the content script's
 * isolated world instead, where the content script keeps the root (inspect.ts), and shows axe the root
 * by giving the host a `shadowRoot` property in that world only (removed after the run): the page's
 * own scripts never see it, and the card is checked as rendered in the page.
 */
export async function axeViolationsInCard(page: Page): Promise<string[]> {
  const found = await inContentScript(
    page,
    async (i, tags: string[]) => {
      const host = i.cardHost as HTMLElement | undefined;
      const root = i.cardRoot as ShadowRoot | undefined;
      if (!host || !root) return { error: 'no card' };
      type Rule = { id: string; nodes: { target: unknown }[] };
      type Results = { violations: Rule[]; passes: Rule[]; incomplete: Rule[] };
      const axe = (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<Results> } }).axe;
      Object.defineProperty(host, 'shadowRoot', { configurable: true, get: () => root });
      try {
        const result = await axe.run(host, { runOnly: { type: 'tag', values: tags } });
        // How many of the card's elements axe looked at, so a run that saw nothing cannot pass.
        const seen = new Set(result.passes.flatMap((r) => r.nodes.map((n) => JSON.stringify(n.target))));
        const plain = (rules: Rule[]) => JSON.parse(JSON.stringify(rules));
        return { violations: plain(result.violations), incomplete: plain(result.incomplete), seen: seen.size };
      } finally {
        delete (host as unknown as { shadowRoot?: unknown }).shadowRoot;
      }
    },
    TAGS,
    axeSource(),
  );
  if (!found || 'error' in found) throw new Error(`axe could not run in the card: ${found?.error ?? 'no content script'}`);
  if (found.seen < 10) throw new Error(`axe saw only ${found.seen} elements in the card`);
  // Contrast is the one rule axe cannot decide inside the closed root (it reports every text node
  // "incomplete", ratio 0): the card gallery, an extension page showing the same card in open DOM
  // with the same styles in both themes, is where contrast is checked. Anything else undecided fails.
  const undecided = (found.incomplete as Finding[]).filter((r) => r.id !== 'color-contrast');
  return [...lines(found.violations as Finding[]), ...lines(undecided).map((l) => `undecided: ${l}`)];
}
