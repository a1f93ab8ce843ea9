import { describe, expect, it } from 'vitest';
import { handMadeCorpus, meeting } from './test-support/hand-made-corpus';
import { mentionAt, resolveText } from './test-support/resolve-text';

const withMore = () => {
  const corpus = handMadeCorpus();
  corpus.meetings.push(
    meeting('admm-plus-10', {
      series: 'ADMM-Plus',
      ordinal: 10,
      name: '10th ADMM-Plus',
      start: '2023-11-16',
      city: 'Jakarta',
      country: 'ID',
    }),
    meeting('admm-retreat-9', { series: 'ADMM-Retreat', ordinal: 9, name: '9th ADMM Retreat', start: '2015-03-16', country: 'MY' }),
    meeting('asean-us-2014', {
      series: 'ASEAN-US',
      name: "ASEAN-US Defense Ministers' Informal Meeting 2014",
      start: '2014-04-01',
      end: '2014-04-03',
      city: 'Honolulu',
      country: 'US',
    }),
  );
  return corpus;
};

const at = (text: string, day: string | null, phrase: string, corpus = withMore()) =>
  mentionAt(resolveText(text, day, corpus), text, phrase);

describe('meeting ordinals', () => {
  it('resolves "the 17th ADMM", "the 10th ADMM-Plus" and "the 9th ADMM Retreat"', () => {
    expect(at('It met at the 17th ADMM.', null, '17th')).toMatchObject({ id: 'admm-17', via: 'ordinal', text: '17th ADMM' });
    expect(at('It met at the 10th ADMM-Plus.', null, '10th')).toMatchObject({ id: 'admm-plus-10', via: 'ordinal', text: '10th ADMM-Plus' });
    expect(at('It met at the 9th ADMM Retreat.', null, '9th')).toMatchObject({ id: 'admm-retreat-9', via: 'ordinal' });
  });

  it('reads spelled-out ordinals and the long series name', () => {
    expect(at("the seventeenth ASEAN Defence Ministers' Meeting", null, 'seventeenth')?.id).toBe('admm-17');
    expect(at('the tenth ADMM Plus', null, 'tenth')?.id).toBe('admm-plus-10');
  });

  it('makes nothing of an ordinal the corpus does not hold', () => {
    expect(resolveText('the 25th ADMM', null, withMore()).filter((m) => m.kind === 'meeting')).toEqual([]);
  });

  it('does not read "10th ADMM-Plus" as the 10th ADMM', () => {
    expect(at('the 10th ADMM-Plus', null, '10th')?.id).not.toBe('admm-10');
  });
});

describe('meeting descriptions', () => {
  it('resolves "held last week in Hawaii" against the article date', () => {
    const text = "The ASEAN-US Defense Ministers' Informal Meeting held last week in Hawaii ended with steps.";
    const m = at(text, '2016-10-04', 'held last week');
    expect(m).toMatchObject({ id: 'asean-us-2016', via: 'description', kind: 'meeting' });
    expect(m?.text).toBe("ASEAN-US Defense Ministers' Informal Meeting held last week in Hawaii");
    expect(m?.candidates).toBeUndefined();
  });

  it('resolves the same words to the 2014 meeting in a 2014 article', () => {
    expect(at("The ASEAN-US Defense Ministers' Informal Meeting held last week in Hawaii", '2014-04-08', 'Informal')?.id).toBe(
      'asean-us-2014',
    );
  });

  it('leads the candidates with the meeting the page described earlier', () => {
    const corpus = withMore();
    corpus.meetings.push(
      meeting('asean-us-2023', {
        series: 'ASEAN-US',
        name: "ASEAN-US Defense Ministers' Informal Meeting 2023",
        start: '2023-11-16',
        city: 'Jakarta',
        country: 'ID',
      }),
    );
    const caption = 'Ministers pose before the informal meeting in Jakarta.';
    // Alone, the caption fits both Jakarta meetings of that week, the one nearest the article's date first.
    const alone = at(caption, '2023-11-16', 'informal meeting', corpus);
    expect(alone?.id).toBe('asean-us-2023');
    expect(alone?.candidates?.sort()).toEqual(['asean-japan-2023', 'asean-us-2023']);
    // After a paragraph about the ASEAN-Japan meeting, it means that one (the others stay as candidates).
    const story = `Defence ministers of ASEAN and Japan held an informal meeting in Jakarta on November 15. ${caption}`;
    const mentions = resolveText(story, '2023-11-16', corpus).filter((m) => m.via === 'description');
    expect(mentions.map((m) => m.id)).toEqual(['asean-japan-2023', 'asean-japan-2023']);
    expect(mentions[1]?.candidates).toContain('asean-us-2023');
  });

  it('lists candidates, not a silent pick, when the description fits several meetings', () => {
    const m = at("The ASEAN-US Defense Ministers' Informal Meeting in Hawaii was useful.", null, 'Informal');
    expect(m?.candidates?.sort()).toEqual(['asean-us-2014', 'asean-us-2016']);
  });

  it('resolves "an informal meeting on November 15 ... within the framework of the 17th ADMM"', () => {
    const text = 'Ministers held an informal meeting on November 15 within the framework of the 17th ADMM in Jakarta.';
    expect(at(text, '2023-11-16', 'informal meeting')).toMatchObject({ id: 'asean-japan-2023', via: 'description' });
    expect(at(text, '2023-11-16', '17th')?.id).toBe('admm-17');
  });

  it('resolves ASEAN and a partner named apart in the clause', () => {
    const text = 'Defence ministers from the ASEAN member states and Japan held an informal meeting on November 15 to talk.';
    expect(at(text, '2023-11-15', 'informal meeting')).toMatchObject({ id: 'asean-japan-2023', text: 'informal meeting on November 15' });
  });

  it('reads "last September" and "on November 15" against the article date', () => {
    const corpus = withMore();
    corpus.meetings.push(
      meeting('asean-us-2023', { series: 'ASEAN-US', name: 'ASEAN-US meeting 2023', start: '2023-09-10', country: 'ID' }),
    );
    expect(at('ASEAN and US ministers held talks last September.', '2023-11-15', 'talks', corpus)?.id).toBe('asean-us-2023');
    expect(at('ASEAN and US ministers held talks last September.', '2024-02-01', 'talks', corpus)?.id).toBe('asean-us-2023');
    expect(at('ASEAN and US ministers held talks last September.', '2024-11-01', 'talks', corpus)).toBeUndefined();
  });

  it('does not resolve a description with no partner and not informal ("the meeting last week")', () => {
    expect(resolveText('The ministers said the meeting last week in Jakarta was useful.', '2023-11-20', withMore())).toEqual([]);
  });

  it('does not resolve a partner description with no date, place or framework', () => {
    expect(resolveText('ASEAN and US ministers want more meetings.', '2016-10-04', withMore())).toEqual([]);
  });

  it('does not take a date that belongs to another event in the sentence', () => {
    const text = 'They recalled the ASEAN-US summit at Sunnylands in February 2016, and the ASEAN-US Summit in Laos in September.';
    expect(resolveText(text, '2016-10-04', withMore()).filter((m) => m.kind === 'meeting')).toEqual([]);
  });

  it('finds nothing when the dates do not fit any meeting', () => {
    expect(resolveText("The ASEAN-US Defense Ministers' Informal Meeting held last week in Hawaii", '2019-06-01', withMore())).toEqual([]);
  });
});
