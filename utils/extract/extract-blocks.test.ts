import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBlocks, locate } from './extract-blocks';
import { joinBlocks } from './page-text';

const blocksOf = (html: string) => extractBlocks(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document).map((b) => b.text);

describe('extractBlocks', () => {
  it('joins inline elements into one block', () => {
    expect(blocksOf('<p><b>Ng</b> Eng <i>Hen</i> spoke</p>')).toEqual(['Ng Eng Hen spoke']);
  });

  it('splits at block elements', () => {
    expect(blocksOf('<p>One</p><div>Two<p>Three</p>Four</div><li>Five</li>')).toEqual(['One', 'Two', 'Three', 'Four', 'Five']);
  });

  it('skips form fields, code, scripts, styles and editable content', () => {
    const html = `<p>Kept</p><input value="ADMM"><textarea>ADMM</textarea><code>ADMM</code><pre>ADMM</pre>
      <script>var ADMM</script><style>.ADMM{}</style><noscript>ADMM</noscript><select><option>ADMM</option></select>
      <div contenteditable="true">ADMM</div><div contenteditable="false">Also kept</div><p hidden>ADMM</p><p aria-hidden="true">ADMM</p>`;
    expect(blocksOf(html)).toEqual(['Kept', 'Also kept']);
  });

  it("skips the extension's own UI", () => {
    expect(blocksOf('<p>Page</p><div data-defence-lens-ui><p>Card ADMM</p></div>')).toEqual(['Page']);
  });

  it('survives nesting 5,000 levels deep without recursion', () => {
    const deep = `${'<div>'.repeat(5000)}Deep ADMM${'</div>'.repeat(5000)}`;
    expect(blocksOf(deep)).toEqual(['Deep ADMM']);
  });

  it('ends a block at <br>', () => {
    expect(blocksOf('<p>Line one<br>Line two</p>')).toEqual(['Line one\nLine two']);
  });

  it('maps a block offset back to the text node', () => {
    const { document } = parseHTML('<!doctype html><html><body><p><b>Ng</b> Eng Hen</p></body></html>');
    const [block] = extractBlocks(document);
    if (!block) throw new Error('no block');
    const at = locate(block, 3);
    expect(at.node.data).toBe(' Eng Hen');
    expect(at.offset).toBe(1);
    const end = locate(block, 2, true);
    expect(end.node.data).toBe('Ng');
    expect(end.offset).toBe(2);
  });

  it('joins blocks with a blank line so offsets are stable', () => {
    const { document } = parseHTML('<!doctype html><html><body><p>A</p><p>BC</p></body></html>');
    const page = joinBlocks(extractBlocks(document));
    expect(page.text).toBe('A\n\nBC');
    expect(page.blockStarts).toEqual([0, 3]);
  });
});

