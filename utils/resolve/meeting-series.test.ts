import { describe, expect, it } from 'vitest';
import type { Corpus, Term } from '../corpus/schema';
import { findPartnerSeries } from './meeting-series-forms';
import { normaliseSeriesForm, resolverIndex } from './resolver-index';
import { handMadeCorpus, meeting } from './test-support/hand-made-corpus';
import { mentionAt, resolveText } from './test-support/resolve-text';

const term = (id: string, label: string, aliases: string[] = []): Term => ({
  id,
  label,
  aliases,
  caseSensitive: false,
  category: 'mechanism',
  definition: 'test',
  related: [],
  sources: [],
  unverified: [],
});

/** The hand-made corpus with two years of several series, the Retreat's term and a generic alias on one record. */
function seriesCorpus(): Corpus {
  const corpus = handMadeCorpus({ terms: [term('admm-retreat', 'ADMM Retreat', ["ASEAN Defence Ministers' Meeting Retreat"])] });
  const us2016 = corpus.meetings.find((m) => m.id === 'asean-us-2016');
  if (us2016) us2016.aliases.push("ASEAN-US Defense Ministers' Informal Meeting");
  corpus.meetings.push(
    meeting('asean-us-2023', {
      series: 'ASEAN-US',
      name: "ASEAN-US Defence Ministers' Informal Meeting 2023",
      start: '2023-11-15',
      country: 'ID',
    }),
    meeting('asean-japan-2016', {
      series: 'ASEAN-Japan',
      ordinal: 2,
      name: "2nd ASEAN-Japan Defence Ministers' Informal Meeting",
      start: '2016-11-16',
      country: 'LA',
    }),
    meeting('asean-japan-2019', {
      series: 'ASEAN-Japan',
      name: "ASEAN-Japan Defence Ministers' Informal Meeting 2019",
      start: '2019-11-17',
      country: 'TH',
    }),
    meeting('admm-retreat-2019', { series: 'ADMM-Retreat', name: 'ADMM Retreat 2019', start: '2019-11-17', country: 'TH' }),
    meeting('admm-retreat-2020', { series: 'ADMM-Retreat', name: 'ADMM Retreat 2020', start: '2020-02', city: 'Ha Noi', country: 'VN' }),
    meeting('admm-retreat-2024', { series: 'ADMM-Retreat', name: 'ADMM Retreat 2024', start: '2024-03-05', country: 'LA' }),
  );
  return corpus;
}

const meetingsIn = (text: string, day: string | null) =>
  resolveText(text, day, seriesCorpus()).filter((m) => m.kind === 'meeting' || m.id === 'admm-retreat');

