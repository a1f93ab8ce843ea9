/**
 * The names evaluation of issue 19: every article under test/fixtures/eval/names/ goes through the
 * same pipeline as `npm run scan` (scripts/lib/scan-source.ts) and is scored against its
 * hand-written expected mentions (expected/<article>.json), overall and for each class of writing
 * (MENTION_CLASSES): recall, precision, and the recall and precision of misspelling flags.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scanSource } from '../lib/scan-source';
import { type ExpectedMention, MENTION_CLASSES, type MentionClass, matchMentions, type Trap } from '../lib/score-mentions';

export const EVAL_NAMES_DIR = resolve(import.meta.dirname, '../../test/fixtures/eval/names');

/** One expected-mentions file. */
export interface NameFixture {
  fixture: string;
  /** The outlet whose style the article follows (written in our own words). */
  outlet: string;
  /** The article's date, also given in its metadata or dateline. */
  date: string;
  /** An article about something else (sport, trade, namesakes): few or no expected mentions. */
  negative?: boolean;
  note?: string;
  mentions: ExpectedMention[];
  traps?: Trap[];
}

export interface ClassStats {
  expected: number;
  found: number;
  exact: number;
  /** Scanned mentions over an expected mention of the class with a wrong id, or a second one there. */
  falsePositives: number;
  flagsExpected: number;
  flagsRight: number;
  /** Misspelling flags raised on mentions of the class (right or wrong). */
  flagsRaised: number;
  recall: number;
  precision: number;
  flagRecall: number;
  flagPrecision: number;
}

export interface NameEval {
  fixtures: number;
  negatives: number;
  overall: ClassStats;
  byClass: Record<MentionClass, ClassStats>;
  traps: number;
  trapsHit: string[];
  /** Spurious mentions not over any expected mention or trap. */
  unattributed: string[];
  missed: Record<MentionClass, string[]>;
  spurious: string[];
  wrongFlags: string[];
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

function stats(s: Omit<ClassStats, 'recall' | 'precision' | 'flagRecall' | 'flagPrecision'>): ClassStats {
  return {
    ...s,
    recall: ratio(s.found, s.expected),
    precision: ratio(s.found, s.found + s.falsePositives),
    flagRecall: ratio(s.flagsRight, s.flagsExpected),
    flagPrecision: ratio(s.flagsRight, s.flagsRaised),
  };
}

export function loadNameFixtures(dir = EVAL_NAMES_DIR): NameFixture[] {
  const expectedDir = join(dir, 'expected');
  return readdirSync(expectedDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(expectedDir, f), 'utf8')) as NameFixture);
}

