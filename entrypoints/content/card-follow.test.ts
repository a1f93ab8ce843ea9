// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardFollow } from './card-follow';

const frame = () => new Promise((ok) => requestAnimationFrame(() => ok(undefined)));
const flush = () => new Promise((ok) => setTimeout(ok, 0));

afterEach(() => {
  document.body.replaceChildren();
});

function setUp(gone = () => false) {
  const shell = document.createElement('div');
  document.body.append(shell);
  const handlers = { update: vi.fn(), gone: vi.fn(gone), close: vi.fn() };
  const follow = new CardFollow(handlers);
  return { shell, handlers, follow };
}

describe('a card following its mark', () => {
  it('is placed again after a scroll anywhere in the page, once a frame however many scrolls', async () => {
    const { shell, handlers, follow } = setUp();
    const box = document.createElement('div');
    document.body.append(box);
    follow.start({ roots: [document], shell });
    // A container's scroll does not bubble: heard in the capture phase.
    box.dispatchEvent(new Event('scroll'));
    await frame();
    expect(handlers.update).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event('scroll'));
    document.dispatchEvent(new Event('scroll'));
    await frame();
    expect(handlers.update).toHaveBeenCalledTimes(2);
    window.dispatchEvent(new Event('resize'));
    await frame();
    expect(handlers.update).toHaveBeenCalledTimes(3);
    follow.stop();
  });

  it('hears scrolls inside the shadow roots it is given, which do not leave their root', async () => {
    const { shell, handlers, follow } = setUp();
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    root.append(inner);
    follow.start({ roots: [document, root], shell });
    inner.dispatchEvent(new Event('scroll'));
    await frame();
    expect(handlers.update).toHaveBeenCalledTimes(1);
    follow.stop();
  });

  it('closes the card when a change takes the mark away, and not for other changes', async () => {
    let markThere = true;
    const { shell, handlers, follow } = setUp(() => !markThere);
    follow.start({ roots: [document], shell });
    document.body.append(document.createElement('p'));
    await flush();
    expect(handlers.close).not.toHaveBeenCalled();
    markThere = false;
    document.body.append(document.createElement('p'));
    await flush();
    expect(handlers.close).toHaveBeenCalled();
    follow.stop();
  });

  it('stops listening when stopped', async () => {
    const { shell, handlers, follow } = setUp(() => true);
    follow.start({ roots: [document], shell });
    follow.stop();
    document.dispatchEvent(new Event('scroll'));
    document.body.append(document.createElement('p'));
    await frame();
    await flush();
    expect(handlers.update).not.toHaveBeenCalled();
    expect(handlers.close).not.toHaveBeenCalled();
  });
});
