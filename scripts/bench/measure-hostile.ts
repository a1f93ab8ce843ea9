/**
 * The hostile-pages row (issue 21): pages built to stall a content script, each loaded with the
 * extension and without it, and the longest main-thread task of the load read from the page's own
 * long-task entries (from its first script on, until the content script has said where it stands
 * and the page has been quiet a moment). Target: no task of ours over 50 ms, so the figure to read
 * is the longest task with the extension beside the one the page costs by itself.
 *
 *   text_50mb    one text node of 50 MB in one paragraph, a few mentions in it
 *   nodes_200k   200,000 elements of short text, a mention every 2,000
 *   frames_100   100 srcdoc frames, each a short article with mentions
 *   corpus_5k    a 135 KB news page after importing 5,000 people (the reader's records compiled once
 *                in the background; the page receives only those it names, here none). With 4
 *                aliases each by default: 20,000, the alias cap (utils/import/alias-cap.ts); issue
 *                21's 5,000 with 50 each (`--people 5000x50`) are refused by the cap since.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { LaunchedExtension } from '../lib/launch-extension';
import { generateNewsPage } from './generate-news-page';
import { extensionTasks } from './measure-long-task';
import type { MentionVocabulary } from './mention-vocabulary';
import { OBSERVE_FROM_START } from './page-probes';
import { seededRandom } from './seeded-random';
import type { TraceEvent } from './trace-tasks';

export const HOSTILE_PAGES = ['text_50mb', 'nodes_200k', 'frames_100', 'corpus_5k'] as const;
export type HostilePage = (typeof HOSTILE_PAGES)[number];

/** The pages a `--pages a,b` list names, in the row's order; an unknown name is an error. */
export function hostilePages(list: string): HostilePage[] {
  const names = list
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(HOSTILE_PAGES as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`unknown hostile page(s): ${unknown.join(', ')} (known: ${HOSTILE_PAGES.join(', ')})`);
  return HOSTILE_PAGES.filter((n) => names.includes(n));
}

export interface HostileLoad {
  /** Longest long task of the load, ms (0 when none passed 50 ms). */
  longestTaskMs: number;
  longTasks: number;
  /** From navigation to the load event, ms. */
  loadMs: number;
  state: string | null;
  /**
   * With the extension, from a trace of the load (measure-long-task.ts `extensionTasks`): the longest
   * task our scripts ran in, whole and less the page's own rendering in it, and the longest style or
   * layout step the browser ran by itself after our first script (the marks' sheet's restyle).
   */
  ours?: { longestMs: number; ownMs: number; tasks: number; renderingMs: number; renderingStep: string };
}

export interface HostileFigures {
  extension: HostileLoad | string;
  plain: HostileLoad | string;
}

const WORDS = 'the ministers met on tuesday to discuss regional security and maritime cooperation in the region'.split(' ');
const MENTIONS = ['Ng Eng Hen', 'HADR', 'ADMM-Plus', 'Shangri-La Dialogue'];

function filler(chars: number, seed: number): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let n = 0;
  let k = 0;
  while (n < chars) {
    const w = k++ % 4000 === 0 ? (random.pick(MENTIONS) as string) : (random.pick(WORDS) as string);
    parts.push(w);
    n += w.length + 1;
  }
  return parts.join(' ');
}

/** The text of text_50mb's one node (about `chars` characters), as the page writes it. */
export const hostileText = (chars: number, seed: number): string => filler(chars, seed);

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** Writes the pages into `dir` (text_50mb.html …): all four, or those named. */
export function writeHostilePages(
  dir: string,
  vocabulary: MentionVocabulary,
  seed: number,
  pages: readonly HostilePage[] = HOSTILE_PAGES,
): void {
  if (pages.includes('text_50mb'))
    writeFileSync(
      join(dir, 'text_50mb.html'),
      page('One huge text node', `<article><h1>Defence news</h1><p>${filler(50_000_000, seed)}</p></article>`),
    );
  if (pages.includes('nodes_200k')) {
    const random = seededRandom(seed + 1);
    const spans: string[] = [];
    for (let i = 0; i < 200_000; i++) spans.push(`<span>${i % 2000 === 0 ? random.pick(MENTIONS) : random.pick(WORDS)}</span>`);
    const divs: string[] = [];
    for (let i = 0; i < spans.length; i += 20) divs.push(`<div>${spans.slice(i, i + 20).join(' ')}</div>`);
    writeFileSync(join(dir, 'nodes_200k.html'), page('200,000 elements', `<article>${divs.join('\n')}</article>`));
  }
  const frame = (i: number) =>
    `<iframe width="300" height="80" srcdoc="&lt;p&gt;Frame ${i}: ${MENTIONS[i % MENTIONS.length]} spoke about HADR with the ministers.&lt;/p&gt;"></iframe>`;
  if (pages.includes('frames_100'))
    writeFileSync(join(dir, 'frames_100.html'), page('100 srcdoc frames', Array.from({ length: 100 }, (_, i) => frame(i)).join('\n')));
  if (pages.includes('corpus_5k')) {
    const news = generateNewsPage({ seed: seed + 2, targetTextChars: 135_000, vocabulary });
    writeFileSync(join(dir, 'corpus_5k.html'), news.html);
  }
}

