/**
 * `npx tsx scripts/bench/highlight-scope.ts [--rounds 5]`: what adopting the marks' stylesheet costs
 * on the 200,000-element hostile page (measure-hostile.ts's nodes_200k), for each way of writing its
 * rules, in plain Chromium without the extension (issue 21). Each load registers one highlight over
 * the page's first mention, then adopts a sheet of 13 rules in the given form and forces the style
 * update: the figure is that forced update (ms), and the longest long task of the next two frames.
 * Forms are loaded in turn, round after round, so that the machine's load falls on all alike. It
 * also reads the highlight's computed style on a deep `<span>`, which says whether a form still
 * styles the marks (through highlight inheritance).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startFixtureServer } from '../../test/e2e/support/fixture-server';
import { launchPlain } from './launch-plain';
import { writeHostilePages } from './measure-hostile';
import { loadMentionVocabulary } from './mention-vocabulary';
import { OBSERVE_FROM_START } from './page-probes';

const FORMS: Record<string, (name: string) => string> = {
  none: () => '',
  universal: (n) => `::highlight(${n}) { text-decoration-line: underline; text-decoration-color: #3b82f6; }`,
  root: (n) => `:root::highlight(${n}) { text-decoration-line: underline; text-decoration-color: #3b82f6; }`,
  html: (n) => `html::highlight(${n}) { text-decoration-line: underline; text-decoration-color: #3b82f6; }`,
  body: (n) => `body::highlight(${n}) { text-decoration-line: underline; text-decoration-color: #3b82f6; }`,
  'universal-1': (n) => (n === 'h0xq' ? `::highlight(${n}) { text-decoration-line: underline; text-decoration-color: #3b82f6; }` : ''),
  'root-1': (n) => (n === 'h0xq' ? `:root::highlight(${n}) { text-decoration-line: underline; text-decoration-color: #3b82f6; }` : ''),
  'root-host': (n) => `:root::highlight(${n}), :host::highlight(${n}) { text-decoration-line: underline; text-decoration-color: #3b82f6; }`,
};

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, forms: { type: 'string' } } });
const forms = args.forms ? args.forms.split(',') : Object.keys(FORMS);
const dir = mkdtempSync(join(tmpdir(), 'defence-lens-highlight-scope-'));
writeHostilePages(dir, loadMentionVocabulary(), 20231116, ['nodes_200k']);
const server = await startFixtureServer(dir);
const plain = await launchPlain();
const results = new Map<string, { forced: number[]; longest: number[]; cpu: number[]; recalc: number[]; styled: string }>();
try {
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const form of forms) {
      const make = FORMS[form];
      if (!make) throw new Error(`unknown form ${form}`);
      const tab = await plain.context.newPage();
      await tab.addInitScript(OBSERVE_FROM_START);
      await tab.goto(server.url('nodes_200k.html'), { waitUntil: 'load', timeout: 180_000 });
      await tab.waitForTimeout(1500);
      const rules = Array.from({ length: 13 }, (_, i) => make(`h${i}xq`)).join('\n');
      const cdp = await plain.context.newCDPSession(tab);
      await cdp.send('Performance.enable');
      const metrics = async () => {
        const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
        const get = (name: string) => m.find((x) => x.name === name)?.value ?? Number.NaN;
        return { thread: get('ThreadTime') * 1000, recalc: get('RecalcStyleDuration') * 1000 };
      };
      await tab.evaluate(async () => {
        const span = [...document.querySelectorAll('span')].find((s) => /[A-Z]/.test(s.textContent ?? '')) as HTMLSpanElement;
        const range = document.createRange();
        range.selectNodeContents(span);
        const H = (globalThis as unknown as { Highlight: new (r: Range) => unknown }).Highlight;
        (CSS as unknown as { highlights: Map<string, unknown> }).highlights.set('h0xq', new H(range));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      });
      const before = await metrics();
      const figure = await tab.evaluate(async (css) => {
        const bench = (window as unknown as { __defenceLensBench: { longTasks: { start: number; duration: number }[] } })
          .__defenceLensBench;
        const span = [...document.querySelectorAll('span')].find((s) => /[A-Z]/.test(s.textContent ?? '')) as HTMLSpanElement;
        const from = performance.now();
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        void document.body.offsetHeight;
        const forced = performance.now() - from;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))));
        const longest = bench.longTasks.filter((t) => t.start + t.duration > from).reduce((m, t) => Math.max(m, t.duration), 0);
        const styled = getComputedStyle(span, '::highlight(h0xq)').textDecorationLine;
        return { forced, longest, styled };
      }, rules);
      const after = await metrics();
      await tab.close();
      const r = results.get(form) ?? { forced: [], longest: [], cpu: [], recalc: [], styled: figure.styled };
      r.cpu.push(after.thread - before.thread);
      r.recalc.push(after.recalc - before.recalc);
      r.forced.push(figure.forced);
      r.longest.push(figure.longest);
      results.set(form, r);
      console.log(
        `round ${round + 1} ${form.padEnd(11)} main-thread CPU ${(after.thread - before.thread).toFixed(0)} ms, style recalc ${(after.recalc - before.recalc).toFixed(0)} ms, forced ${figure.forced.toFixed(1)} ms, longest task after ${figure.longest.toFixed(0)} ms, deep span ${figure.styled}`,
      );
    }
  }
} finally {
  await plain.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
console.log(
  `\nmedians (load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}):`,
);
for (const [form, r] of results)
  console.log(
    `  ${form.padEnd(11)} main-thread CPU ${median(r.cpu).toFixed(0)} ms, style recalc ${median(r.recalc).toFixed(0)} ms, forced style ${median(r.forced).toFixed(1)} ms, longest task after ${median(r.longest).toFixed(0)} ms, deep span: ${r.styled}`,
  );
