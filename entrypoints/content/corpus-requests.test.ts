import { describe, expect, it } from 'vitest';
import { type Ask, preloadPageCorpus, requestPageCorpus } from './corpus-requests';

/** A fake background: answers each request with its type, payload and how many times it was asked, or fails the first `failFirst` of a type. */
function fakeAsk(failFirst: Partial<Record<string, number>> = {}) {
  const sent: { type: string; keys?: number[] }[] = [];
  const ask = (async (type: string, payload: { keys?: number[] }) => {
    sent.push({ type, keys: payload.keys });
    const n = sent.filter((s) => s.type === type).length;
    if (n <= (failFirst[type] ?? 0)) throw new Error(`${type} failed`);
    return { type, keys: payload.keys, n };
  }) as unknown as Ask;
  return { ask, sent };
}

describe('the corpus requests a scan needs, started by the first pass', () => {
  it('a reader without keys: the first pass sends all three, and the controller sends none again', async () => {
    const bg = fakeAsk();
    const early = preloadPageCorpus(false, bg.ask);
    expect(bg.sent.map((s) => s.type).sort()).toEqual(['corpus/snapshot', 'matcher/snapshot', 'matcher/user-layer']);
    const [view, snapshot, layer] = await requestPageCorpus([], early, bg.ask);
    expect(bg.sent).toHaveLength(3);
    expect(view).toMatchObject({ type: 'corpus/snapshot', keys: [] });
    expect(snapshot).toMatchObject({ type: 'matcher/snapshot' });
    expect(layer).toMatchObject({ type: 'matcher/user-layer', keys: [] });
  });

  it('a reader with keys: only the snapshot is sent early; the view and layer are asked for with the keys the page holds', async () => {
    const bg = fakeAsk();
    const early = preloadPageCorpus(true, bg.ask);
    expect(bg.sent.map((s) => s.type)).toEqual(['matcher/snapshot']);
    const [view, snapshot, layer] = await requestPageCorpus([7, 9], early, bg.ask);
    expect(view).toMatchObject({ type: 'corpus/snapshot', keys: [7, 9] });
    expect(layer).toMatchObject({ keys: [7, 9] });
    expect(snapshot).toMatchObject({ type: 'matcher/snapshot', n: 1 });
    expect(bg.sent.filter((s) => s.type === 'matcher/snapshot')).toHaveLength(1);
  });

  it('early replies for no keys are not used once the page turned out to hold some', async () => {
    const bg = fakeAsk();
    const early = preloadPageCorpus(false, bg.ask);
    const [view] = await requestPageCorpus([3], early, bg.ask);
    expect(view).toMatchObject({ keys: [3] });
  });

  it('an early request that failed (the worker was stopped) is sent again by the controller', async () => {
    const bg = fakeAsk({ 'matcher/snapshot': 1, 'corpus/snapshot': 1 });
    const early = preloadPageCorpus(false, bg.ask);
    const [view, snapshot] = await requestPageCorpus([], early, bg.ask);
    expect(snapshot).toMatchObject({ type: 'matcher/snapshot', n: 2 });
    expect(view).toMatchObject({ type: 'corpus/snapshot', n: 2 });
  });

  it('without the first pass (a later load), the three are sent at once', async () => {
    const bg = fakeAsk();
    await requestPageCorpus([1], undefined, bg.ask);
    expect(bg.sent.map((s) => s.type).sort()).toEqual(['corpus/snapshot', 'matcher/snapshot', 'matcher/user-layer']);
  });

  it('a failed layer is no failure: the controller compiles the reader records itself', async () => {
    const bg = fakeAsk({ 'matcher/user-layer': 5 });
    const [, , layer] = await requestPageCorpus([2], undefined, bg.ask);
    expect(layer).toBeUndefined();
  });
});
