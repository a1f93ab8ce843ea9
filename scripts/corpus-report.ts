/** `npm run corpus:report`: what the bundled corpus covers, and what it still lacks. */
import { loadBundledCorpus } from '../utils/corpus/bundled-corpus';
import { meetingGaps, publisherProblems, roleDateCounts, unexplainedUnverified, weakSources } from '../utils/corpus/check-corpus';
import { coverageReport } from '../utils/corpus/coverage';
import { NATIVE_SCRIPT_NOT_ASSESSED, nativeNameCoverage } from '../utils/corpus/native-names';

const corpus = loadBundledCorpus();
const r = coverageReport(corpus);
console.log('Counts:', r.counts);
console.log('Meetings by series:', r.meetingsBySeries);
console.log('Shortfalls against the targets:', r.shortfalls.length ? r.shortfalls : 'none');
console.log('Countries with no defence office yet:', r.countriesWithoutDefenceOffice.join(' ') || 'none');
console.log('Defence offices with a complete 2006-2025 timeline:', r.completeOffices.join(' ') || 'none');
console.log(`Timeline gaps (${r.gaps.length}):`);
for (const g of r.gaps) console.log(`  ${g}`);

const dates = roleDateCounts(corpus);
const pct = (n: number, of: number) => (of === 0 ? '-' : `${Math.round((100 * n) / of)}%`);
console.log(`Role dates verified: ${dates.total - dates.unverified} of ${dates.total} (${dates.unverified} unverified)`);
for (const [country, c] of Object.entries(dates.byCountry).sort(([a], [b]) => a.localeCompare(b)))
  console.log(`  ${country}: ${pct(c.total - c.unverified, c.total)} verified (${c.total - c.unverified} of ${c.total})`);

const weak = weakSources(corpus);
console.log(`Weak sources (mirrors, proxies, blogs, uploads): ${weak.weak.length} of ${weak.citations} citations`);
for (const w of weak.weak) console.log(`  ${w}`);
console.log(`Records resting only on weak sources (${weak.onlyWeak.length}):`, weak.onlyWeak.join(' ') || 'none');
const publishers = publisherProblems(corpus);
console.log(`Publishers that do not name the serving host (${publishers.length}):`);
for (const p of publishers) console.log(`  ${p}`);

const gaps = meetingGaps(corpus);
console.log(`Meetings missing a day, city, chair or attendees (${gaps.length}):`);
for (const g of gaps) console.log(`  ${g.id}: ${g.missing.join(', ')}`);
const native = nativeNameCoverage(corpus);
console.log(
  `Native-script names: ${native.withNative} of ${native.expected} people from countries with their own script (${pct(native.withNative, native.expected)})`,
);
for (const [country, c] of Object.entries(native.byCountry).sort(([a], [b]) => a.localeCompare(b)))
  console.log(`  ${country} (${c.script}): ${c.withNative} of ${c.people}${c.missing.length ? `; missing: ${c.missing.join(' ')}` : ''}`);
console.log(
  `  not expected: ${native.latinScript} people of Latin-script countries (their name is the native form); not assessed: ${native.notAssessed} (${NATIVE_SCRIPT_NOT_ASSESSED.join(' ')}: several scripts)`,
);
const unexplained = unexplainedUnverified(corpus);
console.log(`Unverified facts without a note (${unexplained.length})`);
console.log('Unverified facts:');
for (const u of r.unverified) console.log(`  ${u.id}: ${u.paths.join(', ')}`);
