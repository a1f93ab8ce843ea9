import { describe, expect, it } from 'vitest';
import { handMadeCorpus, office, person, role } from './test-support/hand-made-corpus';
import { mentionAt, resolveText } from './test-support/resolve-text';

const roleMention = (text: string, day: string | null, phrase: string, corpus = handMadeCorpus()) =>
  mentionAt(resolveText(text, day, corpus), text, phrase);

describe('time-aware roles', () => {
  it('resolves "Japanese Defence Minister" to the holder on the article date', () => {
    const m = roleMention('The Japanese Defence Minister said Tokyo backs ASEAN.', '2023-11-15', 'Japanese Defence Minister');
    expect(m).toMatchObject({ id: 'minoru-kihara', via: 'role', kind: 'person', text: 'Japanese Defence Minister' });
  });

  it('resolves lower-case "the US defense secretary"', () => {
    const m = roleMention('Officials said the US defense secretary would travel.', '2016-09-30', 'US defense secretary');
    expect(m).toMatchObject({ id: 'ashton-carter', via: 'role' });
  });

  it('resolves possessive forms: "Vietnam\'s Minister of National Defence", "Singapore\'s Defence Minister"', () => {
    expect(roleMention("Vietnam's Minister of National Defence spoke.", '2023-11-15', 'Vietnam')?.id).toBe('phan-van-giang');
    expect(roleMention("Singapore's Defence Minister spoke.", '2016-09-30', 'Singapore')?.id).toBe('ng-eng-hen');
  });

  it('resolves a stand-alone title: "the Pentagon chief"', () => {
    expect(roleMention('Later the Pentagon chief left.', '2016-09-30', 'Pentagon chief')).toMatchObject({
      id: 'ashton-carter',
      via: 'role',
    });
  });

  it('follows the date: the same phrase names someone else in another year', () => {
    const corpus = handMadeCorpus();
    corpus.people.push(
      person('gen-nakatani', 'Gen Nakatani', 'JP', [role('jp-minister-of-defense', 'Minister of Defense', '2014-12-24', '2016-08-03')]),
    );
    expect(roleMention('The Japanese Defence Minister spoke.', '2015-06-01', 'Japanese', corpus)?.id).toBe('gen-nakatani');
    expect(roleMention('The Japanese Defence Minister spoke.', '2023-11-15', 'Japanese', corpus)?.id).toBe('minoru-kihara');
  });

  it('drops a role phrase when nobody in the corpus held the office on that date', () => {
    expect(resolveText('The Japanese Defence Minister spoke.', '2019-01-01')).toEqual([]);
  });

  it('drops a role phrase when the article has no date', () => {
    expect(resolveText('The Japanese Defence Minister spoke.', null)).toEqual([]);
  });

  it('makes nothing of a role phrase about a country with no corpus office', () => {
    expect(resolveText('The French Defence Minister and the Laotian Defence Minister spoke.', '2023-11-15')).toEqual([]);
  });

  it('drops "former", "then-", "deputy" and "-designate" role phrases', () => {
    for (const text of [
      'The former Japanese Defence Minister spoke.',
      'The then-Japanese Defence Minister spoke.',
      'A deputy Japanese Defence Minister spoke.',
      'The Japanese Defence Minister-designate spoke.',
    ]) {
      expect(resolveText(text, '2023-11-15'), text).toEqual([]);
    }
  });

  it('drops a role phrase followed by a name the corpus does not know', () => {
    expect(resolveText('Japanese Defence Minister Taro Yamada spoke.', '2023-11-15')).toEqual([]);
  });

  it('joins a title to the name it precedes, as one mention of that person', () => {
    const text = 'Vietnamese Defence Minister Gen. Phan Van Giang asked Japan for help.';
    const mentions = resolveText(text, '2023-11-15');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({
      id: 'phan-van-giang',
      via: 'name',
      text: 'Vietnamese Defence Minister Gen. Phan Van Giang',
      flags: [],
    });
  });

  it('reads role phrase + the holder\'s short name as the holder ("Defence Minister Kihara")', () => {
    const text = 'Japanese Defence Minister Kihara said so. Later Kihara left.';
    const mentions = resolveText(text, '2023-11-15');
    expect(mentions.map((m) => [m.text, m.id, m.via])).toEqual([
      ['Japanese Defence Minister Kihara', 'minoru-kihara', 'role'],
      ['Kihara', 'minoru-kihara', 'short-name'],
    ]);
  });

  it('lists candidates when one phrase names two offices held by different people', () => {
    const corpus = handMadeCorpus();
    corpus.offices.push(office('us-deputy-thing', 'US', ['Pentagon chief']));
    corpus.people.push(person('someone-else', 'Someone Else', 'US', [role('us-deputy-thing', 'Pentagon chief', '2016-01-01', null)]));
    const m = roleMention('The Pentagon chief spoke.', '2016-09-30', 'Pentagon', corpus);
    expect(m?.candidates?.sort()).toEqual(['ashton-carter', 'someone-else']);
  });
});