describe('extractBlocks: hidden content', () => {
  it('skips inline display:none and asks isHidden of block elements only', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><div style="color: red; display:none">ADMM</div><p>Seen <span class="x">too</span></p><section class="collapsed">Folded</section></body></html>',
    );
    const asked: string[] = [];
    const blocks = extractBlocks(document, {
      isHidden: (el) => {
        asked.push(el.tagName);
        return el.getAttribute('class') === 'collapsed';
      },
    });
    expect(blocks.map((b) => b.text)).toEqual(['Seen too']);
    expect(asked).not.toContain('SPAN');
    expect(asked).toContain('SECTION');
  });

  it('asks isHidden only of blocks that hold text, and hides the blocks inside a hidden container', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><article><section class="menu"><ul><li>ADMM</li><li>HADR</li></ul></section><div><p>Seen</p><p>Also seen</p></div></article></body></html>',
    );
    const asked: string[] = [];
    // As checkVisibility answers: an element inside a hidden one is hidden too.
    const blocks = extractBlocks(document, {
      isHidden: (el) => {
        asked.push(el.localName);
        return el.closest('.menu') !== null;
      },
    });
    expect(blocks.map((b) => b.text)).toEqual(['Seen', 'Also seen']);
    // The containers (body, article, section, ul, div) hold only blocks: never asked.
    expect(asked).toEqual(['li', 'li', 'p', 'p']);
  });

  it('reads a block whose display was asked without isHidden once its parent is known to render', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><div><p>Lede</p><p class="byline">By <b>Ng</b> <span>today</span></p></div></body></html>',
    );
    const asked: string[] = [];
    const blocks = extractBlocks(document, {
      isHidden: (el) => {
        asked.push(el.localName);
        return false;
      },
      displayOf: () => 'block',
    });
    expect(blocks.map((b) => b.text)).toEqual(['Lede', 'By Ng today']);
    // The first <p> said its ancestors render; the byline's own display said it shows.
    expect(asked).toEqual(['p']);
  });

  it('asks the root of a rescan at once, even when it holds only blocks', () => {
    const { document } = parseHTML('<!doctype html><html><body><div id="r"><p>ADMM</p></div></body></html>');
    const root = document.getElementById('r') as Element;
    const asked: string[] = [];
    const hidden = (el: Element) => {
      asked.push(el.localName);
      return el === root;
    };
    expect(extractBlocks(root, { isHidden: hidden })).toEqual([]);
    expect(asked).toEqual(['div']);
  });

  it('keeps "display: inline-block" and other displays', () => {
    expect(blocksOf('<p style="display:inline-block">Kept</p><p style="display: nonesuch">Also</p>')).toEqual(['Kept', 'Also']);
  });
});

describe('extractBlocks: layout from the rendered display', () => {
  it('joins a div, a section or a custom element styled inline with its neighbours', () => {
    expect(blocksOf('<div>Minister <div style="display:inline">Ng</div> Eng Hen said</div>')).toEqual(['Minister Ng Eng Hen said']);
    expect(blocksOf('<p><section style="display: inline">Minoru</section> Kihara</p>')).toEqual(['Minoru Kihara']);
    expect(blocksOf('<p>Talks with <name-tag>Tea</name-tag> Banh</p>')).toEqual(['Talks with Tea Banh']);
  });

  it('splits at a span styled display:block, an inline-block and a custom element styled block', () => {
    expect(blocksOf('<p><span style="display:block">HADR</span>ADMM</p>')).toEqual(['HADR', 'ADMM']);
    expect(blocksOf('<p><span style="display: inline-block">Ng Eng Hen</span><span>Kihara</span></p>')).toEqual(['Ng Eng Hen', 'Kihara']);
    expect(blocksOf('<x-card style="display:block">One</x-card><x-card style="display:block">Two</x-card>')).toEqual(['One', 'Two']);
  });

  it('makes each child of a flex or grid container a block of its own, text runs included', () => {
    const chips = '<ul style="display:flex"><a href="/a">Ng Eng Hen</a><a href="/b">Minoru Kihara</a>HADR<b>ADMM</b></ul>';
    expect(blocksOf(chips)).toEqual(['Ng Eng Hen', 'Minoru Kihara', 'HADR', 'ADMM']);
    expect(blocksOf('<div style="display: inline-grid"><span>A</span><span>B</span></div>')).toEqual(['A', 'B']);
    // Grandchildren are not items: the link inside an item still joins its text.
    expect(blocksOf('<div style="display:flex"><span>Dr <b>Ng</b> Eng Hen</span></div>')).toEqual(['Dr Ng Eng Hen']);
    // display: contents passes the container's layout on to its children.
    expect(blocksOf('<div style="display:flex"><span style="display:contents"><i>A</i><i>B</i></span></div>')).toEqual(['A', 'B']);
  });

  it('asks displayOf only where the tag cannot decide, once per element', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><p>Plain <b>bold</b></p><p class="lede">With <span id="s">id</span></p><my-widget>Custom</my-widget><div style="color:red">Styled</div></body></html>',
    );
    const asked: string[] = [];
    const blocks = extractBlocks(document, {
      displayOf: (el) => {
        asked.push(el.localName);
        return el.localName === 'span' ? 'block' : el.localName === 'my-widget' ? 'inline' : 'block';
      },
    });
    expect(asked.sort()).toEqual(['div', 'my-widget', 'p', 'span']);
    expect(blocks.map((b) => b.text)).toEqual(['Plain bold', 'With ', 'id', 'Custom', 'Styled']);
  });

  it('asks a restyled block only once its display can matter: inline content beside it or inside it', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><div class="page"><p class="lede">Lede</p><div class="tags"><a>Ng Eng Hen</a><a>HADR</a></div><div class="folded">Tea Banh <b>ADMM</b></div><p class="one">One run</p></div></body></html>',
    );
    const asked: string[] = [];
    const styles: Record<string, string> = { tags: 'flex', folded: 'none' };
    const blocks = extractBlocks(document, {
      displayOf: (el) => {
        asked.push(el.getAttribute('class') ?? '');
        return styles[el.getAttribute('class') ?? ''] ?? 'block';
      },
    });
    // .page holds only blocks and .lede, .one a single run of text: never asked; .tags and .folded
    // are asked at their second run of inline content (content-visibility: hidden reads as none).
    expect(asked.sort()).toEqual(['folded', 'tags']);
    expect(blocks.map((b) => b.text)).toEqual(['Lede', 'Ng Eng Hen', 'HADR', 'One run']);
  });

  it('skips an element whose displayOf is none (display:none from a stylesheet on an inline element)', () => {
    const { document } = parseHTML('<!doctype html><html><body><p>Seen <span class="sr">ADMM</span> text</p></body></html>');
    const blocks = extractBlocks(document, { displayOf: (el) => (el.getAttribute('class') === 'sr' ? 'none' : 'block') });
    expect(blocks.map((b) => b.text)).toEqual(['Seen  text']);
  });

  it('reads ruby base text without its annotation, in the running text', () => {
    expect(blocksOf('<p>Talks with <ruby>Minoru<rp>(</rp><rt>みのる</rt><rp>)</rp></ruby> Kihara</p>')).toEqual([
      'Talks with Minoru Kihara',
    ]);
  });
});

