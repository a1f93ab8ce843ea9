// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compareComposed, insertionIndex } from './composed-order';
import { textHash } from './text-hash';

function page() {
  document.body.innerHTML = '<p id="a">one</p><div id="host"><i id="light">light</i></div><p id="c">three</p>';
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  const shadow = $('host').attachShadow({ mode: 'open' });
  shadow.innerHTML = '<b id="s1">x</b><b id="s2">y</b>';
  return { $, s1: shadow.getElementById('s1') as HTMLElement, s2: shadow.getElementById('s2') as HTMLElement };
}

describe('page order across shadow trees', () => {
  it('orders nodes of one tree as the document does, and an ancestor before its descendants', () => {
    const { $ } = page();
    expect(compareComposed($('a'), $('c'))).toBeLessThan(0);
    expect(compareComposed($('c'), $('a'))).toBeGreaterThan(0);
    expect(compareComposed($('a'), $('a').firstChild as Node)).toBeLessThan(0);
    expect(compareComposed($('a'), $('a'))).toBe(0);
  });

  it('puts a shadow tree where its host is, before the host light children', () => {
    const { $, s1, s2 } = page();
    const order = [$('c'), s2, $('light'), $('a'), s1].sort(compareComposed);
    expect(order).toEqual([$('a'), s1, s2, $('light'), $('c')]);
  });

  it('finds where a run of new items goes by binary search', () => {
    const { $, s1, s2 } = page();
    const sorted = [$('a'), s1, $('c')].map((node) => ({ node }));
    expect(insertionIndex(sorted, s2, (x) => x.node)).toBe(2);
    expect(insertionIndex(sorted, document.body, (x) => x.node)).toBe(0);
    expect(insertionIndex(sorted, $('c').firstChild as Node, (x) => x.node)).toBe(3);
    expect(insertionIndex([], $('a'), (x: { node: Node }) => x.node)).toBe(0);
  });
});

describe('text fingerprint', () => {
  it('differs when the text does, continues from a previous value, and is stable', () => {
    expect(textHash('Minoru Kihara')).toBe(textHash('Minoru Kihara'));
    expect(textHash('Minoru Kihara')).not.toBe(textHash('Minoru Kihar'));
    expect(textHash('b', textHash('a'))).toBe(textHash('ab'));
    expect(textHash('ab')).not.toBe(textHash('ba'));
  });
});
