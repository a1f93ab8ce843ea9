import { describe, expect, it } from 'vitest';
import { type MeetingEvidence, meetingWindow, sentenceAround, speaksOfHistory, tenseNear } from './date-evidence';

const at = (text: string, phrase: string): [number, number] => {
  const start = text.indexOf(phrase);
  return [start, start + phrase.length];
};
const meeting = (text: string, phrase: string, from: string, to = from): MeetingEvidence => {
  const [start, end] = at(text, phrase);
  return { start, end, name: phrase, from, to };
};

describe('date evidence in a sentence', () => {
  it('finds the sentence around a span', () => {
    const text = 'First one. The 17th ADMM opened on Wednesday. Last one.';
    const s = sentenceAround(text, ...at(text, '17th ADMM'));
    expect(text.slice(s.start, s.end)).toBe('The 17th ADMM opened on Wednesday');
  });

  it('reads the tense nearest the mention', () => {
    const text = 'Ministers meet here today for the 11th ADMM-Plus, a day after the 18th ADMM wrapped up.';
    expect(tenseNear(text, ...at(text, '18th ADMM'))).toBe('past');
    expect(tenseNear('Malaysia will host the 19th ADMM.', ...at('Malaysia will host the 19th ADMM.', '19th ADMM'))).toBe('future');
    expect(tenseNear('The 19th ADMM.', 4, 13)).toBe('none');
  });

  it('knows a date of history', () => {
    const text = 'The treaty, signed on 24 February 1976, still guides the bloc.';
    expect(speaksOfHistory(text, ...at(text, '24 February 1976'))).toBe(true);
    const news = 'Ministers met on 15 November 2023.';
    expect(speaksOfHistory(news, ...at(news, '15 November 2023'))).toBe(false);
  });

  it('turns a meeting and its weekday into a week after it, or before it when announced', () => {
    const past = 'The 4th ADMM-Plus opened on Tuesday.';
    expect(meetingWindow(past, meeting(past, '4th ADMM-Plus', '2017-10-24'))).toMatchObject({
      from: '2017-10-24',
      to: '2017-10-30',
      afterEvent: true,
    });
    const future = 'Rajnath Singh will be in Jakarta from Thursday to attend the 10th ADMM-Plus.';
    expect(meetingWindow(future, meeting(future, '10th ADMM-Plus', '2023-11-16'))).toMatchObject({
      from: '2023-11-10',
      to: '2023-11-16',
      beforeEvent: true,
    });
  });

  it('picks the weekday that falls within a meeting of several days', () => {
    const text = 'Carter hosted the ASEAN-US meeting on Friday and Saturday.';
    expect(meetingWindow(text, meeting(text, 'ASEAN-US meeting', '2016-09-30', '2016-10-01'))).toMatchObject({ from: '2016-10-01' });
  });

  it('reads "today", "last week", "next week" and "this weekend" against the meeting', () => {
    const today = 'The 9th ADMM-Plus is being held here today.';
    expect(meetingWindow(today, meeting(today, '9th ADMM-Plus', '2022-11-23'))).toMatchObject({
      from: '2022-11-23',
      to: '2022-11-23',
      onEvent: true,
    });
    const weekend = 'Hegseth will attend the 12th ADMM-Plus this weekend.';
    expect(meetingWindow(weekend, meeting(weekend, '12th ADMM-Plus', '2025-11-01'))).toMatchObject({
      from: '2025-10-26',
      to: '2025-10-31',
    });
  });

  it('says nothing about a meeting named without tense or day', () => {
    const text = 'The 17th ADMM and its declaration.';
    expect(meetingWindow(text, meeting(text, '17th ADMM', '2023-11-15'))).toBeUndefined();
  });
});
