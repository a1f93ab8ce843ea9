// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CardKeys } from './card-keys';

function setup({ open = false } = {}) {
  const calls: string[] = [];
  const keys = new CardKeys(document, {
    cardOpen: () => open,
    close: () => calls.push('close'),
    step: (d) => calls.push(`step ${d}`),
    modifiers: (held) => calls.push(`modifiers ${held}`),
  });
  keys.attach();
  return { calls, keys };
}

/** A key the reader pressed: trusted, as the browser makes it (a page's dispatched event is not). */
const press = (target: EventTarget, init: KeyboardEventInit, { trusted = true } = {}) => {
  const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init });
  if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
  target.dispatchEvent(e);
  return e;
};

let detach: (() => void) | undefined;
afterEach(() => {
  detach?.();
  document.body.innerHTML = '';
});

describe('the hover card listens for its keys on the page', () => {
  it('Escape closes an open card', () => {
    const { calls, keys } = setup({ open: true });
    detach = () => keys.detach();
    press(document.body, { key: 'Escape' });
    expect(calls).toEqual(['modifiers false', 'close']);
  });

  it('Alt+Shift+N steps forward and keeps the chord from the page', () => {
    const { calls, keys } = setup();
    detach = () => keys.detach();
    let pageSaw = false;
    document.body.addEventListener('keydown', () => {
      pageSaw = true;
    });
    const e = press(document.body, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(calls).toEqual(['modifiers true', 'step 1']);
    expect(e.defaultPrevented).toBe(true);
    expect(pageSaw).toBe(false);
  });

  it('leaves the chord to a text field', () => {
    const { calls, keys } = setup();
    detach = () => keys.detach();
    const input = document.createElement('input');
    document.body.append(input);
    const e = press(input, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(calls).toEqual(['modifiers true']);
    expect(e.defaultPrevented).toBe(false);
  });

  it('hears nothing once detached', () => {
    const { calls, keys } = setup({ open: true });
    keys.detach();
    press(document.body, { key: 'Escape' });
    document.body.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    expect(calls).toEqual([]);
  });

  it("ignores keys a page's script dispatched (isTrusted false): no card opens, nothing is stepped or closed", () => {
    const { calls, keys } = setup({ open: true });
    detach = () => keys.detach();
    const step = press(document.body, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true }, { trusted: false });
    press(document.body, { key: 'Escape' }, { trusted: false });
    expect(step.defaultPrevented).toBe(false);
    expect(calls).toEqual([]);
    press(document.body, { key: 'Escape' });
    expect(calls).toContain('close');
  });
});
