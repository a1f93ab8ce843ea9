/**
 * `npm run scan` prints the article's date and where it came from, and `--date` overrides it
 * (issue 6's CLI-level checks; the same cases the e2e tests check in the browser).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface ScanOutput {
  date: string | null;
  dateSource: string;
  mentions: { text: string; id: string; via: string; flags: { type: string; message: string }[]; candidates?: string[] }[];
}

function scan(...args: string[]): ScanOutput {
  const out = execFileSync('node_modules/.bin/tsx', ['scripts/scan.ts', ...args], { encoding: 'utf8' });
  return JSON.parse(out) as ScanOutput;
}

// Each case starts `tsx` in a child process: seconds on a loaded machine, so the timeout is generous.
describe('npm run scan: article dates', { timeout: 60_000 }, () => {
  it('prints an inferred 2016 date for the Hawaii report, which has no date metadata', () => {
    const out = scan('test/fixtures/hawaii-informal-meeting.html');
    expect(out.dateSource).toBe('inferred');
    expect(out.date).toMatch(/^2016-/);
    expect(out.mentions.find((m) => m.text.includes('held last week in Hawaii'))?.id).toBe('asean-us-2016');
  });

  it('lets --date override the page date, and resolves relative dates against it', () => {
    const out = scan('test/fixtures/hawaii-informal-meeting.html', '--date', '2019-06-01');
    expect(out).toMatchObject({ date: '2019-06-01', dateSource: 'override' });
    // "last week" from June 2019 is not the 2016 meeting.
    expect(out.mentions.some((m) => m.id === 'asean-us-2016' && m.via === 'description')).toBe(false);
  });

  it('prints the meta date of the Jakarta report and resolves "Giang said"', () => {
    const out = scan('test/fixtures/jakarta-asean-japan.html');
    expect(out).toMatchObject({ date: '2023-11-15', dateSource: 'meta' });
    const giang = out.mentions.filter((m) => m.text === 'Giang');
    expect(giang.length).toBe(2);
    expect(giang.every((m) => m.id === 'phan-van-giang' && m.via === 'short-name')).toBe(true);
  });

  it('reads a place dateline with its year ("SINGAPORE, 20 October 2018 —") as the date line', () => {
    const out = scan('test/fixtures/eval/dates/39-singapore-full-dateline.txt');
    expect(out).toMatchObject({ date: '2018-10-20', dateSource: 'dateline' });
  });

  it('never dates a report from "the 1982 UN Convention on the Law of the Sea", so raises no office flag from it (issue 20)', () => {
    const out = scan('test/fixtures/eval/dates/01-jakarta-admm17-opens.txt');
    expect(out.date?.startsWith('1982') ?? false).toBe(false);
    expect(out.mentions.flatMap((m) => m.flags).filter((f) => f.type === 'not-in-office')).toEqual([]);
  });
});