/** 5,000 invented people with 50 aliases each, ids prefixed "bench-", as a corpus file. */
export function peopleFile(count = 5000, aliasesEach = 50, seed = 5000): string {
  const random = seededRandom(seed);
  const syllables = ['an', 'ba', 'ko', 'ri', 'su', 'ta', 'min', 'hoa', 'dar', 'wi', 'lee', 'chan', 'pra', 'bo', 'gi', 'kha', 'sen', 'vu'];
  const word = () => {
    let s = '';
    for (let i = random.int(2, 3); i > 0; i--) s += random.pick(syllables);
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const source = {
    title: 'Benchmark placeholder',
    publisher: 'Defence Lens benchmark',
    date: '2024-01-01',
    url: 'https://example.org/bench',
  };
  const people = Array.from({ length: count }, (_, i) => {
    const name = `${word()} ${word()} ${i}`;
    return {
      id: `bench-person-${i}`,
      name,
      aliases: Array.from({ length: aliasesEach }, (_, k) => `${word()} ${word()} ${i}-${k}`),
      shortNames: [],
      misspellings: [],
      country: 'SG',
      summary: `Placeholder person ${i} written by the benchmark; nobody real.`,
      sources: [source],
    };
  });
  return JSON.stringify({ format: 'defence-lens-corpus', version: 2, people });
}

/** The people file's shape: how many people, with how many aliases each. */
export interface PeopleShape {
  count: number;
  aliases: number;
}

/** The default: 5,000 people at the alias cap in all (20,000 aliases). */
export const DEFAULT_PEOPLE: PeopleShape = { count: 5000, aliases: 4 };

/** "5000x50" -> { count: 5000, aliases: 50 }. */
export function parsePeopleShape(text: string): PeopleShape {
  const m = /^(\d+)x(\d+)$/.exec(text.trim());
  if (!m) throw new Error(`--people wants <count>x<aliases>, e.g. 5000x4, not "${text}"`);
  return { count: Number(m[1]), aliases: Number(m[2]) };
}

/** Imports the people file through the options page's own UI; resolves with the summary. */
export async function importPeople(ext: LaunchedExtension, people: PeopleShape = DEFAULT_PEOPLE): Promise<string> {
  const options = await ext.context.newPage();
  try {
    await options.goto(ext.extensionUrl('options.html'));
    const input = options.locator('[data-testid=import-file]');
    await input.waitFor({ state: 'attached', timeout: 20_000 });
    await input.setInputFiles({
      name: 'bench-people.json',
      mimeType: 'application/json',
      buffer: Buffer.from(peopleFile(people.count, people.aliases)),
    });
    await options.locator('[data-testid=import-preview], [data-testid=import-error]').first().waitFor({ timeout: 300_000 });
    const error = options.locator('[data-testid=import-error]');
    if (await error.isVisible()) return `refused: ${await error.textContent()}`;
    await options.locator('[data-testid=import-preview] button').first().click();
    const summary = options.locator('[data-testid=import-summary]');
    await summary.waitFor({ timeout: 600_000 });
    return (await summary.textContent()) ?? '';
  } finally {
    await options.close();
  }
}

/** One load of `url`: the longest long task from the first script until the content script settled (or 60 s). */
export async function measureHostileLoad(context: BrowserContext, url: string, extension: boolean): Promise<HostileLoad> {
  const tab = await context.newPage();
  try {
    await tab.addInitScript(OBSERVE_FROM_START);
    const trace = extension ? await startTrace(context, tab) : undefined;
    await tab.goto(url, { waitUntil: 'load', timeout: 180_000 });
    let state: string | null = null;
    if (extension) {
      const until = Date.now() + 60_000;
      while (Date.now() < until) {
        state = await tab.evaluate(() => document.documentElement.getAttribute('data-defence-lens'));
        if (state && /^(ready|off|error)/.test(state)) break;
        await tab.waitForTimeout(200);
      }
    }
    await tab.waitForTimeout(3000);
    const ours = trace ? extensionTasks(await trace.stop()) : undefined;
    const load = await tab.evaluate((s) => {
      const bench = (window as unknown as { __defenceLensBench: { longTasks: { start: number; duration: number }[] } }).__defenceLensBench;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        longestTaskMs: bench.longTasks.reduce((m, t) => Math.max(m, t.duration), 0),
        longTasks: bench.longTasks.length,
        loadMs: nav ? nav.loadEventStart : Number.NaN,
        state: s,
      };
    }, state);
    return ours ? { ...load, ours } : load;
  } finally {
    await tab.close().catch(() => {});
  }
}

