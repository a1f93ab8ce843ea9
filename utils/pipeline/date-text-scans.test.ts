import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { extractBlocks } from '../extract/extract-blocks';
import { datelineDay } from '../resolve/article-date';
import { findDateExpressions } from '../resolve/date-expressions';
import { resolveMeetingOrdinals } from '../resolve/meeting-ordinals';
import { resolverIndex } from '../resolve/resolver-index';
import { type DateTextScans, scanDateText } from './date-text-scans';

const corpus = loadBundledCorpus();
const files = ['hawaii-informal-meeting.html', 'jakarta-asean-japan.html', 'matching-cases.html'];
const fixtureText = files
  .flatMap((f) => extractBlocks(parseHTML(readFileSync(`test/fixtures/${f}`, 'utf8')).document))
  .map((b) => b.text)
  .join(' ');
// Dates, ordinals and a dateline of our own words, repeated so that pieces cut through them.
const text = `${fixtureText} ${'The 17th ADMM met on 15 November 2023, and the talks went on. '.repeat(40)} Published on 16 November 2023. ${fixtureText}`;

function run(pieceChars: number): DateTextScans {
  const scanning = scanDateText(text, corpus, pieceChars);
  for (let next = scanning.next(); ; next = scanning.next()) if (next.done) return next.value;
}

describe('scanDateText', () => {
  const whole = {
    expressions: findDateExpressions(text),
    ordinals: resolveMeetingOrdinals(text, resolverIndex(corpus)),
    dateline: datelineDay(text),
  };

  it('has something of each kind to find', () => {
    expect(whole.expressions.length).toBeGreaterThan(40);
    expect(whole.ordinals.length).toBeGreaterThan(40);
    expect(whole.dateline).toBe('2023-11-16');
  });

  it.each([700, 2000, 100_000])('finds in pieces of %i characters what one pass over the text finds', (size) => {
    expect(run(size)).toEqual(whole);
  });
});
