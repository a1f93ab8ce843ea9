import { describe, expect, it } from 'vitest';
import { hostOf, targetTabId } from './page-link';

describe('page link', () => {
  it('takes the tab from ?tab=<id> when given (the test entry)', async () => {
    expect(await targetTabId('?tab=42')).toBe(42);
  });

  it('ignores a ?tab= that is not a tab id and asks for the active tab instead', async () => {
    // The fake browser has no active tab: undefined, not NaN or 0.
    expect(await targetTabId('?tab=abc')).toBeUndefined();
    expect(await targetTabId('?tab=-3')).toBeUndefined();
  });

  it('reads the host name of an ordinary page, and none of a page without one', () => {
    expect(hostOf('https://www.Example.org/news/a?b=c')).toBe('www.example.org');
    expect(hostOf('http://127.0.0.1:8080/hawaii.html')).toBe('127.0.0.1');
    expect(hostOf('about:blank')).toBeUndefined();
    expect(hostOf('not a url')).toBeUndefined();
  });
});
