import { describe, expect, it } from 'vitest';
import type { ArticleDate, Mention } from '../model/mention';
import { flagDateTrust, qualifyFactFlags } from './fact-check';
import { handMadeCorpus, person } from './test-support/hand-made-corpus';
import { mentionAt, resolveText } from './test-support/resolve-text';

const flagsAt = (text: string, day: string | null, phrase: string, corpus = handMadeCorpus()) =>
  mentionAt(resolveText(text, day, corpus), text, phrase)?.flags ?? [];

describe('fact-check flags', () => {
  it('flags a known misspelling and cites the record', () => {
    expect(flagsAt('Aston Carter spoke.', '2016-09-30', 'Aston')).toEqual([
      { type: 'misspelling', message: 'Likely misspelling of Ashton Carter', evidence: ['ashton-carter'] },
    ]);
    expect(flagsAt('President Barak Obama spoke.', '2016-09-30', 'Barak')[0]?.message).toBe('Likely misspelling of Barack Obama');
  });

  it('does not flag a misspelling the corpus marks unverified', () => {
    const corpus = handMadeCorpus();
    corpus.people.find((p) => p.id === 'ashton-carter')!.unverified = ['misspellings.0'];
    const m = mentionAt(resolveText('Aston Carter spoke.', '2016-09-30', corpus), 'Aston Carter spoke.', 'Aston');
    expect(m).toMatchObject({ id: 'ashton-carter', via: 'misspelling', flags: [] });
  });

  it('flags a wrong title for the date, naming the actual holder', () => {
    const text = 'According to the briefing, US Secretary of State Ashton Carter floated joint patrols.';
    const m = mentionAt(resolveText(text, '2016-09-30'), text, 'Ashton');
    expect(m?.text).toBe('US Secretary of State Ashton Carter');
    expect(m?.flags).toEqual([
      {
        type: 'wrong-title',
        message: 'On 2016-09-30 Ashton Carter was Secretary of Defense; the Secretary of State was John Kerry',
        evidence: ['ashton-carter', 'us-secretary-of-defense', 'us-secretary-of-state', 'john-kerry'],
      },
    ]);
  });

  it('checks a bare title in the person\'s country ("Secretary of State Ashton Carter")', () => {
    expect(flagsAt('Secretary of State Ashton Carter spoke.', '2016-09-30', 'Ashton')[0]?.type).toBe('wrong-title');
  });

  it('raises nothing when the title fits the date', () => {
    expect(flagsAt('US Defense Secretary Ashton Carter spoke.', '2016-09-30', 'Ashton')).toEqual([]);
    expect(flagsAt('Defence Minister Ng Eng Hen spoke.', '2016-09-30', 'Ng Eng')).toEqual([]);
  });

  it('flags a title the person had left by the article date', () => {
    const [flag] = flagsAt('US Defense Secretary Ashton Carter spoke.', '2018-03-01', 'Ashton');
    expect(flag?.type).toBe('not-in-office');
    expect(flag?.message).toBe('On 2018-03-01 Ashton Carter was not Secretary of Defense (held it 2015-02-17\u20132017-01-20)');
    expect(flag?.evidence).toEqual(['ashton-carter', 'us-secretary-of-defense']);
  });

  it('flags a title the person never held, citing who did', () => {
    const corpus = handMadeCorpus();
    corpus.people.push(person('nobody-x', 'Nobody Xu', 'US', []));
    const [flag] = flagsAt('US Secretary of State Nobody Xu spoke.', '2016-09-30', 'Nobody', corpus);
    expect(flag).toEqual({
      type: 'not-in-office',
      message: 'On 2016-09-30 Nobody Xu was not Secretary of State; the Secretary of State was John Kerry',
      evidence: ['nobody-x', 'us-secretary-of-state', 'john-kerry'],
    });
  });

  it('raises nothing on a role the corpus marks unverified', () => {
    const corpus = handMadeCorpus();
    corpus.people.find((p) => p.id === 'ashton-carter')!.unverified = ['roles.0.end'];
    expect(flagsAt('US Defense Secretary Ashton Carter spoke.', '2018-03-01', 'Ashton', corpus)).toEqual([]);
    // His own (partly unverified) role is not cited; only Kerry's verified term is.
    expect(flagsAt('US Secretary of State Ashton Carter spoke.', '2016-09-30', 'Ashton', corpus)).toEqual([
      {
        type: 'not-in-office',
        message: 'On 2016-09-30 Ashton Carter was not Secretary of State; the Secretary of State was John Kerry',
        evidence: ['ashton-carter', 'us-secretary-of-state', 'john-kerry'],
      },
    ]);
  });

  it('does not name a holder whose role is unverified', () => {
    const corpus = handMadeCorpus();
    corpus.people.find((p) => p.id === 'john-kerry')!.unverified = ['roles.0'];
    const [flag] = flagsAt('US Secretary of State Ashton Carter spoke.', '2016-09-30', 'Ashton', corpus);
    expect(flag?.message).toBe('On 2016-09-30 Ashton Carter was Secretary of Defense');
    expect(flag?.evidence).not.toContain('john-kerry');
  });

  it('raises nothing when a partial date leaves the answer open', () => {
    const corpus = handMadeCorpus();
    corpus.people.find((p) => p.id === 'ashton-carter')!.roles[0]!.end = '2017-01';
    expect(flagsAt('US Defense Secretary Ashton Carter spoke.', '2017-01-25', 'Ashton', corpus)).toEqual([]);
  });

  it('raises nothing for "former" or "then-" titles, nor without an article date', () => {
    expect(flagsAt('Former US Defense Secretary Ashton Carter spoke.', '2020-01-01', 'Ashton')).toEqual([]);
    expect(flagsAt('The then-US Secretary of State Ashton Carter spoke.', '2016-09-30', 'Ashton')).toEqual([]);
    expect(flagsAt('US Secretary of State Ashton Carter spoke.', null, 'Ashton')).toEqual([]);
  });

  it('raises nothing without evidence (no dated role, no known holder)', () => {
    const corpus = handMadeCorpus();
    corpus.people.push(person('nobody-y', 'Nobody Yu', 'JP', []));
    expect(flagsAt('Japanese Defence Minister Nobody Yu spoke.', '2019-01-01', 'Nobody', corpus)).toEqual([]);
  });

  it("flags a title of another country's office", () => {
    expect(flagsAt('Japanese Defence Minister Ng Eng Hen spoke.', '2023-11-15', 'Ng Eng')[0]).toMatchObject({
      type: 'wrong-title',
      message: 'On 2023-11-15 Ng Eng Hen was Minister for Defence; the Minister of Defense was Minoru Kihara',
    });
  });

  it('checks a title in apposition after the name, and does not mark the title as its holder', () => {
    const text = 'Ashton Carter, the US Secretary of State, said so.';
    const mentions = resolveText(text, '2016-09-30');
    expect(mentions.map((m) => [m.text, m.id])).toEqual([['Ashton Carter', 'ashton-carter']]);
    expect(mentions[0]?.flags[0]?.type).toBe('wrong-title');
    expect(flagsAt('Ashton Carter, the former US Secretary of State, said so.', '2016-09-30', 'Ashton')).toEqual([]);
    expect(flagsAt('Ashton Carter, the US Defense Secretary, said so.', '2016-09-30', 'Ashton')).toEqual([]);
  });
});