describe('a series named without ordinal or year', () => {
  it('is the one meeting of the series the article reports on (within a few days)', () => {
    const text = 'The ministers met at the ADMM Retreat in Luang Prabang on Tuesday.';
    expect(mentionAt(resolveText(text, '2024-03-06', seriesCorpus()), text, 'ADMM Retreat')).toMatchObject({
      id: 'admm-retreat-2024',
      kind: 'meeting',
    });
  });

  it('stays the series term far from any meeting, or when the tense rules the meeting out', () => {
    const far = 'The ministers will meet at the ADMM Retreat.';
    expect(mentionAt(resolveText(far, '2023-06-01', seriesCorpus()), far, 'ADMM Retreat')).toMatchObject({
      id: 'admm-retreat',
      kind: 'term',
    });
    // Two days after the 2019 retreat, but "will": a later one, not the one just held.
    const future = 'Vietnam will host the ADMM Retreat.';
    expect(mentionAt(resolveText(future, '2019-11-19', seriesCorpus()), future, 'ADMM Retreat')?.id).toBe('admm-retreat');
  });

  it('moves a generic alias off the record it sits on, or drops it', () => {
    const text = "Austin attended the ASEAN-U.S. Defense Ministers' Informal Meeting today.";
    expect(mentionAt(resolveText(text, '2023-11-15', seriesCorpus()), text, 'Informal')?.id).toBe('asean-us-2023');
    // In 2020 no ASEAN-US meeting is near: not the 2016 record the alias sits on.
    expect(meetingsIn(text, '2020-05-01')).toEqual([]);
  });

  it('reads lists of partner series as one meeting each', () => {
    const text = 'In the afternoon they held the ASEAN-US and ASEAN-Japan informal meetings.';
    const found = meetingsIn(text, '2023-11-15');
    expect(found.map((m) => [m.text, m.id])).toEqual([
      ['ASEAN-US', 'asean-us-2023'],
      ['ASEAN-Japan informal meetings', 'asean-japan-2023'],
    ]);
    // A singular tail after a list would be one joint meeting: none of them.
    expect(meetingsIn('They held the ASEAN-US and ASEAN-Japan informal meeting.', '2023-11-15')).toEqual([]);
  });

  it('reads the partner first, spaced dashes and U.S.', () => {
    expect(meetingsIn('at a U.S.-ASEAN informal meeting on Friday', '2023-11-16')[0]?.id).toBe('asean-us-2023');
    expect(meetingsIn("the ASEAN - U.S., ASEAN - Japan Defence Ministers' Informal Meetings", '2019-11-17').map((m) => m.id)).toEqual([
      'asean-japan-2019',
    ]);
  });

  it('takes ordinals of partner series, spelled or in digits, and never against the record', () => {
    expect(meetingsIn("the second Japan-ASEAN Defence Ministers' Informal Meeting", null)[0]).toMatchObject({
      id: 'asean-japan-2016',
      via: 'ordinal',
    });
    // The 5th is not in the corpus; the meeting held that day has ordinal 2: no mention.
    expect(meetingsIn("the 5th ASEAN-Japan Defence Ministers' Informal Meeting", '2016-11-16')).toEqual([]);
  });

  it('does not split the Retreat at a parenthesised acronym', () => {
    const text = "He chaired the Asean Defence Ministers' Meeting (ADMM) Retreat yesterday.";
    const found = meetingsIn(text, '2019-11-18');
    expect(found.map((m) => [m.text, m.id])).toEqual([["Asean Defence Ministers' Meeting (ADMM) Retreat", 'admm-retreat-2019']]);
  });

  it('finds a dated Retreat by its place even without a partner, once it has begun', () => {
    const text = 'The year began with the ADMM Retreat in Ha Noi in February.';
    expect(mentionAt(resolveText(text, '2020-12-09', seriesCorpus()), text, 'ADMM Retreat')?.id).toBe('admm-retreat-2020');
    const plan = 'They will meet at the ADMM Retreat in Ha Noi in February.';
    expect(mentionAt(resolveText(plan, '2020-01-10', seriesCorpus()), plan, 'ADMM Retreat')?.id).toBe('admm-retreat');
  });

  it('reads a personal ordinal as the series term, not the first meeting', () => {
    const corpus = seriesCorpus();
    corpus.terms.push(term('admm-plus', 'ADMM-Plus'));
    corpus.meetings.push(
      meeting('admm-plus-1', {
        series: 'ADMM-Plus',
        ordinal: 1,
        name: '1st ADMM-Plus',
        aliases: ['First ADMM-Plus'],
        start: '2010-10-12',
        country: 'VN',
      }),
      meeting('admm-plus-2', { series: 'ADMM-Plus', ordinal: 2, name: '2nd ADMM-Plus', start: '2013-08-29', country: 'BN' }),
    );
    const text = 'It is the first ADMM-Plus for Ahn, and Koizumi attends his first ADMM-Plus as minister.';
    const found = resolveText(text, '2025-10-31', corpus).filter((m) => m.text.includes('ADMM'));
    expect(found.map((m) => [m.text, m.id])).toEqual([
      ['ADMM-Plus', 'admm-plus'],
      ['ADMM-Plus', 'admm-plus'],
    ]);
    const history = 'The first ADMM-Plus was held in Ha Noi.';
    expect(mentionAt(resolveText(history, '2025-10-31', corpus), history, 'first')?.id).toBe('admm-plus-1');
  });
});

describe('series forms', () => {
  it('normalise case, apostrophes, Defense, U.S. and the partner first to one key', () => {
    expect(normaliseSeriesForm("Japan-ASEAN Defense Ministers' Informal Meeting")).toBe(
      normaliseSeriesForm('ASEAN - Japan Defence Ministers’ informal meeting'),
    );
    expect(normaliseSeriesForm('U.S.-ASEAN informal meeting')).toBe('asean-us informal meeting');
  });

  it('need a meeting word and a sign it is the ministers\' (not "ASEAN-US relations")', () => {
    const index = resolverIndex(seriesCorpus());
    expect(findPartnerSeries('ASEAN-US relations and an ASEAN-Japan meeting of leaders', index)).toEqual([]);
  });
});