export function evaluateNames(dir = EVAL_NAMES_DIR): NameEval {
  const fixtures = loadNameFixtures(dir);
  const zero = () => ({ expected: 0, found: 0, exact: 0, falsePositives: 0, flagsExpected: 0, flagsRight: 0, flagsRaised: 0 });
  const all = zero();
  const per = Object.fromEntries(MENTION_CLASSES.map((c) => [c, zero()])) as Record<MentionClass, ReturnType<typeof zero>>;
  const missed = Object.fromEntries(MENTION_CLASSES.map((c) => [c, [] as string[]])) as Record<MentionClass, string[]>;
  const trapsHit: string[] = [];
  const unattributed: string[] = [];
  const spurious: string[] = [];
  const wrongFlags: string[] = [];
  let traps = 0;
  for (const f of fixtures) {
    const source = readFileSync(join(dir, f.fixture), 'utf8');
    // The article's date is given (and is in its metadata or dateline): dating is evaluated apart.
    const out = scanSource({ source, fileName: f.fixture, date: f.date });
    const m = matchMentions({ text: out.text, expected: f.mentions, scanned: out.mentions, traps: f.traps });
    traps += f.traps?.length ?? 0;
    for (const o of m.outcomes) {
      const c = o.expected.class ?? 'canonical';
      const wantFlag = !!o.expected.flags?.includes('misspelling');
      for (const s of [all, per[c]]) {
        s.expected++;
        if (o.found) s.found++;
        if (o.exact) s.exact++;
        if (wantFlag) s.flagsExpected++;
        if (wantFlag && o.flagged) s.flagsRight++;
        if (o.flagged) s.flagsRaised++;
      }
      if (!o.found) missed[c].push(`${f.fixture}: "${o.expected.text}" -> ${o.expected.id}`);
      else if (wantFlag !== o.flagged)
        wrongFlags.push(`${f.fixture}: "${o.expected.text}" -> ${o.expected.id} ${wantFlag ? 'not flagged' : 'flagged'}`);
    }
    for (const s of m.spurious) {
      all.falsePositives++;
      if (s.flagged) all.flagsRaised++;
      const label = `${f.fixture}: "${s.text}" -> ${s.id}${s.flagged ? ' (flagged)' : ''}`;
      spurious.push(label);
      if (s.over && s.over !== 'trap') {
        per[s.over].falsePositives++;
        if (s.flagged) per[s.over].flagsRaised++;
      } else if (!s.over) unattributed.push(label);
    }
    for (const s of m.wrongOptionalFlags) {
      all.flagsRaised++;
      if (s.over && s.over !== 'trap') per[s.over].flagsRaised++;
      wrongFlags.push(`${f.fixture}: "${s.text}" -> ${s.id} flagged (optional)`);
    }
    for (const t of m.trapsHit) trapsHit.push(`${f.fixture}: "${t}"`);
  }
  return {
    fixtures: fixtures.length,
    negatives: fixtures.filter((f) => f.negative).length,
    overall: stats(all),
    byClass: Object.fromEntries(MENTION_CLASSES.map((c) => [c, stats(per[c])])) as Record<MentionClass, ClassStats>,
    traps,
    trapsHit,
    unattributed,
    missed,
    spurious,
    wrongFlags,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The table `npm run eval` prints, with the misses of each class after it. */
export function formatNameEval(r: NameEval, { examples = 4 }: { examples?: number } = {}): string {
  const lines = [
    `${r.fixtures} articles (${r.negatives} negative), ${r.overall.expected} expected mentions, ${r.overall.flagsExpected} to be flagged as misspellings, ${r.traps} traps`,
    '',
    '| class | expected | found | recall | wrong | precision | exact spans | flags wanted | flags right | flag recall | flags raised | flag precision |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const row = (name: string, s: ClassStats) =>
    `| ${name} | ${s.expected} | ${s.found} | ${pct(s.recall)} | ${s.falsePositives} | ${pct(s.precision)} | ${s.exact}/${s.found} | ${s.flagsExpected} | ${s.flagsRight} | ${s.flagsExpected ? pct(s.flagRecall) : '–'} | ${s.flagsRaised} | ${s.flagsRaised ? pct(s.flagPrecision) : '–'} |`;
  for (const c of MENTION_CLASSES) lines.push(row(c, r.byClass[c]));
  lines.push(row('**all**', r.overall));
  lines.push(
    '',
    `Traps hit: ${r.trapsHit.length}/${r.traps}${r.trapsHit.length ? ` (${r.trapsHit.slice(0, examples * 2).join('; ')})` : ''}`,
  );
  lines.push(
    `Spurious outside any expected mention: ${r.unattributed.length}${r.unattributed.length ? ` (${r.unattributed.slice(0, examples * 2).join('; ')})` : ''}`,
  );
  if (r.wrongFlags.length)
    lines.push(`Wrong or missing flags on found mentions: ${r.wrongFlags.length} (${r.wrongFlags.slice(0, examples * 2).join('; ')})`);
  const worst = MENTION_CLASSES.filter((c) => r.missed[c].length).sort((a, b) => r.byClass[a].recall - r.byClass[b].recall);
  if (worst.length) lines.push('', 'Missed, worst class first:');
  for (const c of worst) {
    const m = r.missed[c];
    lines.push(`- ${c} (${m.length}): ${m.slice(0, examples).join('; ')}${m.length > examples ? '; …' : ''}`);
  }
  return lines.join('\n');
}

/** The section of `npm run eval` (scripts/eval/run.ts). */
export const nameEvalSection = {
  title: 'Names, meetings and terms as real articles write them (issue 19)',
  report: () => formatNameEval(evaluateNames()),
};
