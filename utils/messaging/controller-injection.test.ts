import { describe, expect, it, vi } from 'vitest';
import { CONTROLLER_SCRIPT, createControllerInjection } from './controller-injection';
import { createRouter, type Handlers } from './router';

const SELF = { id: 'defence-lens@example.org' };

function setup() {
  const inject = vi.fn(async () => [{ result: undefined }]);
  const fail = () => {
    throw new Error('not under test');
  };
  const handlers = new Proxy({} as Handlers, {
    get: (_t, key) => (key === 'content/controller' ? createControllerInjection(inject, SELF) : fail),
  });
  return { inject, route: createRouter(handlers, () => {}) };
}

describe('content/controller', () => {
  it("injects the controller's script into the asking content script's own tab and frame", async () => {
    const { inject, route } = setup();
    const reply = await route(
      { type: 'content/controller', payload: {} },
      { senderUrl: 'http://127.0.0.1:8000/a.html', sender: { id: SELF.id, url: 'http://127.0.0.1:8000/a.html', tabId: 4, frameId: 12 } },
    );
    expect(reply).toEqual({ ok: true, data: { injected: true } });
    expect(inject).toHaveBeenCalledWith({ tabId: 4, frameId: 12 }, CONTROLLER_SCRIPT);
  });

  it('refuses a sender without a tab and frame (an extension page) or from another extension', async () => {
    const { inject, route } = setup();
    const page = await route(
      { type: 'content/controller', payload: {} },
      { sender: { id: SELF.id, url: 'chrome-extension://x/popup.html' } },
    );
    const other = await route({ type: 'content/controller', payload: {} }, { sender: { id: 'other', tabId: 1, frameId: 0 } });
    expect(page.ok).toBe(false);
    expect(other.ok).toBe(false);
    expect(inject).not.toHaveBeenCalled();
  });

  it('takes no say from the payload over where the script goes', async () => {
    const { inject, route } = setup();
    const reply = await route({ type: 'content/controller', payload: { tabId: 9 } }, { sender: { id: SELF.id, tabId: 1, frameId: 0 } });
    expect(reply.ok).toBe(false);
    expect(inject).not.toHaveBeenCalled();
  });
});
