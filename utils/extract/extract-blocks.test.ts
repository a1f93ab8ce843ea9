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

  it('keeps "display: inline-block" and other displays', () => {
    expect(blocksOf('<p style="display:inline-block">Kept</p><p style="display: nonesuch">Also</p>')).toEqual(['Kept', 'Also']);
  });
});
