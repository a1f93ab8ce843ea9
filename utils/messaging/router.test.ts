import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from './router';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = () => {
    throw new Error('not under test');
  };
  return {
    ping: () => ({ pong: true, at: 1 }),
    'corpus/info': fail,
    'corpus/snapshot': fail,
    'corpus/details': fail,
    'corpus/full': fail,
    'prefilter/user-keys': fail,
    'content/controller': fail,
    'content/mark-sheet': fail,
    'matcher/snapshot': fail,
    'matcher/user-layer': fail,
    'search/index': fail,
    'record/get': ({ id }) => (id === 'known' ? { kind: 'term', origin: 'bundled', record: { id } as never } : null),
    'record/list': fail,
    'record/hidden': fail,
    'record/recent': fail,
    'corpus/export': fail,
    'record/put': fail,
    'record/delete': fail,
    'record/reset': fail,
    'corpus/reset-all': fail,
    'page/inspect': fail,
    ...overrides,
  };
}

describe('message router', () => {
  it('answers a valid request with the handler result', async () => {
    const route = createRouter(handlers());
    expect(await route({ type: 'ping', payload: {} })).toEqual({ ok: true, data: { pong: true, at: 1 } });
    expect(await route({ type: 'record/get', payload: { id: 'missing' } })).toEqual({ ok: true, data: null });
  });

  it('rejects an unknown type, and logs it only once', async () => {
    const log = vi.fn();
    const route = createRouter(handlers(), log);
    const reply = await route({ type: 'delete/everything', payload: {} });
    await route({ type: 'delete/everything', payload: {} });
    expect(reply).toEqual({ ok: false, error: 'unknown message type "delete/everything"' });
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('rejects messages that are not envelopes', async () => {
    const route = createRouter(handlers(), () => {});
    for (const bad of [null, 42, 'ping', [], { payload: {} }, { type: 7 }]) {
      expect(await route(bad)).toMatchObject({ ok: false, error: expect.stringContaining('malformed') });
    }
  });

  it('names the field of a malformed payload', async () => {
    const route = createRouter(handlers(), () => {});
    expect(await route({ type: 'record/get', payload: {} })).toMatchObject({ ok: false, error: expect.stringContaining('id') });
    expect(await route({ type: 'record/get', payload: { id: 'x', extra: true } })).toMatchObject({ ok: false });
    expect(await route({ type: 'record/list', payload: { kind: 'spaceship' } })).toMatchObject({
      ok: false,
      error: expect.stringContaining('kind'),
    });
  });

  it('does not treat inherited keys as message types', async () => {
    const route = createRouter(handlers(), () => {});
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(await route({ type, payload: {} })).toMatchObject({ ok: false, error: expect.stringContaining('unknown') });
    }
  });

  it('turns a throwing handler into an error reply', async () => {
    const route = createRouter(
      handlers({
        ping: () => {
          throw new Error('disk on fire');
        },
      }),
      () => {},
    );
    expect(await route({ type: 'ping', payload: {} })).toEqual({ ok: false, error: '"ping" failed: disk on fire' });
  });
});
