/**
 * Precision and recall of `npm run scan` on the fixture pages against their hand-written expected
 * mentions (test/fixtures/expected/*.json). `npx tsx scripts/scan-accuracy.ts` prints the table.
 */
import { describe, expect, it } from 'vitest';
import { scoreFixtures, totalScore } from '../../scripts/lib/fixture-accuracy';

describe('scan accuracy on the fixture pages', () => {
  const scores = scoreFixtures();

  it('has expected mentions for the demo articles and the matching-rules page', () => {
    expect(scores.map((s) => s.fixture)).toEqual(
      expect.arrayContaining(['hawaii-informal-meeting.html', 'jakarta-asean-japan.html', 'matching-cases.html']),
    );
  });

  it('finds at least 90% of the expected mentions, and at least 90% of what it finds is expected', () => {
    const total = totalScore(scores);
    const report = scores.map((s) => ({ fixture: s.fixture, missed: s.missed, spurious: s.spurious }));
    expect(total.recall, JSON.stringify(report)).toBeGreaterThanOrEqual(0.9);
    expect(total.precision, JSON.stringify(report)).toBeGreaterThanOrEqual(0.9);
  });

  it('flags every recorded misspelling it was expected to flag', () => {
    for (const s of scores) expect(s.flagsRight, s.fixture).toBe(s.flagsExpected);
  });
});
