import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDE_GRACE_MS, HoverIntent } from './hover-intent';

/** A card that records what the intent asked of it. */
function setup({ delayMs = 300 } = {}) {
  const log: string[] = [];
  const card = { open: undefined as string | undefined, pinned: false, pointerInCard: false };
  const intent = new HoverIntent<string>({
    delayMs: () => delayMs,
    isOpen: () => card.open !== undefined,
    isPinned: () => card.pinned,
    pointerInCard: () => card.pointerInCard,
    prepare: (t) => log.push(`prepare ${t}`),
    discard: () => log.push('discard'),
    delayEnded: (t) => {
      log.push(`show ${t}`);
      card.open = t;
    },
    leave: () => {
      log.push('hide');
      card.open = undefined;
      intent.reset();
    },
  });
  return { log, card, intent };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('when the hover card appears and goes', () => {
  it('prepares the card at once and shows it when the delay ends', () => {
    const { log, intent } = setup();
    intent.over('carter');
    expect(log).toEqual(['prepare carter']);
    vi.advanceTimersByTime(299);
    expect(log).toEqual(['prepare carter']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['prepare carter', 'show carter']);
  });

  it('a frame on the same target changes nothing (the delay is not restarted)', () => {
    const { log, intent } = setup();
    intent.over('carter');
    vi.advanceTimersByTime(200);
    intent.over('carter');
    vi.advanceTimersByTime(100);
    expect(log).toEqual(['prepare carter', 'show carter']);
  });

  it('leaving before the delay ends shows nothing and drops the prepared card', () => {
    const { log, intent } = setup();
    intent.over('carter');
    vi.advanceTimersByTime(100);
    intent.over(undefined);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['prepare carter', 'discard']);
  });

  it('moving to another mark restarts the delay for it', () => {
    const { log, intent } = setup();
    intent.over('carter');
    vi.advanceTimersByTime(200);
    intent.over('kerry');
    vi.advanceTimersByTime(200);
    expect(log).toEqual(['prepare carter', 'prepare kerry']);
    vi.advanceTimersByTime(100);
    expect(log.at(-1)).toBe('show kerry');
  });

  it('an open card stays as it is while the delay for another mark runs', () => {
    const { log, intent, card } = setup();
    card.open = 'carter';
    intent.over('kerry');
    expect(log).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(log).toEqual(['show kerry']);
  });

  it('hides an open card after the grace period, unless the pointer reached the card', () => {
    const { log, intent, card } = setup();
    intent.over('carter');
    vi.advanceTimersByTime(300);
    intent.over(undefined);
    vi.advanceTimersByTime(HIDE_GRACE_MS - 1);
    expect(card.open).toBe('carter');
    vi.advanceTimersByTime(1);
    expect(log.at(-1)).toBe('hide');

    const second = setup();
    second.intent.over('carter');
    vi.advanceTimersByTime(300);
    second.intent.over(undefined);
    second.card.pointerInCard = true;
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(second.card.open).toBe('carter');
  });

  it('a pointer over the card cancels the grace period', () => {
    const { intent, card } = setup();
    intent.over('carter');
    vi.advanceTimersByTime(300);
    intent.over(undefined);
    intent.overCard();
    vi.advanceTimersByTime(HIDE_GRACE_MS * 4);
    expect(card.open).toBe('carter');
  });

  it('a pinned card does not go when the pointer leaves', () => {
    const { intent, card } = setup();
    intent.over('carter');
    vi.advanceTimersByTime(300);
    card.pinned = true;
    intent.over(undefined);
    vi.advanceTimersByTime(HIDE_GRACE_MS * 4);
    expect(card.open).toBe('carter');
  });

  it('after reset the same mark starts a new delay, and a running delay is dropped', () => {
    const { log, intent } = setup();
    intent.over('carter');
    intent.reset();
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['prepare carter']);
    intent.over('carter');
    vi.advanceTimersByTime(300);
    expect(log).toEqual(['prepare carter', 'prepare carter', 'show carter']);
  });
});
