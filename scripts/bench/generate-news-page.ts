/**
 * Seeded generator of heavy news pages for the benchmark: stories with paragraphs, links, inline
 * bold and italics, figures and quotes, comment threads, sidebars, navigation, a comment form and
 * a few code and script blocks (places the extension must not mark). About one mention in every
 * 200 words is a corpus form, and some of those are misspelt.
 */
import type { MentionVocabulary, VocabularyKind } from './mention-vocabulary';
import { ADJECTIVES, COMMENTERS, CONNECTORS, OBJECTS, PLACES, SECTIONS, SUBJECTS, TAILS, VERBS } from './news-words';
import { type SeededRandom, seededRandom } from './seeded-random';

export interface NewsPageOptions {
  seed: number;
  /** Characters of visible-ish text to produce (the page stops at the first block past it). */
  targetTextChars: number;
  vocabulary: MentionVocabulary;
  /** Mean words between two mentions. */
  wordsPerMention?: number;
  /** Share of mentions written wrongly. */
  misspeltShare?: number;
}

export interface NewsPage {
  html: string;
  textChars: number;
  words: number;
  mentions: number;
  misspelt: number;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plausible typo: two letters swapped, one dropped or one doubled, never the first letter. */
export function misspell(form: string, random: SeededRandom): string {
  const letters = [...form];
  const inner = letters.map((c, i) => (i > 0 && /\p{L}/u.test(c) ? i : -1)).filter((i) => i > 0);
  if (inner.length < 3) return `${form}${form.at(-1) ?? ''}`;
  const at = random.pick(inner.slice(0, -1));
  const how = random.int(0, 2);
  if (how === 0) [letters[at], letters[at + 1]] = [letters[at + 1] as string, letters[at] as string];
  else if (how === 1) letters.splice(at, 1);
  else letters.splice(at, 0, letters[at] as string);
  const wrong = letters.join('');
  return wrong === form ? `${form.slice(0, -1)}${form.at(-1) === 'e' ? 'a' : 'e'}` : wrong;
}

/** Collects the page's text, counts it, and decides when the next mention is due. */
class TextWriter {
  textChars = 0;
  words = 0;
  mentions = 0;
  misspelt = 0;
  private nextMentionAt: number;
  private readonly kinds: VocabularyKind[];

  constructor(
    private readonly random: SeededRandom,
    private readonly vocabulary: MentionVocabulary,
    private readonly wordsPerMention: number,
    private readonly misspeltShare: number,
  ) {
    this.kinds = (Object.keys(vocabulary.forms) as VocabularyKind[]).filter((k) => vocabulary.forms[k].length > 0);
    this.nextMentionAt = this.gap();
  }

  private gap(): number {
    return this.random.int(Math.round(this.wordsPerMention / 2), Math.round((this.wordsPerMention * 3) / 2));
  }

  /** Escaped text for the page; counts characters and words. */
  text(s: string): string {
    this.textChars += s.length;
    this.words += s.split(' ').filter(Boolean).length;
    return escapeHtml(s);
  }

  mentionDue(): boolean {
    return this.kinds.length > 0 && this.words >= this.nextMentionAt;
  }

