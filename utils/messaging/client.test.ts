import { describe, expect, it } from 'vitest';
import { RequestError, request, type Transport } from './client';

/** A transport whose answers come from a list: an Error is thrown, undefined is no answer at all. */
function scripted(answers: unknown[]): Transport & { sent: number; slept: number[] } {
  const t = {
    sent: 0,
    slept: [] as number[],
    async send() {
      const a = answers[t.sent++];
      if (a instanceof Error) throw a;
      return a;
    },
    async sleep(ms: number) {
      t.slept.push(ms);
    },
  };
  return t;
}

describe('request', () => {
  it('tries again with growing pauses while the background does not answer, and returns its answer once it does', async () => {
    const t = scripted([
      new Error('Could not establish connection. Receiving end does not exist.'),
      undefined,
      { ok: true, data: { pong: true, at: 1 } },
    ]);
    expect(await request('ping', {}, t, [10, 20, 40])).toEqual({ pong: true, at: 1 });
    expect(t.sent).toBe(3);
    expect(t.slept).toEqual([10, 20]);
  });

  it('gives up after the last pause, saying why', async () => {
    const t = scripted([new Error('gone away'), new Error('gone away'), new Error('gone away')]);
    await expect(request('ping', {}, t, [5, 5])).rejects.toThrow(/no reply to "ping": gone away/);
    expect(t.sent).toBe(3);
  });

  it('does not retry a refusal, nor a script whose extension was reloaded', async () => {
    const refused = scripted([{ ok: false, error: 'writes are accepted only from the extension’s own pages' }]);
    await expect(request('ping', {}, refused, [5])).rejects.toBeInstanceOf(RequestError);
    expect(refused.sent).toBe(1);
    const orphan = scripted([new Error('Extension context invalidated.')]);
    await expect(request('ping', {}, orphan, [5])).rejects.toThrow(/context invalidated/);
    expect(orphan.sent).toBe(1);
  });
});
