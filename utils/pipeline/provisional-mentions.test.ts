import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import type { Corpus, Term } from '../corpus/schema';
import { buildDictionary } from '../dictionary/build-dictionary';
import { extractBlocks } from '../extract/extract-blocks';
import { joinBlocks, type PageText } from '../extract/page-text';
import { compileMatcher } from '../match/compile-matcher';
import type { ArticleDate, Mention } from '../model/mention';
import { handMadeCorpus } from '../resolve/test-support/hand-made-corpus';
import { analyseText } from './page-pipeline';
import { provisionalMentions } from './provisional-mentions';

const NO_DATE: ArticleDate = { date: null, source: 'none' };

const term: Term = {
  id: 'hadr',
  label: 'HADR',
  expansion: 'humanitarian assistance and disaster relief',
  aliases: [],
  caseSensitive: true,
  category: 'concept',
  definition: 'Help after a disaster (test fixture).',
  related: [],
  sources: [{ title: 'Test fixture', publisher: 'Defence Lens tests', date: null, url: 'https://example.org/fixture' }],
  unverified: [],
};

function pageOf(paragraphs: string[]): PageText {
  const { document } = parseHTML(`<html><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`);
  return joinBlocks(extractBlocks(document));
}

function provisionalOf(paragraphs: string[], corpus: Corpus): Mention[] {
  const page = pageOf(paragraphs);
  const matcher = compileMatcher(buildDictionary(corpus));
  const mentions = analyseText({ page, matcher, corpus, date: NO_DATE });
  return provisionalMentions({ mentions, text: page.text, corpus });
}

describe('provisionalMentions', () => {
  const corpus = handMadeCorpus({ terms: [term] });
  const texts = (paragraphs: string[]) => provisionalOf(paragraphs, corpus).map((m) => m.text);

  it('keeps a full name, an alias and a term, each as the whole scan would mark it', () => {
    const shown = provisionalOf(['Ng Eng Hen arrived. Ash Carter spoke about HADR drills.'], corpus);
    expect(shown.map((m) => [m.text, m.kind, m.id])).toEqual([
      ['Ng Eng Hen', 'person', 'ng-eng-hen'],
      ['Ash Carter', 'person', 'ashton-carter'],
      ['HADR', 'term', 'hadr'],
    ]);
  });

  it('keeps a possessive name', () => {
    expect(texts(["Ng Eng Hen's visit ended."])).toEqual(["Ng Eng Hen's"]);
  });

  it('leaves misspellings (flagged), short names and role phrases to the whole scan', () => {
    const paragraphs = ['Aston Carter met Ashton Carter. Later Carter left, and the Defence Minister of Singapore spoke.'];
    const page = pageOf(paragraphs);
    const all = analyseText({ page, matcher: compileMatcher(buildDictionary(corpus)), corpus, date: NO_DATE });
    // The pipeline does find them: the filter is what leaves them out.
    expect(all.some((m) => m.via === 'misspelling')).toBe(true);
    expect(all.some((m) => m.via === 'short-name')).toBe(true);
    expect(texts(paragraphs)).toEqual(['Ashton Carter']);
  });

  it('leaves a titled name, in front or in apposition, to the whole scan (the title is checked on the date)', () => {
    expect(texts(['Defence Minister Ng Eng Hen arrived.'])).toEqual([]);
    expect(texts(['Ashton Carter, the US Secretary of State, arrived.'])).toEqual([]);
  });

  it('leaves meetings to the whole scan (a series name is resolved on the date)', () => {
    const paragraphs = ['The 17th ADMM opened in Jakarta.'];
    const page = pageOf(paragraphs);
    const all = analyseText({ page, matcher: compileMatcher(buildDictionary(corpus)), corpus, date: NO_DATE });
    expect(all.some((m) => m.kind === 'meeting')).toBe(true);
    expect(texts(paragraphs)).toEqual([]);
  });
});

// The property the content script relies on, on real articles and the bundled corpus: whatever the
// provisional pass shows on the top of a page is marked by the whole page's scan at the same place,
// as the same entity and kind, and without a flag, whatever date the whole page turns out to have.
describe('provisional mentions against the whole scan', () => {
  const bundled = loadBundledCorpus();
  const matcher = compileMatcher(buildDictionary(bundled));
  const blocksOf = (file: string) => extractBlocks(parseHTML(readFileSync(`test/fixtures/${file}`, 'utf8')).document);
  const files = ['hawaii-informal-meeting.html', 'jakarta-asean-japan.html', 'matching-cases.html', 'ambiguous-meeting.html'];
  const blocks = files.flatMap(blocksOf);
  const whole = joinBlocks(blocks);
  const dates: ArticleDate[] = [NO_DATE, { date: '2016-10-01', source: 'meta' }, { date: '2023-11-15', source: 'meta' }];
  const key = (m: Mention) => `${m.start}:${m.end}:${m.kind}:${m.id}`;

  it.each(dates.map((d) => [d.date ?? 'no date', d] as const))('holds for every top part of the page (whole page on %s)', (_, date) => {
    const final = new Map(analyseText({ page: whole, matcher, corpus: bundled, date }).map((m) => [key(m), m]));
    let shown = 0;
    for (let n = 1; n <= blocks.length; n += 3) {
      const part = joinBlocks(blocks.slice(0, n));
      const provisional = provisionalMentions({
        mentions: analyseText({ page: part, matcher, corpus: bundled, date: NO_DATE }),
        text: part.text,
        corpus: bundled,
      });
      for (const m of provisional) {
        const same = final.get(key(m));
        expect(same, `${m.text} at ${m.start} (top ${n} blocks)`).toBeDefined();
        expect(same?.flags).toEqual([]);
      }
      shown += provisional.length;
    }
    expect(shown).toBeGreaterThan(0);
  });
});