/** A DevTools trace of one tab's load (top-level tasks, timeline and script events), read back as events. */
async function startTrace(context: BrowserContext, tab: Page): Promise<{ stop: () => Promise<TraceEvent[]> }> {
  const cdp = await context.newCDPSession(tab);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8.execute'] },
    transferMode: 'ReportEvents',
  });
  return {
    stop: async () => {
      const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

export function formatHostile(name: string, f: HostileFigures): string {
  const one = (l: HostileLoad | string) =>
    typeof l === 'string'
      ? l
      : `longest task ${l.longestTaskMs.toFixed(0)} ms (${l.longTasks} long), load ${l.loadMs.toFixed(0)} ms${
          l.ours
            ? `; ours (traced): longest ${l.ours.ownMs.toFixed(0)} ms own / ${l.ours.longestMs.toFixed(0)} ms whole of ${l.ours.tasks} tasks, browser's own longest step after our start ${l.ours.renderingMs.toFixed(0)} ms (${l.ours.renderingStep})`
            : ''
        }`;
  return `  ${name.padEnd(11)} with: ${one(f.extension)}${typeof f.extension !== 'string' && f.extension.state ? ` [${f.extension.state}]` : ''}; without: ${one(f.plain)}`;
}

/** The whole row: a fresh extension browser and a plain one, the four pages, the corpus imported before the last. */
export async function runHostileRow(o: {
  extensionDir: string;
  vocabulary: MentionVocabulary;
  seed: number;
  log: (line: string) => void;
  /** The pages to load (all four by default). */
  pages?: readonly HostilePage[];
  /** The people file imported before corpus_5k (DEFAULT_PEOPLE). */
  people?: PeopleShape;
  /** Loads of each page per side (1). */
  loads?: number;
}): Promise<Partial<Record<HostilePage, HostileFigures>>> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { startFixtureServer } = await import('../../test/e2e/support/fixture-server');
  const { launchExtension } = await import('../lib/launch-extension');
  const { launchPlain } = await import('./launch-plain');
  const dir = mkdtempSync(join(tmpdir(), 'defence-lens-hostile-'));
  writeHostilePages(dir, o.vocabulary, o.seed, o.pages);
  const server = await startFixtureServer(dir);
  const ext = await launchExtension({ extensionDir: o.extensionDir });
  const plain = await launchPlain();
  const out: Partial<Record<HostilePage, HostileFigures>> = {};
  const failed = (error: unknown) => `failed: ${String(error).split('\n')[0]}`;
  try {
    for (const name of o.pages ?? HOSTILE_PAGES) {
      if (name === 'corpus_5k') {
        const people = o.people ?? DEFAULT_PEOPLE;
        o.log(`  importing ${people.count} people with ${people.aliases} aliases each: ${await importPeople(ext, people).catch(failed)}`);
      }
      const url = server.url(`${name}.html`);
      o.log(`hostile page ${name}…`);
      for (let load = 0; load < (o.loads ?? 1); load++) {
        const figures: HostileFigures = {
          extension: await measureHostileLoad(ext.context, url, true).catch(failed),
          plain: await measureHostileLoad(plain.context, url, false).catch(failed),
        };
        // Of several loads, the one whose task with the extension was longest (the target is about the worst).
        const longest = (f: HostileFigures | undefined) => (f && typeof f.extension !== 'string' ? f.extension.longestTaskMs : -1);
        if (!out[name] || longest(figures) > longest(out[name])) out[name] = figures;
        o.log(formatHostile(name, figures));
      }
    }
  } finally {
    await ext.close();
    await plain.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
