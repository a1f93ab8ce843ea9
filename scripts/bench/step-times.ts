/**
 * `npx tsx scripts/bench/step-times.ts [--chars 50000000] [--news 5mb]`: the page pipeline stepped as
 * the content script steps it, in Node on one hostile page's text (measure-hostile.ts) or the bench's
 * generated news page (`--news`, its paragraphs roughly extracted), printing
 * the longest stretches between two pause points (CPU time), by stage. A quick way to find work that does not
 * yield (the browser's tasks also hold the DOM work, so read these as a lower bound).
 */
import { parseArgs } from 'node:util';
import { loadBundledCorpus } from '../../utils/corpus/bundled-corpus';
import type { TextBlock } from '../../utils/extract/extract-blocks';
import { joinBlocks } from '../../utils/extract/page-text';
import { buildMatcherSnapshot } from '../../utils/match/corpus-matcher';
import { loadMatcherSnapshot } from '../../utils/match/matcher-snapshot';
import { pagePipeline } from '../../utils/pipeline/page-pipeline';
import { detectArticleDate, pageMeetingEvidence } from '../../utils/resolve/article-date';
import { englishWords } from '../lib/english-words';
import { newsPageOfSize } from './interleave-builds';
import { hostileText } from './measure-hostile';

const { values: args } = parseArgs({
  options: { chars: { type: 'string', default: '50000000' }, top: { type: 'string', default: '8' }, news: { type: 'string' } },
});
const block = (text: string): TextBlock => ({ text, nodes: [{ data: text } as unknown as Text], starts: [0] });
/** The bench's generated news page (`--news 1mb|5mb`) as blocks: its paragraphs and headings with the tags taken out (a rough extraction, enough to time the stages). */
const newsBlocks = (size: string): TextBlock[] =>
  (newsPageOfSize(size, 20231116).match(/<(p|h[1-6]|li|figcaption|td)\b[^>]*>[\s\S]*?<\/\1>/g) ?? []).map((html) =>
    block(
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'"),
    ),
  );
const blocks: TextBlock[] = args.news ? newsBlocks(args.news) : [block('Defence news'), block(hostileText(Number(args.chars), 20231116))];
const text = blocks.map((b) => b.text).join('\n');
const corpus = loadBundledCorpus();
const matcher = loadMatcherSnapshot(buildMatcherSnapshot(corpus, { words: englishWords() }));
// CPU time, not wall time: on a shared machine the wall clock mostly measures the others.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t = cpuMs();
const page = joinBlocks(blocks);
const steps: { stage: string; ms: number }[] = [{ stage: 'joinBlocks', ms: cpuMs() - t }];
const doc = { querySelector: () => null, querySelectorAll: () => [], body: null } as unknown as Document;
let mentions = 0;
t = cpuMs();
for (const step of pagePipeline({
  page,
  matcher,
  corpus,
  date: ({ matches, scans }) =>
    detectArticleDate(doc, {
      text: page.text,
      meetings: pageMeetingEvidence({ text: page.text, matches, corpus, ordinals: scans.ordinals }),
      findExpressions: () => scans.expressions,
      dateline: scans.dateline,
    }),
})) {
  const now = cpuMs();
  steps.push({ stage: step.stage, ms: now - t });
  mentions += step.mentions?.length ?? 0;
  t = cpuMs();
}
const byStage = new Map<string, { n: number; max: number; total: number }>();
for (const s of steps) {
  const e = byStage.get(s.stage) ?? { n: 0, max: 0, total: 0 };
  e.n++;
  e.max = Math.max(e.max, s.ms);
  e.total += s.ms;
  byStage.set(s.stage, e);
}
console.log(`${text.length} chars, ${mentions} mentions`);
for (const [stage, e] of byStage) {
  const times = steps.filter((s) => s.stage === stage).map((s) => s.ms);
  const top = [...times]
    .sort((a, b) => b - a)
    .slice(0, 3)
    .map((ms) => `${ms.toFixed(1)} (#${times.indexOf(ms)})`);
  console.log(`${stage.padEnd(20)} ${e.n} steps, total ${e.total.toFixed(0)} ms; longest ${top.join(', ')}`);
}
