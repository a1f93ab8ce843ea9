/**
 * Runs the scan pipeline on every fixture that has an expected-mentions file and scores it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scanSource } from './scan-source';
import { type ExpectedMention, type Score, scoreMentions } from './score-mentions';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../test/fixtures');

export interface FixtureScore extends Score {
  fixture: string;
}

export function scoreFixtures(dir = FIXTURES_DIR): FixtureScore[] {
  const expectedDir = join(dir, 'expected');
  return readdirSync(expectedDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const { fixture, mentions } = JSON.parse(readFileSync(join(expectedDir, f), 'utf8')) as {
        fixture: string;
        mentions: ExpectedMention[];
      };
      const source = readFileSync(join(dir, fixture), 'utf8');
      const out = scanSource({ source, fileName: fixture });
      return { fixture, ...scoreMentions({ text: out.text, expected: mentions, scanned: out.mentions }) };
    });
}

/** Micro-averaged totals over all fixtures. */
export function totalScore(
  scores: readonly Score[],
): Pick<Score, 'truePositives' | 'falsePositives' | 'falseNegatives' | 'precision' | 'recall'> {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives, 0);
  const fn = scores.reduce((n, s) => n + s.falseNegatives, 0);
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
  };
}
