// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CardHost, hostStyle } from './card-host';
import { inspect } from './inspect';

const hosts = () => [...document.documentElement.children].filter((el) => el.tagName === 'DIV') as HTMLElement[];
const flush = () => new Promise((ok) => setTimeout(ok, 0));

afterEach(() => {
  for (const el of hosts()) el.remove();
});

describe("the hover card's element in the page", () => {
  it('is one hidden host, with no attribute but its style, whose closed shadow root holds the styles and the card', () => {
    const host = new CardHost(document);
    host.ensure();
    host.ensure();
    const els = hosts();
    expect(els.length).toBe(1);
    const el = els[0] as HTMLElement;
    expect(el).toBe(host.element);
    expect(el.getAttributeNames()).toEqual(['style']);
    expect(el.style.visibility).toBe('hidden');
    // Closed: the page's scripts get no shadowRoot; the content script's own world keeps it.
    expect(el.shadowRoot).toBeNull();
    expect(inspect.cardRoot?.querySelector('style')?.textContent).toContain('.dl-shell');
    host.render(h('div', { class: 'dl-shell' }, 'Ng Eng Hen'));
    expect(host.shell?.textContent).toBe('Ng Eng Hen');
    expect(inspect.cardRoot?.textContent).toContain('Ng Eng Hen');
    host.setVisible(true);
    expect(el.style.visibility).toBe('visible');
  });

  it('is a built-in div, so a custom element a page defined first cannot take it over', () => {
    customElements.define(
      'defence-lens-card',
      class extends HTMLElement {
        constructor() {
          super();
          throw new Error('hostile');
        }
      },
    );
    const host = new CardHost(document);
    host.ensure();
    expect(host.element?.tagName).toBe('DIV');
    host.render(h('div', { class: 'dl-shell' }, 'card'));
    expect(host.shell?.textContent).toBe('card');
  });

  it("sets its box with all:initial and !important inline styles, and puts them back when the page's script changes them", async () => {
    const host = new CardHost(document);
    host.ensure();
    const el = host.element as HTMLElement;
    expect(el.getAttribute('style')).toBe(hostStyle(false, 'none'));
    expect(el.getAttribute('style')).toMatch(/^all:initial !important;/);
    for (const d of (el.getAttribute('style') ?? '').split(';').filter(Boolean)) expect(d).toMatch(/!important$/);
    host.setVisible(true);
    host.moveTo(10, 20, undefined);
    el.style.setProperty('left', '-9999px', 'important');
    el.setAttribute('class', 'page-owned');
    el.setAttribute('data-x', '1');
    await flush();
    expect(el.getAttribute('style')).toBe(hostStyle(true, 'translate(10px, 20px)'));
    expect(el.hasAttribute('class')).toBe(false);
    expect(el.hasAttribute('data-x')).toBe(false);
    expect(el.getAttributeNames()).toEqual(['style']);
  });

  it('is emptied and hidden between cards, and kept in the page', () => {
    const host = new CardHost(document);
    host.ensure();
    host.render(h('div', null, 'card'));
    host.setVisible(true);
    host.empty();
    expect(host.shell).toBeUndefined();
    expect(host.element?.isConnected).toBe(true);
    expect(host.element?.style.visibility).toBe('hidden');
  });

  it('comes back if the page removed it', () => {
    const host = new CardHost(document);
    host.ensure();
    host.element?.remove();
    host.ensure();
    expect(hosts().length).toBe(1);
    expect(host.element?.isConnected).toBe(true);
  });

  it('moves by a whole-pixel transform and caps the height only when told to', () => {
    const host = new CardHost(document);
    host.ensure();
    host.render(h('div', null, 'card'));
    host.moveTo(10.4, 20.6, undefined);
    expect(host.element?.style.transform).toBe('translate(10px, 21px)');
    expect(host.shell?.style.maxHeight).toBe('');
    host.moveTo(0, 0, 300);
    expect(host.shell?.style.maxHeight).toBe('300px');
    host.measure(400.6); // a new placement starts from the card's own height
    expect(host.shell?.style.maxHeight).toBe('');
    // Its width is kept inside the viewport's gutters, which the CSS cap (100vw counts the scrollbar) does not know.
    expect(host.shell?.style.maxWidth).toContain('400px');
  });

  it('is gone after remove', () => {
    const host = new CardHost(document);
    host.ensure();
    host.remove();
    expect(hosts().length).toBe(0);
    expect(host.element).toBeUndefined();
    expect(inspect.cardRoot).toBeUndefined();
  });
});
