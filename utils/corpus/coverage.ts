/**
 * How far the corpus is from what the product promises (issue 4's targets): counts by kind and
 * series, defence offices per country and the gaps in their timelines. Printed by
 * `npm run corpus:report`; the tests check integrity, this reports completeness.
 */
import { timelineGaps } from './check-corpus';
import type { Corpus } from './schema';

export const TIMELINE_FROM = '2006-01-01';
export const TIMELINE_TO = '2025-12-31';
/** The ten ASEAN members, Timor-Leste and the eight ADMM-Plus partners. */
export const DEFENCE_COUNTRIES = [
  'BN',
  'KH',
  'ID',
  'LA',
  'MY',
  'MM',
  'PH',
  'SG',
  'TH',
  'VN',
  'TL',
  'US',
  'CN',
  'JP',
  'IN',
  'RU',
  'AU',
  'KR',
  'NZ',
];
export const TARGETS = { people: 150, meetings: 80, terms: 100 };

export interface CoverageReport {
  counts: { people: number; meetings: number; terms: number; offices: number; countries: number };
  meetingsBySeries: Record<string, number>;
  countriesWithoutDefenceOffice: string[];
  completeOffices: string[];
  gaps: string[];
  unverified: { id: string; paths: string[] }[];
  shortfalls: string[];
}

export function coverageReport(corpus: Corpus): CoverageReport {
  const meetingsBySeries: Record<string, number> = {};
  for (const m of corpus.meetings) meetingsBySeries[m.series] = (meetingsBySeries[m.series] ?? 0) + 1;
  const defence = corpus.offices.filter((o) => o.kind === 'defence');
  const gaps = defence.flatMap((o) => timelineGaps({ corpus, officeId: o.id, from: TIMELINE_FROM, to: TIMELINE_TO }));
  const counts = {
    people: corpus.people.length,
    meetings: corpus.meetings.length,
    terms: corpus.terms.length,
    offices: corpus.offices.length,
    countries: corpus.countries.length,
  };
  const shortfalls = (Object.keys(TARGETS) as (keyof typeof TARGETS)[])
    .filter((k) => counts[k] < TARGETS[k])
    .map((k) => `${k}: ${counts[k]} of ${TARGETS[k]}`);
  return {
    counts,
    meetingsBySeries,
    countriesWithoutDefenceOffice: DEFENCE_COUNTRIES.filter((c) => !defence.some((o) => o.country === c)),
    completeOffices: defence
      .filter((o) => timelineGaps({ corpus, officeId: o.id, from: TIMELINE_FROM, to: TIMELINE_TO }).length === 0)
      .map((o) => o.id),
    gaps,
    unverified: [...corpus.people, ...corpus.meetings, ...corpus.terms]
      .filter((r) => r.unverified.length > 0)
      .map((r) => ({ id: r.id, paths: r.unverified })),
    shortfalls,
  };
}
