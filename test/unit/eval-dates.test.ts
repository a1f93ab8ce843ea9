/**
 * Floors from the article-date evaluation (`npm run eval`, scripts/eval/date-eval.ts), so that a
 * change to the date rules that dates more articles wrongly, or lets a guess raise a flag, fails here.
 * Figures when these floors were set: 34 of 43 within 3 days, 0 wrong, 0 false flags.
 */
import { describe, expect, it } from 'vitest';
import { DATE_FIXTURES, evaluateDates, loadDateFixtures, outcomeKind } from '../../scripts/eval/date-eval';
import { isPartialDate } from '../../utils/corpus/partial-date';

describe('article-date evaluation floors (issue 20)', { timeout: 180_000 }, () => {
  const fixtures = loadDateFixtures();

  it(`has at least 40 articles in ${DATE_FIXTURES}, each with a real true day`, () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    for (const f of fixtures) expect(f.expected.length === 10 && isPartialDate(f.expected), f.name).toBe(true);
  });

  it('dates at least 34 articles within 3 days, at most 2% wrongly, and raises no flag the true date would not', () => {
    const { outcomes, figures } = evaluateDates(fixtures);
    const wrong = outcomes.filter((o) => outcomeKind(o) === 'wrong').map((o) => `${o.name}: ${o.date.date} for ${o.expected}`);
    expect(wrong, 'dated wrongly').toEqual([]);
    expect(figures.wrong / figures.articles).toBeLessThanOrEqual(0.02);
    expect(figures.within).toBeGreaterThanOrEqual(34);
    expect(outcomes.flatMap((o) => o.falseFlags.map((f) => `${o.name} ${f}`))).toEqual([]);
  });

  it('keeps the trusted sources trusted: metadata, JSON-LD, header <time> and datelines date their fixtures exactly', () => {
    const { outcomes } = evaluateDates(fixtures.filter((f) => /meta|jsonld|time|dateline|published/.test(f.name)));
    const trusted = outcomes.filter((o) => o.date.source !== 'inferred');
    expect(trusted.length).toBeGreaterThanOrEqual(8);
    for (const o of trusted) expect(o.date.date, o.name).toBe(o.expected);
  });
});
