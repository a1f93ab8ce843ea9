// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockRoot, collectChanged, composedContains, emptyChanges, type MutationLike, outermostRoots } from './changed-roots';

const ignore = (el: Element) => el.closest('[data-own-ui]') !== null;

function page() {
  document.head.innerHTML = '<title>t</title>';
  document.body.innerHTML =
    '<main><section><p id="a">one</p><p id="b">two</p></section></main><div data-own-ui><p id="card">card</p></div>';
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  return { $, section: document.querySelector('section') as HTMLElement, main: document.querySelector('main') as HTMLElement };
}

const added = (target: Node, ...nodes: Node[]): MutationLike => ({ type: 'childList', target, addedNodes: nodes, removedNodes: [] });
const removed = (target: Node, ...nodes: Node[]): MutationLike => ({ type: 'childList', target, addedNodes: [], removedNodes: nodes });
const text = (node: Node): MutationLike => ({ type: 'characterData', target: node, addedNodes: [] });
const attr = (el: Element, name: string, oldValue: string | null): MutationLike => ({
  type: 'attributes',
  target: el,
  addedNodes: [],
  attributeName: name,
  oldValue,
});

describe('what a dynamic page changed', () => {
  it('collects added elements, the parents of added text, and the elements whose text changed', () => {
    const { $, section } = page();
    const p = document.createElement('p');
    section.append(p);
    const t = document.createTextNode('more');
    $('a').append(t);
    const into = emptyChanges();
    collectChanged([added(section, p), added($('a'), t), text($('b').firstChild as Node)], ignore, into);
    expect([...into.roots]).toEqual([p, $('a'), $('b')]);
    expect([...into.changedText]).toEqual([$('b').firstChild]);
    expect(into.removed).toBe(true);
  });

  it('a removal marks text as gone and rescans the parent that lost a child (its neighbours now join)', () => {
    const { $, section } = page();
    const gone = $('a');
    gone.remove();
    const into = emptyChanges();
    collectChanged([removed(section, gone)], ignore, into);
    expect(into.removed).toBe(true);
    expect([...into.roots]).toEqual([section]);
  });

  it("ignores the extension's own UI, the head, added comments and elements that hold no text", () => {
    const { $, section } = page();
    const into = emptyChanges();
    const comment = document.createComment('x');
    section.append(comment);
    const script = document.createElement('script');
    section.append(script);
    const title = document.querySelector('title') as HTMLElement;
    collectChanged(
      [
        added($('card'), document.createElement('b')),
        text($('card').firstChild as Node),
        added(section, comment),
        added(section, script),
        removed(section, script),
        text(title.firstChild as Node),
      ],
      ignore,
      into,
    );
    expect(into.roots.size).toBe(0);
    expect(into.removed).toBe(false);
  });

  it('collects an element whose visibility attribute changed, unless it was set to the value it had', () => {
    const { $ } = page();
    $('a').setAttribute('class', 'open');
    $('b').setAttribute('class', 'same');
    const into = emptyChanges();
    collectChanged([attr($('a'), 'class', null), attr($('b'), 'class', 'same')], ignore, into);
    expect([...into.roots]).toEqual([$('a')]);
    expect(into.removed).toBe(false);
  });

  it('collects changes inside a shadow root, the shadow root itself when it lost a child', () => {
    const { $ } = page();
    const shadow = $('a').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    const inner = shadow.firstChild as Node;
    const into = emptyChanges();
    collectChanged([added(shadow, inner), removed(shadow, document.createElement('p'))], ignore, into);
    expect([...into.roots]).toEqual([inner, shadow]);
  });

  it('keeps only the outermost roots still in the page, shadow trees included', () => {
    const { $, section } = page();
    const gone = document.createElement('p');
    expect(outermostRoots([$('a'), section, $('b')])).toEqual([section]);
    expect(outermostRoots([$('a'), $('b')])).toEqual([$('a'), $('b')]);
    expect(outermostRoots([$('a'), gone])).toEqual([$('a')]);
    const shadow = $('b').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    expect(outermostRoots([shadow.firstChild as Node, section])).toEqual([section]);
    expect(composedContains(section, shadow.firstChild as Node)).toBe(true);
    expect(composedContains($('a'), shadow.firstChild as Node)).toBe(false);
  });
});

describe('the block around a changed node', () => {
  // The rendered display, as the content script asks it: here, by tag and a class.
  const inline = (el: Element) => ['b', 'span', 'a', 'x-name'].includes(el.localName) && !el.classList.contains('chip');

  it('climbs inline elements to the first box of its own', () => {
    document.body.innerHTML = '<article><p id="p">Minoru <span><b id="b"></b></span></p></article>';
    const b = document.getElementById('b') as HTMLElement;
    expect(blockRoot(b, inline)).toBe(document.getElementById('p'));
    expect(blockRoot(document.getElementById('p')?.firstChild as Node, inline)).toBe(document.getElementById('p'));
  });

  it('stops at an element displayed as a box whatever its tag', () => {
    document.body.innerHTML = '<p><span class="chip" id="c"><b id="b">x</b></span></p>';
    expect(blockRoot(document.getElementById('b') as Node, inline)).toBe(document.getElementById('c'));
  });

  it('crosses a shadow root to its host, and goes on above an inline host', () => {
    document.body.innerHTML = '<p id="p">Talks with <x-name id="host"></x-name></p>';
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span id="in">Kihara</span>';
    expect(blockRoot(shadow.getElementById('in') as Node, inline)).toBe(document.getElementById('p'));
    expect(blockRoot(shadow, inline)).toBe(document.getElementById('p'));
  });

  it('never climbs above <body>', () => {
    document.body.innerHTML = '<span id="s">loose text</span>';
    expect(blockRoot(document.getElementById('s') as Node, () => true)).toBe(document.body);
  });
});
