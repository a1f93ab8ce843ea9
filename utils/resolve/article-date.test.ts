import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticleDate, inferDateFromText } from './article-date';

const NOW = new Date('2026-06-01T12:00:00Z');
const page = (head: string, body: string) => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;
const detect = (doc: Document, options: { override?: string | null; text?: string } = {}) =>
  detectArticleDate(doc, { now: NOW, ...options });

describe('detectArticleDate', () => {
  it('reads article:published_time first, as the publisher wrote the day', () => {
    const doc = page('<meta property="article:published_time" content="2023-11-15T01:30:00+07:00">', '<p>On 3 March 2020 ...</p>');
    expect(detect(doc)).toEqual({ date: '2023-11-15', source: 'meta' });
  });

  it('reads other publication meta tags', () => {
    const doc = page('<meta name="pubdate" content="20160930">', '');
    expect(detect(doc)).toEqual({ date: '2016-09-30', source: 'meta' });
  });

  it('reads JSON-LD datePublished inside @graph and arrays, skipping malformed blocks', () => {
    const doc = page(
      `<script type="application/ld+json">{ not json</script>
       <script type="application/ld+json">[{"@type":"WebSite"},{"@graph":[{"@type":"NewsArticle","datePublished":"2016-10-04T08:00:00Z"}]}]</script>`,
      '',
    );
    expect(detect(doc)).toEqual({ date: '2016-10-04', source: 'json-ld' });
  });

  it('reads <time datetime> in the article header, not a time in the body', () => {
    const doc = page(
      '',
      '<article><p><time datetime="2001-01-01">then</time></p><header><time datetime="2023-11-15">15 Nov</time></header></article>',
    );
    expect(detect(doc)).toEqual({ date: '2023-11-15', source: 'time' });
  });

  it('reads a date line in the text', () => {
    const doc = page('', '<p>Press release, date 2023-11-15. Ministers met in 2019.</p>');
    expect(detect(doc)).toEqual({ date: '2023-11-15', source: 'dateline' });
  });

  it('infers from the text when nothing else dates the page, and says so', () => {
    const doc = page('', '<p>Leaders met in February 2016. The ministers met on September 30.</p>');
    // Issue 20: without meeting evidence the old lower bound is only a low-confidence guess...
    expect(detect(doc)).toMatchObject({ date: '2016-10-01', source: 'inferred', confidence: 'low' });
    // ...and when the caller passes the page's meetings (none here), a month and year date nothing.
    expect(detectArticleDate(doc, { now: NOW, meetings: [] })).toEqual({ date: null, source: 'none' });
  });

  it('uses the text it is given instead of the body', () => {
    expect(detect(page('', '<p>2019</p>'), { text: 'Published: 4 October 2016' })).toEqual({ date: '2016-10-04', source: 'dateline' });
  });

  it('prefers a valid override to everything', () => {
    const doc = page('<meta property="article:published_time" content="2023-11-15">', '');
    expect(detect(doc, { override: '2016-09-30' })).toEqual({ date: '2016-09-30', source: 'override' });
  });

  it('ignores an invalid or future override and falls back', () => {
    const doc = page('<meta property="article:published_time" content="2023-11-15">', '');
    expect(detect(doc, { override: '2023-02-30' })).toEqual({ date: '2023-11-15', source: 'meta' });
    expect(detect(doc, { override: '2099-01-01' })).toEqual({ date: '2023-11-15', source: 'meta' });
  });

  it('rejects a future or invalid meta date and moves on to the next source', () => {
    const doc = page(
      '<meta property="article:published_time" content="2099-05-01T00:00:00Z"><meta name="date" content="2023-13-40">',
      '<header><time datetime="2016-09-30">x</time></header>',
    );
    expect(detect(doc)).toEqual({ date: '2016-09-30', source: 'time' });
  });

  it('says none when the page has no date at all', () => {
    expect(detect(page('', '<p>No dates here.</p>'))).toEqual({ date: null, source: 'none' });
  });

  it('dates the Hawaii fixture (no metadata) in 2016 and the Jakarta fixture from its meta tag', () => {
    const hawaii = parseHTML(readFileSync('test/fixtures/hawaii-informal-meeting.html', 'utf8')).document;
    const result = detect(hawaii);
    expect(result.source).toBe('inferred');
    expect(result.date?.slice(0, 4)).toBe('2016');
    const jakarta = parseHTML(readFileSync('test/fixtures/jakarta-asean-japan.html', 'utf8')).document;
    expect(detect(jakarta)).toEqual({ date: '2023-11-15', source: 'meta' });
  });
});

describe('inferDateFromText', () => {
  it('gives a day-less mention the latest explicit year', () => {
    expect(inferDateFromText('In February 2016 ... on September 30 the ministers met.', NOW)).toBe('2016-10-01');
  });

  it('takes the day after the latest full date', () => {
    expect(inferDateFromText('Talks on 15 November 2023 followed a visit on 2 March 2023.', NOW)).toBe('2023-11-16');
  });

  it('ignores years in the future (plans, targets)', () => {
    expect(inferDateFromText('The plan agreed in March 2019 runs to 2040.', NOW)).toBe('2019-03-01');
  });

  it('never returns a day after today', () => {
    expect(inferDateFromText('Ministers met on 31 May 2026.', NOW)).toBe('2026-06-01');
  });

  it('returns null when the text has no year', () => {
    expect(inferDateFromText('The ministers met on September 30 in Honolulu.', NOW)).toBeNull();
  });

  it('does not read counts or invalid days as dates', () => {
    expect(inferDateFromText('Some 2,016 troops took part on 31 February, and 1,999 on 2016.5 days.', NOW)).toBeNull();
  });

  it('reads lowercase "may" as a verb, not a month', () => {
    expect(inferDateFromText('In 2018 the ministers may meet again.', NOW)).toBe('2018-01-01');
  });
});
