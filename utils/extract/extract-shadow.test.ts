/** Shadow trees and slots, on happy-dom (linkedom has no slots): the text is read where it renders. */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractBlocks } from './extract-blocks';

function page(html: string, shadows: Record<string, string>): Document {
  const doc = new Window().document as unknown as Document;
  doc.body.innerHTML = html;
  for (const [selector, inner] of Object.entries(shadows)) {
    const host = doc.querySelector(selector);
    if (!host) throw new Error(selector);
    host.attachShadow({ mode: 'open' }).innerHTML = inner;
  }
  return doc;
}
const texts = (doc: Document) => extractBlocks(doc).map((b) => b.text);

describe('extractBlocks: shadow DOM', () => {
  it('reads slotted light DOM where its slot puts it, inside the running text', () => {
    const doc = page('<p>Talks with <x-name><b>Ng</b> Eng Hen</x-name> ended.</p>', { 'x-name': 'Dr <slot></slot> (Singapore)' });
    expect(texts(doc)).toEqual(['Talks with Dr Ng Eng Hen (Singapore) ended.']);
  });

  it('reads named slots in the shadow tree order, and leaves out light children no slot shows', () => {
    const doc = page('<x-card><span slot="b">second ADMM</span><span slot="a">first HADR</span><span>unshown Kihara</span></x-card>', {
      'x-card': '<h3><slot name="a"></slot></h3><p><slot name="b"></slot></p>',
    });
    expect(texts(doc)).toEqual(['first HADR', 'second ADMM']);
  });

  it("reads a slot's fallback content when nothing is assigned to it", () => {
    const doc = page('<x-card></x-card>', { 'x-card': '<p><slot name="x">Fallback Minoru Kihara</slot></p>' });
    expect(texts(doc)).toEqual(['Fallback Minoru Kihara']);
  });

  it('makes slotted children of a flex container separate items', () => {
    const doc = page('<x-tags><a>Ng Eng Hen</a><a>Minoru Kihara</a></x-tags>', {
      'x-tags': '<div style="display:flex"><slot></slot></div>',
    });
    expect(texts(doc)).toEqual(['Ng Eng Hen', 'Minoru Kihara']);
  });

  it("reads a custom element's own shadow content in place, and a nested host's too", () => {
    const doc = page('<p>Before <x-outer></x-outer> after</p>', { 'x-outer': 'outer <x-inner></x-inner>' });
    const inner = doc.querySelector('x-outer')?.shadowRoot?.querySelector('x-inner');
    if (!inner) throw new Error('no inner host');
    inner.attachShadow({ mode: 'open' }).innerHTML = '<b>Tea</b> Banh';
    expect(texts(doc)).toEqual(['Before outer Tea Banh after']);
  });

  it('tells of every shadow root it reads, an empty one too (a component renders into it later)', () => {
    const doc = page('<p><x-a></x-a> and <x-b></x-b></p><p hidden><x-c></x-c></p>', { 'x-a': 'Tea Banh', 'x-b': '', 'x-c': 'unseen' });
    const seen: ShadowRoot[] = [];
    extractBlocks(doc, { onShadowRoot: (r) => void seen.push(r) });
    expect(seen.map((r) => r.host.localName)).toEqual(['x-a', 'x-b']);
  });
});
