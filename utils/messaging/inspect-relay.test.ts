import { describe, expect, it, vi } from 'vitest';
import { INSPECT_STATE, type InspectReport, mayInspect } from './inspect-protocol';
import { createInspectHandler } from './inspect-relay';
import { createRouter, type Handlers } from './router';

const SELF = { id: 'defence-lens@example.org', origin: 'moz-extension://1234-abcd/' };
const REPORT: InspectReport = {
  url: 'http://127.0.0.1:8000/a.html',
  top: true,
  state: 'ready 1',
  marks: 3,
  markStyle: null,
  highlightNames: {},
  card: null,
};

function setup() {
  const send = vi.fn(async () => ({ ok: true, data: REPORT }));
  const fail = () => {
    throw new Error('not under test');
  };
  const handlers = new Proxy({} as Handlers, { get: (_t, key) => (key === 'page/inspect' ? createInspectHandler(send, SELF) : fail) });
  return { send, route: createRouter(handlers, () => {}) };
}

describe('page/inspect', () => {
  it("relays an extension page's question to the tab's top frame and answers with the content script's report", async () => {
    const { send, route } = setup();
    const reply = await route(
      { type: 'page/inspect', payload: { tabId: 7 } },
      { senderUrl: `${SELF.origin}popup.html?tab=7`, sender: { id: SELF.id, url: `${SELF.origin}popup.html?tab=7` } },
    );
    expect(reply).toEqual({ ok: true, data: REPORT });
    expect(send).toHaveBeenCalledWith(7, { type: INSPECT_STATE, payload: { url: null } }, { frameId: 0 });
  });

  it('asks one frame by its address, or by its id', async () => {
    const { send, route } = setup();
    const sender = { id: SELF.id, url: `${SELF.origin}options.html` };
    await route({ type: 'page/inspect', payload: { tabId: 2, url: 'http://localhost:1/f.html' } }, { sender });
    expect(send).toHaveBeenLastCalledWith(2, { type: INSPECT_STATE, payload: { url: 'http://localhost:1/f.html' } }, {});
    await route({ type: 'page/inspect', payload: { tabId: 2, frameId: 5 } }, { sender });
    expect(send).toHaveBeenLastCalledWith(2, { type: INSPECT_STATE, payload: { url: null } }, { frameId: 5 });
  });

  it('refuses a content script (the web page is its URL), and relays nothing', async () => {
    const { send, route } = setup();
    const page = 'http://127.0.0.1:8000/hostile/page.html';
    const reply = await route({ type: 'page/inspect', payload: { tabId: 7 } }, { senderUrl: page, sender: { id: SELF.id, url: page } });
    expect(reply.ok).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('refuses another extension, a sender without a URL, and a look-alike origin', async () => {
    const { send, route } = setup();
    for (const sender of [
      { id: 'other@example.org', url: `${SELF.origin}popup.html` },
      { id: SELF.id },
      { id: SELF.id, url: 'moz-extension://1234-abcd.evil/popup.html' },
      undefined,
    ]) {
      const reply = await route({ type: 'page/inspect', payload: { tabId: 1 } }, { sender });
      expect(reply.ok, JSON.stringify(sender)).toBe(false);
    }
    expect(send).not.toHaveBeenCalled();
    expect(mayInspect({ id: SELF.id, url: `${SELF.origin}popup.html` }, SELF)).toBe(true);
  });

  it('rejects a malformed payload before relaying, and answers null when the tab has no content script', async () => {
    const { send, route } = setup();
    const sender = { id: SELF.id, url: `${SELF.origin}popup.html` };
    expect((await route({ type: 'page/inspect', payload: { tabId: -1 } }, { sender })).ok).toBe(false);
    expect((await route({ type: 'page/inspect', payload: { tabId: 1, code: 'x' } }, { sender })).ok).toBe(false);
    expect(send).not.toHaveBeenCalled();
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await route({ type: 'page/inspect', payload: { tabId: 1 } }, { sender })).toEqual({ ok: true, data: null });
  });
});
