/** `npm run scan`: the JSON it prints, and a clear message with exit code 2 for bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync('node_modules/.bin/tsx', ['scripts/scan.ts', ...args], { encoding: 'utf8' });

describe('npm run scan', () => {
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
