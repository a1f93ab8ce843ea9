// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { OWN_UI_ATTRIBUTE } from '../../utils/extract/extract-blocks';
import { type RescanDeps, RescanObserver } from './rescan-observer';

const settle = (ms = 450) => new Promise((done) => setTimeout(done, ms));

/** An observer whose rescans and drops are recorded; widening climbs to the nearest <p> or <section>. */
function watch(over: Partial<RescanDeps> = {}) {
  const batches: Node[][] = [];
  const drops: Text[][] = [];
  const observer = new RescanObserver({
    active: () => true,
    ignore: (el) => el.closest(`[${OWN_UI_ATTRIBUTE}]`) !== null,
    dropRemoved: (changed) => void drops.push([...changed]),
    widen: (n) => (n.nodeType === 1 ? ((n as Element).closest('p, section, article') ?? n) : n),
    rescan: async (roots) => void batches.push(roots),
    ...over,
  });
  observer.observe(document);
  return { observer, batches, drops };
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe('rescanning what a dynamic page changed', () => {
  it('hands over the outermost changed blocks once the page is quiet, in one batch', async () => {
    document.body.innerHTML = '<main><section></section></main><aside></aside>';
    const { batches } = watch();
    const section = document.querySelector('section') as HTMLElement;
    const article = document.createElement('article');
    section.append(article);
    const p = document.createElement('p');
    article.append(p); // inside the article: covered by it
    const note = document.createElement('p');
    (document.querySelector('aside') as HTMLElement).append(note);
    await settle();
    expect(batches).toEqual([[article, note]]);
  });

  it('widens a change to its block: text filled into an empty inline element rescans the paragraph', async () => {
    document.body.innerHTML = '<p id="p">Minoru <span id="s"></span> spoke.</p>';
    const { batches } = watch();
    (document.getElementById('s') as HTMLElement).textContent = 'Kihara';
    await settle();
    expect(batches).toEqual([[document.getElementById('p')]]);
  });

  it("ignores changes inside the extension's own UI, and every change while the page is off", async () => {
    document.body.innerHTML = `<div ${OWN_UI_ATTRIBUTE}></div><main></main>`;
    let active = true;
    const { batches } = watch({ active: () => active });
    (document.querySelector(`[${OWN_UI_ATTRIBUTE}]`) as HTMLElement).append(document.createElement('p'));
    await settle();
    expect(batches).toEqual([]);
    active = false;
    (document.querySelector('main') as HTMLElement).append(document.createElement('p'));
    await settle();
    expect(batches).toEqual([]);
  });

  it('drops the marks of removed text in the callback itself, before any rescan', async () => {
    document.body.innerHTML = '<p id="a">Minoru Kihara</p><p id="b">Ng Eng Hen</p>';
    const { batches, drops } = watch();
    const text = document.getElementById('b')?.firstChild as Text;
    document.getElementById('a')?.remove();
    text.data = 'someone else';
    await Promise.resolve();
    await Promise.resolve();
    expect(drops.length).toBeGreaterThan(0);
    expect(drops.flat()).toEqual([text]);
    expect(batches).toEqual([]);
    await settle();
    // The parent that lost a child holds the paragraph whose text changed: one rescan of it.
    expect(batches).toEqual([[document.body]]);
  });

  it('watches the attributes that show text: a <details> opened, hidden removed, a class changed', async () => {
    document.body.innerHTML = '<details id="d"><summary>s</summary><p>x</p></details><p id="h" hidden>y</p><p id="c">z</p>';
    const { batches } = watch();
    (document.getElementById('d') as HTMLDetailsElement).setAttribute('open', '');
    (document.getElementById('h') as HTMLElement).removeAttribute('hidden');
    (document.getElementById('c') as HTMLElement).className = 'shown';
    (document.getElementById('c') as HTMLElement).setAttribute('data-other', '1');
    await settle();
    expect(batches).toEqual([[document.getElementById('d'), document.getElementById('h'), document.getElementById('c')]]);
  });

  it('watches a shadow root it is given', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    const { observer, batches } = watch();
    observer.observe(shadow);
    observer.observe(shadow); // twice is once
    const p = document.createElement('p');
    shadow.append(p);
    await settle();
    expect(batches).toEqual([[p]]);
  });

  it('a page that never stops changing is still rescanned, one rescan at a time', async () => {
    document.body.innerHTML = '<section id="ticker"><p>0</p></section>';
    let running = 0;
    let overlapped = false;
    const { batches } = watch({
      rescan: async (roots) => {
        running++;
        if (running > 1) overlapped = true;
        batches.push(roots);
        await settle(150);
        running--;
      },
    });
    const ticker = document.getElementById('ticker') as HTMLElement;
    const tick = setInterval(() => {
      ticker.innerHTML = `<p>${Date.now()}</p>`;
    }, 100);
    stop = () => clearInterval(tick);
    // Quiet never comes (a change every 100 ms, the quiet wait is 300 ms): the longest wait ends it.
    await settle(2600);
    stop();
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(batches.every((b) => b.length === 1 && b[0] === ticker)).toBe(true);
    expect(overlapped).toBe(false);
  });
});
