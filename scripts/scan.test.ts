/** `npm run scan`: the JSON it prints, and a clear message with exit code 2 for bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanSource } from './lib/scan-source';

const run = (...args: string[]) => spawnSync('node_modules/.bin/tsx', ['scripts/scan.ts', ...args], { encoding: 'utf8' });

// Each test but the in-process ones spawns tsx, which takes seconds on a loaded machine.
describe('npm run scan', { timeout: 60_000 }, () => {
  it('prints start/end offsets into the extracted text, kinds, ids, canonical names and flags', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const file = join(dir, 'note.txt');
    const text = 'Aston Carter met Ng Eng Hen.\n\nThe ADMM-Plus met in 2016.';
    writeFileSync(file, text);
    const r = run(file, '--date', '2016-06-01');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.date).toBe('2016-06-01');
    const extracted = 'Aston Carter met Ng Eng Hen.\n\nThe ADMM-Plus met in 2016.';
    for (const m of out.mentions) expect(extracted.slice(m.start, m.end)).toBe(m.text);
    expect(out.mentions.map((m: { id: string; kind: string; name: string }) => [m.id, m.kind, m.name])).toEqual([
      ['ashton-carter', 'person', 'Ashton Carter'],
      ['ng-eng-hen', 'person', 'Ng Eng Hen'],
      ['admm-plus', 'term', 'ADMM-Plus'],
    ]);
    expect(out.mentions[0].flags[0]).toMatchObject({ type: 'misspelling' });
  });

  // Each input holds the same three mentions after white space the scanner does not keep: offsets
  // must index the input itself, not the scanner's joined text.
  const ODD_WHITE_SPACE: [string, string][] = [
    ['three blank lines', 'Intro line.\n\n\n\nAston Carter met Ng Eng Hen.\n\n\n\nThe ADMM-Plus met in 2016.'],
    ['lines of spaces only', 'Intro.\n   \n  \nAston Carter met Ng Eng Hen.\n \t \nThe ADMM-Plus met in 2016.'],
    ['CRLF line ends', 'Intro.\r\n\r\nAston Carter met\r\nNg Eng Hen.\r\n\r\n\r\nThe ADMM-Plus met in 2016.\r\n'],
    ['tabs and leading space', '\tIntro.\n\n\t  Aston Carter met Ng\tEng Hen.\n\n\n   The ADMM-Plus met in 2016.\t\n'],
    ['blank start and end', '\n\n\n  \nAston Carter met Ng Eng Hen.\n\n\n\n\nThe ADMM-Plus met in 2016.\n\n\n'],
  ];

  it.each(ODD_WHITE_SPACE)('indexes the input exactly after %s', (_, input) => {
    const out = scanSource({ source: input, fileName: 'note.txt', date: '2016-06-01' });
    expect(out.mentions.map((m) => m.id)).toEqual(['ashton-carter', 'ng-eng-hen', 'admm-plus']);
    for (const m of out.mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
    // The text is the name as written in the input, white space included.
    expect(out.mentions[0]?.text).toBe('Aston Carter');
    expect(out.mentions[1]?.text.replace(/\s+/g, ' ')).toBe('Ng Eng Hen');
    expect(out.mentions[2]?.text).toBe('ADMM-Plus');
  });

  it('prints offsets into the file itself on the command line, CRLF and blank runs included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const file = join(dir, 'crlf.txt');
    const input = 'Note.\r\n\r\n\r\n\r\n   \r\nAston Carter met Ng Eng Hen.\r\n\r\n\t\r\nThe ADMM-Plus met in 2016.\r\n';
    writeFileSync(file, input);
    const r = run(file, '--date', '2016-06-01');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { mentions: { start: number; end: number; text: string }[] };
    expect(out.mentions).toHaveLength(3);
    for (const m of out.mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([
    [['test/fixtures/does-not-exist.html'], /cannot read .*ENOENT/],
    [['test/fixtures'], /not a file/],
    [['test/fixtures/hawaii-informal-meeting.html', '--date', '2023-02-30'], /bad date/],
    [['test/fixtures/hawaii-informal-meeting.html', '--date', 'yesterday'], /bad date/],
    [['test/fixtures/hawaii-informal-meeting.html', '--date'], /bad date/],
    [[], /usage/],
    [['test/fixtures/hawaii-informal-meeting.html', '--dates', '2023-01-01'], /unknown option/],
  ])('%j fails with exit code 2 and says why', (args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('refuses a binary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const file = join(dir, 'image.html');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const r = run(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/binary/);
  });
});
