/**
 * The names evaluation (issue 19) as a regression test: the set must stay as large and as varied
 * as the issue asks, and recognition must not fall below what the code reached when the floors
 * were set. Floors are the measured numbers rounded down a little; raise them as recognition
 * improves (`npm run eval` prints the current table).
 */
import { describe, expect, it } from 'vitest';
import { evaluateNames, loadNameFixtures } from '../../scripts/eval/name-eval';
import { MENTION_CLASSES, type MentionClass } from '../../scripts/lib/score-mentions';
import { loadBundledCorpus } from '../../utils/corpus/bundled-corpus';

/** The classes the issue lists; each needs at least ten expected mentions. */
const ISSUE_CLASSES = MENTION_CLASSES.filter((c) => c !== 'canonical' && c !== 'role');

/**
 * Measured on 2026-12-02 at 03:00 UTC (51 articles + 10 negatives, 597 expected mentions), after
 * initials read as a given name ("A.K. Anthony"), parts spelt as another of the person's own forms
 * counted as attested ("Prayut Chan-ocha"), and Korean eo/u romanisations of a long given name
 * beside a common family name ("Jeong Kyung-doo"), and short names after a longer form of address or
 * another part of the name ("Datuk Seri Najib", "Dr Ahmad Zahid"): recall 99.3%, precision 99.5%, flag recall and
 * precision 100% (18 of 18, none wrong), 0 of 69 traps hit. Floors are those numbers rounded down;
 * the flag floors are the issue's targets and must stay at 100%.
 */
const FLOORS = {
  recall: 0.99,
  precision: 0.99,
  flagRecall: 1,
  flagPrecision: 1,
  /** At most this many traps (namesakes, URLs) may get a mention. */
  trapsHit: 0,
};
const CLASS_RECALL_FLOORS: Record<MentionClass, number> = {
  canonical: 1,
  misspelling: 1,
  romanisation: 1,
  'name-order': 1,
  honorific: 1,
  rank: 1,
  'initial-suffix': 1,
  'short-form': 0.98,
  'chinese-rendering': 0.92,
  'meeting-form': 0.98,
  'term-form': 1,
  role: 1,
};

describe('the names evaluation set', () => {
  const fixtures = loadNameFixtures();
  const corpus = loadBundledCorpus();

  it('has at least 40 articles and 10 negative ones, each with an outlet and a date', () => {
    expect(fixtures.filter((f) => !f.negative).length).toBeGreaterThanOrEqual(40);
    expect(fixtures.filter((f) => f.negative).length).toBeGreaterThanOrEqual(10);
    for (const f of fixtures) {
      expect(f.outlet, f.fixture).toBeTruthy();
      expect(f.date, f.fixture).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('holds at least 400 expected mentions, ten of every class the issue lists, and 30 misspellings or variants', () => {
    const required = fixtures.flatMap((f) => f.mentions.filter((m) => !m.optional));
    expect(required.length).toBeGreaterThanOrEqual(400);
    for (const c of ISSUE_CLASSES) expect(required.filter((m) => m.class === c).length, c).toBeGreaterThanOrEqual(10);
    expect(required.filter((m) => m.flags?.includes('misspelling') || m.variant).length).toBeGreaterThanOrEqual(30);
    // Negative articles hold few or no expected mentions, and traps for the reader's namesakes.
    for (const f of fixtures.filter((x) => x.negative)) {
      expect(f.mentions.length, f.fixture).toBeLessThanOrEqual(2);
      expect(f.traps?.length ?? 0, f.fixture).toBeGreaterThanOrEqual(2);
    }
  });

  it('names only records of the bundled corpus, with their kind', () => {
    const kinds = new Map<string, string>([
      ...corpus.people.map((p) => [p.id, 'person'] as const),
      ...corpus.meetings.map((m) => [m.id, 'meeting'] as const),
      ...corpus.terms.map((t) => [t.id, t.category === 'organisation' ? 'organization' : 'term'] as const),
    ]);
    for (const f of fixtures)
      for (const m of f.mentions) expect(`${m.id}:${m.kind}`, `${f.fixture} "${m.text}"`).toBe(`${m.id}:${kinds.get(m.id)}`);
  });
});

describe('recognition on the names evaluation set', () => {
  const r = evaluateNames();
  const why = () => JSON.stringify({ missed: r.missed, spurious: r.spurious, wrongFlags: r.wrongFlags, trapsHit: r.trapsHit });

  it('keeps overall recall, precision and misspelling-flag recall and precision at their floors', () => {
    expect(r.overall.recall, why()).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(r.overall.precision, why()).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(r.overall.flagRecall, why()).toBeGreaterThanOrEqual(FLOORS.flagRecall);
    expect(r.overall.flagPrecision, why()).toBeGreaterThanOrEqual(FLOORS.flagPrecision);
    expect(r.trapsHit.length, why()).toBeLessThanOrEqual(FLOORS.trapsHit);
  });

  it.each(MENTION_CLASSES)('keeps the recall of %s at its floor', (c) => {
    expect(r.byClass[c].recall, JSON.stringify(r.missed[c])).toBeGreaterThanOrEqual(CLASS_RECALL_FLOORS[c]);
  });
});
