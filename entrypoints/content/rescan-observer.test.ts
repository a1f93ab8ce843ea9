// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { OWN_UI_ATTRIBUTE } from '../../utils/extract/extract-blocks';
import { RescanObserver } from './rescan-observer';

const settle = (ms = 450) => new Promise((done) => setTimeout(done, ms));

describe('rescanning what a dynamic page changed', () => {
  it('hands over the outermost changed subtrees once the page is quiet, in one batch', async () => {
    document.body.innerHTML = '<main><section></section></main><aside></aside>';
    const batches: Node[][] = [];
    const observer = new RescanObserver({ active: () => true, rescan: async (roots) => void batches.push(roots) });
    observer.observe(document.body);
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

  it("ignores changes inside the extension's own UI, and every change while the page is off", async () => {
    document.body.innerHTML = `<div ${OWN_UI_ATTRIBUTE}></div><main></main>`;
    let active = true;
    const batches: Node[][] = [];
    const observer = new RescanObserver({ active: () => active, rescan: async (roots) => void batches.push(roots) });
    observer.observe(document.body);
    (document.querySelector(`[${OWN_UI_ATTRIBUTE}]`) as HTMLElement).append(document.createElement('p'));
    await settle();
    expect(batches).toEqual([[]]);
    active = false;
    (document.querySelector('main') as HTMLElement).append(document.createElement('p'));
    await settle();
    expect(batches).toEqual([[]]);
  });
});
