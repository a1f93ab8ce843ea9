/**
 * `npm run scan -- <file.txt|file.html> [--date YYYY-MM-DD]`: the content script's pipeline on a
 * file, printing { date, dateSource, mentions } as JSON. Exit code 2 for bad input.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { loadBundledCorpus } from '../utils/corpus/bundled-corpus';
import { isPartialDate } from '../utils/corpus/schema';
import { extractBlocks } from '../utils/extract/extract-blocks';
import { joinBlocks } from '../utils/extract/page-text';
import { buildMatcherSnapshot } from '../utils/match/corpus-matcher';
import { loadMatcherSnapshot } from '../utils/match/matcher-snapshot';
import type { ArticleDate } from '../utils/match/mention';
import { analyseText } from '../utils/page/analyse-text';
import { detectArticleDate } from '../utils/resolve/article-date';

function fail(message: string): never {
  console.error(`scan: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const dateAt = args.indexOf('--date');
const override = dateAt >= 0 ? args[dateAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && !(dateAt >= 0 && i === dateAt + 1));
if (!file) fail('usage: npm run scan -- <file.txt|file.html> [--date YYYY-MM-DD]');
if (dateAt >= 0 && (!override || !/^\d{4}-\d{2}-\d{2}$/.test(override) || !isPartialDate(override)))
  fail(`bad date "${override ?? ''}": use YYYY-MM-DD`);

let source: string;
try {
  if (!statSync(file).isFile()) fail(`not a file: ${file}`);
  source = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}

const isHtml = ['.html', '.htm', '.xhtml'].includes(extname(file).toLowerCase()) || /^\s*<(!doctype|html)/i.test(source);
const { document } = parseHTML(isHtml ? source : `<!doctype html><html><body><pre-text></pre-text></body></html>`);
if (!isHtml) {
  // Plain text: each paragraph (blank-line separated) is a block.
  const body = document.body;
  body.textContent = '';
  for (const para of source.split(/\n\s*\n/)) {
    const p = document.createElement('p');
    p.textContent = para;
    body.appendChild(p);
  }
}

const page = joinBlocks(extractBlocks(document));
const date: ArticleDate = override ? { date: override, source: 'override' } : detectArticleDate(document, { text: page.text });
const corpus = loadBundledCorpus();
// The same path as the extension: the bundled corpus compiled to a snapshot, then loaded from it.
const matcher = loadMatcherSnapshot(buildMatcherSnapshot(corpus));
const mentions = analyseText({ page, matcher, corpus, date });

const out = {
  date: date.date,
  dateSource: date.source,
  mentions: mentions.map((m) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    kind: m.kind,
    id: m.id,
    name: m.name,
    via: m.via,
    flags: m.flags.map((f) => ({ type: f.type, message: f.message })),
    ...(m.candidates ? { candidates: m.candidates } : {}),
  })),
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
