// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectChanged, type MutationLike, outermostRoots } from './changed-roots';

const OWN = '[data-own-ui]';

function page() {
  document.body.innerHTML =
    '<main><section><p id="a">one</p><p id="b">two</p></section></main><div data-own-ui><p id="card">card</p></div>';
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  return { $, section: document.querySelector('section') as HTMLElement, main: document.querySelector('main') as HTMLElement };
}

const added = (target: Node, ...nodes: Node[]): MutationLike => ({ type: 'childList', target, addedNodes: nodes });
const text = (node: Node): MutationLike => ({ type: 'characterData', target: node, addedNodes: [] });

describe('what a dynamic page changed', () => {
  it('collects added elements, the parents of added text, and the elements whose text changed', () => {
    const { $, section } = page();
    const p = document.createElement('p');
    section.append(p);
    const t = document.createTextNode('more');
    $('a').append(t);
    const into = new Set<Node>();
    collectChanged([added(section, p), added($('a'), t), text($('b').firstChild as Node)], OWN, into);
    expect([...into]).toEqual([p, $('a'), $('b')]);
  });

  it("ignores the extension's own UI and added comments", () => {
    const { $, section } = page();
    const into = new Set<Node>();
    const comment = document.createComment('x');
    section.append(comment);
    collectChanged([added($('card'), document.createElement('b')), text($('card').firstChild as Node), added(section, comment)], OWN, into);
    expect(into.size).toBe(0);
  });

  it('keeps only the outermost roots still in the page', () => {
    const { $, section } = page();
    const gone = document.createElement('p');
    expect(outermostRoots([$('a'), section, $('b')])).toEqual([section]);
    expect(outermostRoots([$('a'), $('b')])).toEqual([$('a'), $('b')]);
    expect(outermostRoots([$('a'), gone])).toEqual([$('a')]);
  });
});
