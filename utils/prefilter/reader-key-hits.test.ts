// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hashKey, Prefilter } from './page-prefilter';
import { foldString } from './prefilter-keys';

const folds = foldString();
const slices = { spent: () => true, pause: () => Promise.resolve() };

function prefilterWith(reader: string[]): Prefilter {
  const p = new Prefilter({ version: 'v', keys: ['admm', '^kihara'].join('\n'), folds });
  p.addKeys(reader, { reader: true });
  return p;
}

async function hits(p: Prefilter, html: string): Promise<number[]> {
  document.body.innerHTML = html;
  return [...(await p.readerKeyHits([document.body], slices))].sort();
}

const h = (...keys: string[]) => keys.map(hashKey).sort();

describe("the reader's key hits", () => {
  it('reports every reader key the text holds, folded as the matcher folds it, across nodes, to the end of the page', async () => {
    const p = prefilterWith(['quillfeather', '^marshwick', 'zephyr']);
    expect(await hits(p, '<p>QUILL<i>FEATHER</i> and Zéphyr</p><p>Later, Marshwick spoke.</p>')).toEqual(
      h('quillfeather', 'zephyr', 'marshwick'),
    );
  });

  it('counts a "^" key only written with a capital, and never reports the build’s own keys', async () => {
    const p = prefilterWith(['^marshwick']);
    expect(await hits(p, '<p>marshwick at the ADMM with Kihara</p>')).toEqual([]);
  });

  it('leaves out scripts and styles, as the first pass does, and finds nothing without reader keys', async () => {
    expect(await hits(prefilterWith(['zephyr']), '<script>zephyr</script><style>.zephyr{}</style><p>none</p>')).toEqual([]);
    expect(prefilterWith([]).hasReaderKeys).toBe(false);
    expect(await hits(prefilterWith([]), '<p>Zephyr</p>')).toEqual([]);
  });

  it('reads on past a run too long to split (the first pass stops there), so a key after it is still found', async () => {
    const long = 'x'.repeat(200);
    const p = prefilterWith(['zephyr']);
    // A run of 400 letters over two nodes: the first pass lets the page through at once.
    document.body.innerHTML = `<p>${long}<b>${long}</b></p>`;
    expect(p.nodesHaveKey([document.body])).toBe(true);
    expect(await hits(p, `<p>${long}<b>${long}</b> then Zephyr</p>`)).toEqual(h('zephyr'));
  });
});
