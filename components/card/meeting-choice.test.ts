import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../utils/corpus/bundled-corpus';
import { candidateReasons } from './candidate-reasons';
import { choiceIn, pageKey, withChoice } from './meeting-choice';

describe('the remembered meeting choice', () => {
  it('is kept per page and per description, whatever the spacing, case or #fragment', () => {
    const page = pageKey('https://news.example/a?id=1#top');
    expect(page).toBe('https://news.example/a?id=1');
    const store = withChoice({}, page, 'The  informal meeting', 'm-2');
    expect(choiceIn(store, page, 'the informal meeting')).toBe('m-2');
    expect(choiceIn(store, page, 'another meeting')).toBeUndefined();
    expect(choiceIn(store, 'https://news.example/b', 'the informal meeting')).toBeUndefined();
    expect(choiceIn(withChoice(store, page, 'the informal meeting', 'm-3'), page, 'The informal meeting')).toBe('m-3');
  });

  it('keeps the newest pages only', () => {
    let store = {};
    for (const p of ['a', 'b', 'c']) store = withChoice(store, p, 'x', `m-${p}`, 2);
    expect(Object.keys(store)).toEqual(['b', 'c']);
    store = withChoice(store, 'b', 'y', 'm-y', 2);
    store = withChoice(store, 'd', 'x', 'm-d', 2);
    expect(Object.keys(store)).toEqual(['b', 'd']);
  });

  it('reads anything stored without throwing', () => {
    for (const junk of [null, 1, 'x', [], { p: 3 }, { p: { x: 4 } }]) expect(choiceIn(junk, 'p', 'x')).toBeUndefined();
  });
});

describe('candidateReasons', () => {
  const corpus = loadBundledCorpus();
  const hawaii = corpus.meetings.find((m) => /Hawaii|Honolulu/.test(`${m.city} ${m.name}`) && m.start.startsWith('2016'));

  it("says which of the description's words the meeting's name or place has, and how far it is from the article's date", () => {
    expect(hawaii).toBeDefined();
    if (!hawaii) return;
    const day = hawaii.start.slice(0, 10);
    const reasons = candidateReasons(corpus, `the informal meeting held last week in ${hawaii.city}`, hawaii, day);
    expect(reasons[0]).toMatch(/^fits /);
    expect(reasons[0]).toContain(`“${hawaii.city?.toLowerCase().split(' ')[0]}”`);
    expect(reasons[0]).not.toContain('“meeting”');
    expect(reasons.at(-1)).toBe('held on the article’s date');
    expect(candidateReasons(corpus, 'the meeting', hawaii, null)).toEqual([]);
  });
});