describe('qualifyFactFlags: flags only on a date the reader can trust (issue 20)', () => {
  const text = 'According to the briefing, US Secretary of State Ashton Carter floated joint patrols. Aston Carter left.';
  const corpus = handMadeCorpus();
  const resolved = resolveText(text, '2016-09-30', corpus);
  const typesOf = (mentions: Mention[]) => mentions.flatMap((m) => m.flags.map((f) => f.type));
  const inferred = (extra: Partial<ArticleDate>): ArticleDate => ({ date: '2016-09-30', source: 'inferred', ...extra });

  it('keeps flags as they are on a trusted date (metadata, the reader, a high-confidence inference)', () => {
    expect(qualifyFactFlags({ mentions: resolved, date: { date: '2016-09-30', source: 'meta' }, corpus })).toBe(resolved);
    expect(flagDateTrust({ date: '2016-09-30', source: 'override' })).toBe('trusted');
    expect(flagDateTrust(inferred({ confidence: 'high' }))).toBe('trusted');
  });

  it('drops title and office flags on a weak date, but never a misspelling', () => {
    const out = qualifyFactFlags({ mentions: resolved, date: inferred({ confidence: 'low' }), corpus });
    expect(typesOf(resolved)).toEqual(['wrong-title', 'misspelling']);
    expect(typesOf(out)).toEqual(['misspelling']);
  });

  it('keeps a flag on an inferred date when it holds on every day of the range, and says the date is inferred', () => {
    const date = inferred({ confidence: 'medium', evidence: 'the 10th ADMM', range: { from: '2016-09-28', to: '2016-10-03' } });
    const out = qualifyFactFlags({ mentions: resolved, date, corpus });
    const flag = out.flatMap((m) => m.flags).find((f) => f.type === 'wrong-title');
    expect(flag?.message).toBe(
      "On 2016-09-30 Ashton Carter was Secretary of Defense; the Secretary of State was John Kerry (the article's date is inferred from the 10th ADMM: set it in the popup if it is wrong)",
    );
    // A low-confidence date with a range is as good, if no cited role changes inside it.
    const low = inferred({ confidence: 'low', range: { from: '2016-09-20', to: '2016-10-05' } });
    expect(typesOf(qualifyFactFlags({ mentions: resolved, date: low, corpus }))).toEqual(['wrong-title', 'misspelling']);
  });

  it('drops the flag when a role it cites starts or ends inside the range', () => {
    // John Kerry's term ends on 2017-01-20: a range across it cannot say who was Secretary of State.
    const across = resolveText(text, '2017-01-18', corpus);
    const date: ArticleDate = {
      date: '2017-01-18',
      source: 'inferred',
      confidence: 'medium',
      range: { from: '2017-01-16', to: '2017-01-22' },
    };
    expect(typesOf(across)).toContain('wrong-title');
    expect(typesOf(qualifyFactFlags({ mentions: across, date, corpus }))).toEqual(['misspelling']);
  });
});
