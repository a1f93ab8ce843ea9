import { describe, expect, it } from 'vitest';
import { DetailsCache } from './details-cache';
import type { TaggedRecord } from './schema';

const record = (id: string) => ({ kind: 'term', record: { id, label: id.toUpperCase() } }) as unknown as TaggedRecord;

/** A loader that answers the ids it knows, recording each request; `hold` keeps answers back until released. */
function loader(known: string[]) {
  const asked: string[][] = [];
  const waiting: (() => void)[] = [];
  let hold = false;
  const load = async (ids: string[]) => {
    asked.push(ids);
    if (hold) await new Promise<void>((r) => waiting.push(r));
    return ids.filter((id) => known.includes(id)).map(record);
  };
  return {
    asked,
    load,
    hold: () => (hold = true),
    release: () => {
      hold = false;
      for (const r of waiting.splice(0)) r();
    },
  };
}

describe('DetailsCache', () => {
  it('asks for what it does not hold, and answers at once (undefined) what it holds', async () => {
    const l = loader(['a', 'b']);
    const cache = new DetailsCache(l.load);
    expect(cache.has(['a'])).toBe(false);
    await cache.ensure(['a', 'b', 'a']);
    expect(l.asked).toEqual([['a', 'b']]);
    expect(cache.has(['a', 'b'])).toBe(true);
    expect(cache.held.get('a')?.record.id).toBe('a');
    expect(cache.ensure(['b', 'a'])).toBeUndefined();
    expect(l.asked).toHaveLength(1);
  });

  it('asks only for the ids still missing, and not again for ids the background did not know', async () => {
    const l = loader(['a', 'b']);
    const cache = new DetailsCache(l.load);
    await cache.ensure(['a']);
    await cache.ensure(['a', 'b', 'gone']);
    expect(l.asked).toEqual([['a'], ['b', 'gone']]);
    expect(cache.held.has('gone')).toBe(false);
    expect(cache.ensure(['gone', 'b'])).toBeUndefined();
  });

  it('shares a request under way between callers asking for the same ids', async () => {
    const l = loader(['a', 'b']);
    const cache = new DetailsCache(l.load);
    l.hold();
    const first = cache.ensure(['a']);
    const second = cache.ensure(['a', 'b']);
    expect(l.asked).toEqual([['a'], ['b']]);
    l.release();
    await Promise.all([first, second]);
    expect(cache.has(['a', 'b'])).toBe(true);
  });

  it('keeps only the records it was not told to keep beyond its limit, least recently used out first', async () => {
    const l = loader(['a', 'b', 'c', 'd']);
    const cache = new DetailsCache(l.load, 2);
    await cache.ensure(['a']);
    await cache.ensure(['b']);
    cache.ensure(['a']); // used again: b is now the oldest
    await cache.ensure(['c']);
    expect([...cache.held.keys()].sort()).toEqual(['a', 'c']);
    await cache.ensure(['d', 'b']);
    expect([...cache.held.keys()].sort()).toEqual(['b', 'd']);
  });

  it('takes only the records it asked for from an answer', async () => {
    const cache = new DetailsCache(async () => [record('a'), record('other')]);
    await cache.ensure(['a']);
    expect([...cache.held.keys()]).toEqual(['a']);
  });

  it('drops an answer to a request sent before it was cleared, and its version changes with what it holds', async () => {
    const l = loader(['a']);
    const cache = new DetailsCache(l.load);
    const v0 = cache.version;
    l.hold();
    const pending = cache.ensure(['a']);
    cache.clear();
    l.release();
    await pending;
    expect(cache.held.size).toBe(0);
    await cache.ensure(['a']);
    expect(cache.held.size).toBe(1);
    expect(cache.version).toBeGreaterThan(v0);
  });

  it('settles, holding nothing, when asking fails (the card shows what it has)', async () => {
    const cache = new DetailsCache(() => Promise.reject(new Error('no worker')));
    await expect(cache.ensure(['a'])).resolves.toBeUndefined();
    expect(cache.has(['a'])).toBe(false);
  });
});
