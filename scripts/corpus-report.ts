/** `npm run corpus:report`: what the bundled corpus covers, and what it still lacks. */
import { loadBundledCorpus } from '../utils/corpus/bundled-corpus';
import { coverageReport } from '../utils/corpus/coverage';

const r = coverageReport(loadBundledCorpus());
console.log('Counts:', r.counts);
console.log('Meetings by series:', r.meetingsBySeries);
console.log('Shortfalls against the targets:', r.shortfalls.length ? r.shortfalls : 'none');
console.log('Countries with no defence office yet:', r.countriesWithoutDefenceOffice.join(' ') || 'none');
console.log('Defence offices with a complete 2006-2025 timeline:', r.completeOffices.join(' ') || 'none');
console.log(`Timeline gaps (${r.gaps.length}):`);
for (const g of r.gaps) console.log(`  ${g}`);
console.log('Unverified facts:');
for (const u of r.unverified) console.log(`  ${u.id}: ${u.paths.join(', ')}`);
