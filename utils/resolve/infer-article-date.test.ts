import { describe, expect, it } from 'vitest';
import type { MeetingEvidence } from './date-evidence';
import { inferArticleDate } from './infer-article-date';

const NOW = new Date('2026-06-01T12:00:00Z');
/** A meeting mention at the first occurrence of `phrase`, with the corpus's days. */
const meeting = (text: string, phrase: string, from: string, to = from): MeetingEvidence => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, name: phrase, from, to };
};
const infer = (text: string, meetings: MeetingEvidence[] = []) => inferArticleDate({ text, now: NOW, meetings });

describe('inferArticleDate: dates only from evidence that supports them (issue 20)', () => {
  it('never dates an article from a treaty, a founding year, a plan or a year alone', () => {
    expect(infer('Ministers cited the 1982 UN Convention on the Law of the Sea. ASEAN was founded in 1967.')).toBeNull();
    expect(infer('The bloc aims to finish a maritime code by 2030 and to build its community by 2045.')).toBeNull();
    expect(infer('In 2018 the ministers may meet again. The plan agreed in March 2019 runs to 2040.')).toBeNull();
  });

  it('does not take a date that speaks of history, even with day and month', () => {
    expect(infer('He praised the Treaty of Amity and Cooperation, signed on 24 February 1976.')).toBeNull();
    expect(infer('ASEAN marks the anniversary of its founding in Bangkok on 8 August 1967.')).toBeNull();
  });

  it('dates from a year-explicit date at the top with high confidence, in the body with medium', () => {
    expect(infer('Ministers met in Jakarta on 15 November 2023 to adopt a declaration.')).toMatchObject({
      date: '2023-11-16',
      confidence: 'high',
    });
    const body = `${'Background on the talks. '.repeat(15)}The ministers met on 15 November 2023.`;
    expect(infer(body)).toMatchObject({ date: '2023-11-16', confidence: 'medium' });
  });

  it('reads a corpus meeting with its weekday: reported as done, or announced', () => {
    const past = 'The 17th ADMM opened in Jakarta on Wednesday under Indonesia’s chair.';
    expect(infer(past, [meeting(past, '17th ADMM', '2023-11-15')])).toMatchObject({ date: '2023-11-16', confidence: 'medium' });
    const both = `${past} The 10th ADMM-Plus follows on Thursday.`;
    const result = infer(both, [meeting(both, '17th ADMM', '2023-11-15'), meeting(both, '10th ADMM-Plus', '2023-11-16')]);
    expect(result).toMatchObject({ date: '2023-11-16', range: { from: '2023-11-15', to: '2023-11-16' } });
  });

  it('ignores a weekday the meeting was not held on', () => {
    const text = 'The 17th ADMM was held on Monday.';
    // 15 November 2023 was a Wednesday: "Monday" is about something else, and "held" only bounds the date below.
    expect(infer(text, [meeting(text, '17th ADMM', '2023-11-15')])).toBeNull();
  });

  it('gives a low-confidence date with its range for "last week" and "next week"', () => {
    const text = 'Last week’s 17th ADMM in Jakarta ended with a declaration.';
    expect(infer(text, [meeting(text, '17th ADMM', '2023-11-15')])).toMatchObject({
      confidence: 'low',
      range: { from: '2023-11-16', to: '2023-11-28' },
    });
    const ahead = 'Malaysia will host the 19th ADMM next week.';
    expect(infer(ahead, [meeting(ahead, '19th ADMM', '2025-10-31')])).toMatchObject({
      confidence: 'low',
      range: { from: '2025-10-18', to: '2025-10-30' },
    });
  });

  it('lets a reported meeting outweigh an older full date (a report cannot predate what it reports)', () => {
    const text = 'Three decades after the accords of 23 October 1991, Cambodia hosted the 16th ADMM on Wednesday.';
    expect(infer(text, [meeting(text, '16th ADMM', '2022-06-22')])).toMatchObject({ date: '2022-06-23' });
    const late = 'Ministers met on 2 March 2023. Later the 17th ADMM was held on Wednesday.';
    expect(infer(late, [meeting(late, '17th ADMM', '2023-11-15')])?.date).toBe('2023-11-16');
  });

  it('takes the year of a yearless dateline from the meetings it reports', () => {
    const text = 'KUALA LUMPUR, Nov 15 — Malaysia attends the 17th ADMM in Jakarta.';
    const result = inferArticleDate({
      text,
      now: NOW,
      meetings: [meeting(text, '17th ADMM', '2023-11-15')],
      yearlessDateline: { month: 11, day: 15, text: 'KUALA LUMPUR, Nov 15 —' },
    });
    expect(result).toMatchObject({ date: '2023-11-15', confidence: 'high' });
    // Without any event to give the year, the dateline alone dates nothing.
    expect(
      inferArticleDate({ text: 'KUALA LUMPUR, Nov 15 — Talks.', now: NOW, yearlessDateline: { month: 11, day: 15, text: '' } }),
    ).toBeNull();
  });

  it('never returns a day after today', () => {
    expect(infer('Ministers met on 31 May 2026.')?.date).toBe('2026-06-01');
    expect(infer('Ministers will meet on 15 November 2026.')).toBeNull();
  });
});
