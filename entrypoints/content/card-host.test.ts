// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OWN_UI_ATTRIBUTE } from '../../utils/extract/extract-blocks';
import { CardHost } from './card-host';

afterEach(() => {
  for (const el of document.querySelectorAll('defence-lens-card')) el.remove();
});

describe("the hover card's element in the page", () => {
  it('is one hidden host, marked as our own UI, whose shadow root holds the styles and the card', () => {
    const host = new CardHost(document);
    host.ensure();
    host.ensure();
    const els = document.querySelectorAll('defence-lens-card');
    expect(els.length).toBe(1);
    const el = els[0] as HTMLElement;
    expect(el.hasAttribute(OWN_UI_ATTRIBUTE)).toBe(true);
    expect(el.style.visibility).toBe('hidden');
    expect(el.shadowRoot?.querySelector('style')?.textContent).toContain('.dl-shell');
    host.render(h('div', { class: 'dl-shell' }, 'Ng Eng Hen'));
    expect(host.shell?.textContent).toBe('Ng Eng Hen');
    host.setVisible(true);
    expect(el.style.visibility).toBe('');
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
    expect(document.querySelectorAll('defence-lens-card').length).toBe(1);
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
    host.measure(); // a new placement starts from the card's own height
    expect(host.shell?.style.maxHeight).toBe('');
  });

  it('is gone after remove', () => {
    const host = new CardHost(document);
    host.ensure();
    host.remove();
    expect(document.querySelector('defence-lens-card')).toBeNull();
    expect(host.element).toBeUndefined();
  });
});
