/**
 * `npm run scan -- <file.txt|file.html> [--date YYYY-MM-DD]`: the content script's pipeline on a
 * file, printing { date, dateSource, mentions } as JSON. Exit code 2 for bad input.
 */
import { readFileSync, statSync } from 'node:fs';
import { isPartialDate } from '../utils/corpus/partial-date';
import { scanSource } from './lib/scan-source';

function fail(message: string): never {
  console.error(`scan: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const dateAt = args.indexOf('--date');
const override = dateAt >= 0 ? args[dateAt + 1] : undefined;
const unknown = args.find((a) => a.startsWith('--') && a !== '--date');
if (unknown) fail(`unknown option ${unknown}; usage: npm run scan -- <file.txt|file.html> [--date YYYY-MM-DD]`);
const file = args.find((a, i) => !a.startsWith('--') && !(dateAt >= 0 && i === dateAt + 1));
if (!file) fail('usage: npm run scan -- <file.txt|file.html> [--date YYYY-MM-DD]');
if (dateAt >= 0 && (!override || !/^\d{4}-\d{2}-\d{2}$/.test(override) || !isPartialDate(override)))
  fail(`bad date "${override ?? ''}": use a real day as YYYY-MM-DD`);

let source: string;
try {
  if (!statSync(file).isFile()) fail(`not a file: ${file}`);
  source = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}
if (source.includes('\u0000')) fail(`${file} looks like a binary file, not text or HTML`);

const { text: _text, ...out } = scanSource({ source, fileName: file, date: override });
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