describe('extractBlocks: hidden text', () => {
  it('reads only the summary of a closed <details>, and all of an open one', () => {
    expect(blocksOf('<details><summary>About ADMM</summary>Hidden HADR<p>Hidden too</p></details><p>After</p>')).toEqual([
      'About ADMM',
      'After',
    ]);
    expect(blocksOf('<details open><summary>About</summary>Shown HADR<p>Also</p></details>')).toEqual(['About', 'Shown HADR', 'Also']);
    expect(blocksOf('<details><p>No summary</p></details>')).toEqual([]);
    // A closed <details> inside an open one hides only its own content.
    expect(blocksOf('<details open><summary>A</summary><details><summary>B</summary>C</details>D</details>')).toEqual(['A', 'B', 'D']);
  });

  it('skips hidden="until-found", visibility hidden and content-visibility hidden in the style attribute', () => {
    expect(
      blocksOf(
        '<p>Kept</p><div hidden="until-found">ADMM</div><p>A <span style="visibility:hidden">HADR</span> B</p><div style="content-visibility: hidden">Ng Eng Hen</div>',
      ),
    ).toEqual(['Kept', 'A  B']);
  });
});

describe('extractBlocks: footnote markers', () => {
  it.each([
    ['<p>Ng Eng Hen<sup>1</sup> said</p>', 'Ng Eng Hen said'],
    ['<p>Ng Eng Hen<sup><a href="#n2">[2]</a></sup>, then</p>', 'Ng Eng Hen, then'],
    ['<p>ADMM<a href="#n3" role="doc-noteref">3</a> met</p>', 'ADMM met'],
    ['<p>ADMM<sup>*</sup> met</p>', 'ADMM met'],
    ['<p>Kihara<sup>4</sup>and</p>', 'Kihara and'],
  ])('%s reads %j', (html, text) => {
    expect(blocksOf(html)).toEqual([text]);
  });

  it('keeps superscripts that are words, such as ordinals', () => {
    expect(blocksOf('<p>the 17<sup>th</sup> ADMM</p>')).toEqual(['the 17th ADMM']);
  });
});
