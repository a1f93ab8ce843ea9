/**
 * The skeleton of the interleaved A/B benches (ab-scan.ts, first-mark-ab.ts, ab-light.ts): on a
 * shared, noisy machine only loads taken in turn (A, B, A, B…) say anything, as a burst of load then
 * falls on every side alike. Each script brings its own figure reader and its own printing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { startFixtureServer } from '../../test/e2e/support/fixture-server';
import { type LaunchedExtension, launchExtension } from '../lib/launch-extension';
import { generateNewsPage } from './generate-news-page';
import { loadMentionVocabulary } from './mention-vocabulary';

/**
 * `rounds` times, one `measure` per side in the sides' order; figures come back per side, in the
 * sides' order (figures[i] are sides[i]'s, one per round).
 */
export async function interleave<S, F>(
  sides: readonly S[],
  rounds: number,
  measure: (side: S, round: number) => Promise<F>,
): Promise<F[][]> {
  const figures: F[][] = sides.map(() => []);
  for (let round = 1; round <= rounds; round++)
    for (const [i, side] of sides.entries()) (figures[i] as F[]).push(await measure(side, round));
  return figures;
}

/**
 * Builds (side name → extension folder) in turn, each round in a fresh browser per side: `warmUps`
 * loads not counted, then `loads` figures read by `read`; `onFigure` sees each counted one as it comes.
 */
export async function interleaveBuilds<S extends string, F>(o: {
  builds: Record<S, string>;
  rounds: number;
  warmUps?: number;
  loads?: number;
  /** Run once in each fresh browser before its loads (e.g. importing the reader's records). */
  setUp?: (ext: LaunchedExtension, side: S, round: number) => Promise<void>;
  read: (context: BrowserContext, side: S) => Promise<F>;
  onFigure?: (figure: F, side: S, round: number) => void;
}): Promise<Record<S, F[]>> {
  const sides = Object.keys(o.builds) as S[];
  const perSide = await interleave(sides, o.rounds, async (side, round) => {
    const figures: F[] = [];
    const ext = await launchExtension({ extensionDir: o.builds[side] });
    try {
      await o.setUp?.(ext, side, round);
      for (let i = 0; i < (o.warmUps ?? 0); i++) await o.read(ext.context, side);
      for (let i = 0; i < (o.loads ?? 1); i++) {
        const figure = await o.read(ext.context, side);
        figures.push(figure);
        o.onFigure?.(figure, side, round);
      }
    } finally {
      await ext.close();
    }
    return figures;
  });
  return Object.fromEntries(sides.map((side, i) => [side, (perSide[i] as F[][]).flat()])) as Record<S, F[]>;
}

export interface ServedPages {
  /** The page over HTTP (the fixture server). */
  url(name: string): string;
  /** The same page as a file: URL. */
  fileUrl(name: string): string;
  /** Stops the server and removes the pages' folder. */
  close(): Promise<void>;
}

/** Writes the pages (file name → HTML) to a fresh temporary folder and serves it. */
export async function servePages(pages: Record<string, string>): Promise<ServedPages> {
  const dir = mkdtempSync(join(tmpdir(), 'defence-lens-ab-'));
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
  const server = await startFixtureServer(dir);
  return {
    url: (name) => server.url(name),
    fileUrl: (name) => pathToFileURL(join(dir, name)).href,
    close: async () => {
      try {
        await server.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The A/B benches' generated news page: `--size 1mb`, `135k` (the hostile row's corpus_5k page), else 5 MB of text. */
export function newsPageOfSize(size: string | undefined, seed: number): string {
  const chars = size === '1mb' ? 1_000_000 : size === '135k' ? 135_000 : 5_000_000;
  return generateNewsPage({ seed, targetTextChars: chars, vocabulary: loadMentionVocabulary() }).html;
}

/** The one-minute load average, one decimal. */
export const loadNow = (): string | undefined => loadavg()[0]?.toFixed(1);

/** The 1, 5 and 15-minute load averages, one decimal each, space-separated. */
export const loadAverages = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
