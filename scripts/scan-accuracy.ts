/**
 * `npx tsx scripts/scan-accuracy.ts`: precision and recall of `npm run scan` on the fixture pages
 * against their hand-written expected mentions (test/fixtures/expected/*.json).
 */
import { scoreFixtures, totalScore } from './lib/fixture-accuracy';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const scores = scoreFixtures();
console.log('| fixture | TP | FP | FN | precision | recall | exact spans | flags right |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const s of scores)
  console.log(
    `| ${s.fixture} | ${s.truePositives} | ${s.falsePositives} | ${s.falseNegatives} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.exactSpans}/${s.truePositives} | ${s.flagsRight}/${s.flagsExpected} |`,
  );
const t = totalScore(scores);
console.log(`| all | ${t.truePositives} | ${t.falsePositives} | ${t.falseNegatives} | ${pct(t.precision)} | ${pct(t.recall)} | | |`);
for (const s of scores) {
  if (s.missed.length) console.log(`${s.fixture} missed: ${s.missed.join('; ')}`);
  if (s.spurious.length) console.log(`${s.fixture} spurious: ${s.spurious.join('; ')}`);
}
