import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import type { Mention } from '../model/mention';
import { misspellingFlag, titleFlag } from '../resolve/fact-check';
import { resolverIndex } from '../resolve/resolver-index';
import { citeCard, entityParts, firstSentence } from './cite-fact';
import { bestSource, escapeHtml, renderCitation } from './cite-parts';

const corpus = loadBundledCorpus();
const carter = corpus.people.find((p) => p.id === 'ashton-carter')!;
const mention = (over: Partial<Mention>): Mention => ({
  start: 0,
  end: 13,
  text: 'Ashton Carter',
  kind: 'person',
  id: 'ashton-carter',
  name: 'Ashton Carter',
  via: 'name',
  flags: [],
  ...over,
});

describe('citeCard: the fact with its citation', () => {
  it("names a person's office on the article's date, with the term and the source nearest that date", () => {
    const c = citeCard({ corpus, id: 'ashton-carter', day: '2016-09-30' })!;
    expect(c.plain).toMatch(/^Ashton Carter was US Secretary of Defense on 2016-09-30 \(term 2015-02-17 – 2017-01-20\); source: /);
    const src = bestSource(carter.sources, '2016-09-30')!;
    expect(c.plain).toContain(`${src.title}, ${src.publisher}`);
    expect(c.plain.endsWith(src.url)).toBe(true);
    expect(c.html).toContain(`<a href="${escapeHtml(src.url)}">`);
    expect(c.markdown).toContain(`](<${src.url}>)`);
  });

  it('says when the person held no office in the corpus on the day', () => {
    expect(citeCard({ corpus, id: 'ashton-carter', day: '2010-01-01' })!.plain).toMatch(
      /^Ashton Carter held no office in the corpus on 2010-01-01;/,
    );
  });

  it('gives a meeting its name, dates, place and chair', () => {
    const parts = entityParts({ corpus, id: 'asean-us-2014', day: null })!;
    expect(parts.fact).toBe('U.S.-ASEAN Defense Forum, 2014-04-01 – 2014-04-03, Honolulu, United States; chaired by Chuck Hagel');
  });

  it('says a meeting held by video conference was, with its host instead of a city', () => {
    const parts = entityParts({ corpus, id: 'asean-china-2022', day: null })!;
    expect(parts.fact).toBe(
      "13th China-ASEAN Defence Ministers' Informal Meeting, 2022-06-22, by video conference, hosted by Cambodia; chaired by Tea Banh",
    );
  });

  it("gives a term its expansion and its definition's first sentence", () => {
    const admm = corpus.terms.find((t) => t.id === 'admm')!;
    expect(entityParts({ corpus, id: 'admm', day: null })!.fact).toBe(`ADMM (${admm.expansion}): ${firstSentence(admm.definition)}`);
    expect(firstSentence('One. Two.')).toBe('One.');
  });

  it('copies a ready correction for a wrong title, read from the flag the fact-check raised', () => {
    const flag = titleFlag({ person: carter, officeIds: ['us-secretary-of-state'], day: '2016-09-30', index: resolverIndex(corpus) })!;
    const c = citeCard({ corpus, id: carter.id, mention: mention({ flags: [flag] }), day: '2016-09-30' })!;
    expect(c.plain).toMatch(
      /^Ashton Carter was US Secretary of Defense on 2016-09-30, not Secretary of State \(John Kerry held that office\); source: /,
    );
  });

  it('copies a misspelling as the right spelling with the fact', () => {
    const flag = misspellingFlag(carter, 'Aston Carter')!;
    const c = citeCard({ corpus, id: carter.id, mention: mention({ text: 'Aston Carter', flags: [flag] }), day: '2016-09-30' })!;
    expect(c.plain).toMatch(/^“Aston Carter” should be “Ashton Carter”: Ashton Carter was US Secretary of Defense on 2016-09-30/);
  });

  it('returns nothing for an id the corpus does not hold', () => {
    expect(citeCard({ corpus, id: 'nobody-at-all', day: null })).toBeUndefined();
  });
});

describe('renderCitation: data never becomes markup', () => {
  const hostile = { title: '<img src=x onerror=alert(1)> [x](javascript:y)', publisher: 'P & Q', date: null, url: 'javascript:alert(1)' };
  it('escapes HTML and Markdown and links only http(s)', () => {
    const c = renderCitation({ fact: 'A <b>fact</b> *here*', source: hostile });
    expect(c.html).not.toContain('<img');
    expect(c.html).not.toContain('<b>');
    expect(c.html).not.toContain('href');
    expect(c.html).toContain('P &amp; Q');
    expect(c.markdown).not.toMatch(/[^\\]\]\(javascript/);
    expect(c.markdown).toContain('\\*here\\*');
    expect(c.plain).not.toContain('javascript:alert(1)');
  });

  it('prefers a linked source dated nearest the day', () => {
    const s = (date: string | null, url = 'https://e.org/') => ({ title: 't', publisher: 'p', date, url });
    const sources = [s('2010-01-01'), s('2016-10-02'), s('2016-09-29', 'ftp://x'), s(null)];
    expect(bestSource(sources, '2016-09-30')).toBe(sources[1]);
    expect(bestSource(sources, null)).toBe(sources[0]);
  });
});