  /** A mention's form (sometimes misspelt), counted; the caller wraps it in markup if it likes. */
  mention(): { form: string; kind: VocabularyKind } {
    this.nextMentionAt = this.words + this.gap();
    this.mentions += 1;
    const kind = this.random.pick(this.kinds);
    let form = this.random.pick(this.vocabulary.forms[kind]);
    if (this.random.chance(this.misspeltShare)) {
      this.misspelt += 1;
      const known = this.vocabulary.misspellings;
      form = known.length > 0 && this.random.chance(0.5) ? this.random.pick(known) : misspell(form, this.random);
    }
    return { form, kind };
  }
}

/** Wraps a piece of inline HTML in a link, bold or italics now and then, as articles do. */
function inlineMarkup(random: SeededRandom, html: string, rate: number): string {
  if (!random.chance(rate)) return html;
  const how = random.int(0, 2);
  if (how === 0) return `<a href="/topic/${random.int(1, 9999)}">${html}</a>`;
  return how === 1 ? `<strong>${html}</strong>` : `<em>${html}</em>`;
}

function sentence(random: SeededRandom, w: TextWriter): string {
  const parts: string[] = [];
  if (random.chance(0.2)) parts.push(w.text(random.pick(CONNECTORS)));
  if (w.mentionDue()) {
    const { form, kind } = w.mention();
    const html = inlineMarkup(random, w.text(form), 0.3);
    if (kind === 'name' || kind === 'role') parts.push(html, w.text(random.pick(VERBS)));
    else parts.push(w.text(`${random.pick(SUBJECTS)} ${random.pick(VERBS)} at the`), html, w.text('that'));
  } else {
    parts.push(w.text(random.pick(SUBJECTS)), w.text(random.pick(VERBS)));
  }
  parts.push(inlineMarkup(random, w.text(`${random.pick(ADJECTIVES)} ${random.pick(OBJECTS).replace(/^(a|an|the) /, '')}`), 0.12));
  parts.push(w.text(`${random.pick(TAILS)} in ${random.pick(PLACES)}.`));
  const joined = parts.join(' ');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

function paragraph(random: SeededRandom, w: TextWriter, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(random, w));
  return out.join(' ');
}

function headline(random: SeededRandom, w: TextWriter): string {
  return w.text(`${random.pick(PLACES)}: ${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}`);
}

function story(random: SeededRandom, w: TextWriter, index: number): string {
  const out = [
    `<article class="story" id="story-${index}"><h2><a href="/story/${index}">${headline(random, w)}</a></h2>`,
    `<p class="byline">${w.text('By')} <a href="/author/${random.int(1, 80)}">${w.text(random.pick(COMMENTERS))}</a> · <time datetime="2023-11-${String(random.int(10, 28)).padStart(2, '0')}">${w.text(`${random.int(1, 12)} hours ago`)}</time></p>`,
  ];
  const paragraphs = random.int(4, 12);
  for (let p = 0; p < paragraphs; p++) {
    out.push(`<p>${paragraph(random, w, random.int(2, 6))}</p>`);
    if (random.chance(0.08)) out.push(`<blockquote><p>${paragraph(random, w, 1)}</p></blockquote>`);
    if (random.chance(0.06)) {
      out.push(`<figure><div class="photo" role="img"></div><figcaption>${paragraph(random, w, 1)}</figcaption></figure>`);
    }
    if (random.chance(0.05)) {
      out.push(`<ul>${Array.from({ length: random.int(3, 5) }, () => `<li>${paragraph(random, w, 1)}</li>`).join('')}</ul>`);
    }
  }
  out.push('</article>');
  return out.join('\n');
}

function comments(random: SeededRandom, w: TextWriter, index: number): string {
  const count = random.int(0, 14);
  if (count === 0) return '';
  const out = [`<section class="comments" aria-label="Comments"><h3>${w.text(`${count} comments`)}</h3>`];
  for (let c = 0; c < count; c++) {
    const reply = c > 0 && random.chance(0.3) ? ' reply' : '';
    out.push(
      `<div class="comment${reply}"><p class="author"><b>${w.text(random.pick(COMMENTERS))}</b> <span class="when">${w.text(`${random.int(2, 59)} min`)}</span></p>`,
      `<p>${paragraph(random, w, random.int(1, 3))}</p><button type="button">${w.text('Reply')}</button></div>`,
    );
  }
  // The reader's own draft: the extension must leave form fields alone.
  out.push(
    `<form class="reply"><textarea name="c${index}">${paragraph(random, w, 1)}</textarea><input value="${w.text('Your name')}"></form>`,
  );
  out.push('</section>');
  return out.join('\n');
}

function sidebarBlock(random: SeededRandom, w: TextWriter, index: number): string {
  const out = [`<section class="widget"><h3>${w.text(random.chance(0.5) ? 'Most read' : 'Related coverage')}</h3><ol>`];
  for (let i = 0; i < 10; i++) out.push(`<li><a href="/story/${index * 10 + i}">${headline(random, w)}</a></li>`);
  out.push('</ol>');
  if (random.chance(0.4)) out.push(`<p class="promo"><em>${paragraph(random, w, 2)}</em></p>`);
  if (random.chance(0.2)) out.push(`<pre><code>${paragraph(random, w, 1)}</code></pre>`);
  out.push('</section>');
  return out.join('\n');
}

const STYLE = `body{font:16px/1.5 Georgia,serif;margin:0;color:#222}header,footer{background:#f3f3f3;padding:8px 16px}
nav a{margin-right:12px}.page{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:24px;max-width:1100px;margin:0 auto;padding:16px}
.story{border-bottom:1px solid #ddd;margin-bottom:24px}.byline{color:#666;font-size:14px}.photo{height:120px;background:#ccd}
.comments{font-size:14px;background:#fafafa;padding:8px}.comment.reply{margin-left:24px}.widget{font-size:14px;margin-bottom:24px}
textarea{width:100%;height:60px}`;

export function generateNewsPage(options: NewsPageOptions): NewsPage {
  const random = seededRandom(options.seed);
  const w = new TextWriter(random, options.vocabulary, options.wordsPerMention ?? 200, options.misspeltShare ?? 0.1);
  const main: string[] = [];
  const aside: string[] = [];
  const nav = SECTIONS.map((s) => `<a href="/${s.toLowerCase()}">${w.text(s)}</a>`).join('');
  for (let index = 0; w.textChars < options.targetTextChars; index++) {
    main.push(story(random, w, index), comments(random, w, index));
    if (index % 6 === 0) aside.push(sidebarBlock(random, w, index));
    if (index % 25 === 0) {
      main.push(`<script type="application/json" class="analytics">{"story":${index},"section":"${random.pick(SECTIONS)}"}</script>`);
    }
  }
  const html = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>Regional defence news — seed ${options.seed}</title>`,
    '<meta property="article:published_time" content="2023-11-16T08:00:00+07:00">',
    `<style>${STYLE}</style></head><body>`,
    `<header><nav>${nav}</nav></header>`,
    `<div class="page"><main>${main.join('\n')}</main><aside class="sidebar">${aside.join('\n')}</aside></div>`,
    `<footer><p>${w.text('Generated benchmark page. Names and events are placed at random and report nothing.')}</p></footer>`,
    '</body></html>',
  ].join('\n');
  return { html, textChars: w.textChars, words: w.words, mentions: w.mentions, misspelt: w.misspelt };
}
