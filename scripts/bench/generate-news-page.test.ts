import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { generateNewsPage, misspell } from './generate-news-page';
import { FALLBACK_FORMS, type MentionVocabulary } from './mention-vocabulary';
import { seededRandom } from './seeded-random';

const vocabulary: MentionVocabulary = { forms: FALLBACK_FORMS, misspellings: ['Aston Carter'], source: 'fallback' };

describe('generateNewsPage', () => {
  it('gives the same page for the same seed and another page for another seed', () => {
    const a = generateNewsPage({ seed: 7, targetTextChars: 30_000, vocabulary });
    const b = generateNewsPage({ seed: 7, targetTextChars: 30_000, vocabulary });
    const c = generateNewsPage({ seed: 8, targetTextChars: 30_000, vocabulary });
    expect(a.html).toBe(b.html);
    expect(c.html).not.toBe(a.html);
  });

  it('reaches the requested amount of text, and the DOM holds that text', () => {
    const page = generateNewsPage({ seed: 1, targetTextChars: 200_000, vocabulary });
    expect(page.textChars).toBeGreaterThanOrEqual(200_000);
    expect(page.textChars).toBeLessThan(230_000);
    const { document } = parseHTML(page.html);
    const text = document.body.textContent ?? '';
    // Whitespace between blocks and the inline JSON add a little; the counted text is all there.
    expect(text.length).toBeGreaterThanOrEqual(page.textChars);
    expect(text.length).toBeLessThan(page.textChars * 1.15);
  });

  it('has article markup: paragraphs, links, bold, italics, sidebar, comments and form fields', () => {
    const { document } = parseHTML(generateNewsPage({ seed: 3, targetTextChars: 200_000, vocabulary }).html);
    for (const selector of ['article p', 'article a', 'strong', 'em', 'aside.sidebar li a', '.comments .comment', 'textarea', 'pre code']) {
      expect(document.querySelectorAll(selector).length, selector).toBeGreaterThan(0);
    }
  });

  it('mentions a vocabulary form about once in 200 words, some misspelt', () => {
    const page = generateNewsPage({ seed: 5, targetTextChars: 500_000, vocabulary });
    const wordsPerMention = page.words / page.mentions;
    expect(wordsPerMention).toBeGreaterThan(170);
    expect(wordsPerMention).toBeLessThan(230);
    expect(page.misspelt / page.mentions).toBeGreaterThan(0.05);
    expect(page.misspelt / page.mentions).toBeLessThan(0.15);
    const { document } = parseHTML(page.html);
    const text = document.body.textContent ?? '';
    const found = FALLBACK_FORMS.name.filter((name) => text.includes(name));
    expect(found.length).toBeGreaterThan(FALLBACK_FORMS.name.length / 2);
  });

  it('escapes forms that contain HTML characters', () => {
    const odd: MentionVocabulary = {
      forms: { name: ['A <b>&</b> B'], term: [], meeting: [], role: [] },
      misspellings: [],
      source: 'fallback',
    };
    const page = generateNewsPage({ seed: 2, targetTextChars: 20_000, vocabulary: odd, misspeltShare: 0 });
    expect(page.html).toContain('A &lt;b&gt;&amp;&lt;/b&gt; B');
    expect(page.html).not.toContain('A <b>&</b> B');
  });
});

describe('misspell', () => {
  it('changes the form but keeps its first letter and roughly its length', () => {
    const random = seededRandom(11);
    for (const form of ['Phan Van Giang', 'Prabowo Subianto', 'ADMM-Plus', 'HADR']) {
      const wrong = misspell(form, random);
      expect(wrong).not.toBe(form);
      expect(wrong[0]).toBe(form[0]);
      expect(Math.abs(wrong.length - form.length)).toBeLessThanOrEqual(1);
    }
  });
});
