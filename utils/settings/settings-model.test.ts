import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, hostFromEntry, isActiveOn, normaliseSettings } from './settings-model';

describe('normaliseSettings', () => {
  it.each([undefined, null, 42, 'text', [], {}])('turns %j into the defaults', (raw) => {
    expect(normaliseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and drops or clamps the rest, field by field', () => {
    const s = normaliseSettings({
      enabled: false,
      markKinds: ['term', 'spaceship', 'person', 7],
      markStyle: 'blink',
      hoverDelayMs: 99_999,
      hoverModifier: 'shift',
      theme: 'dark',
      disabledSites: ['Example.COM', 'example.com', '', 3, 'x'.repeat(300)],
      allowedSites: 'not a list',
      extra: true,
    });
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      markKinds: ['person', 'term'],
      hoverDelayMs: 3000,
      hoverModifier: 'shift',
      theme: 'dark',
      disabledSites: ['example.com'],
    });
    expect(normaliseSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
    expect(normaliseSettings({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });

  it('does not read inherited keys from a polluted-looking object', () => {
    const raw = JSON.parse('{"__proto__": {"enabled": false}}');
    expect(normaliseSettings(raw).enabled).toBe(true);
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });
});

describe('isActiveOn', () => {
  const s = (patch: object) => normaliseSettings({ ...DEFAULT_SETTINGS, ...patch });
  it('follows the switch, the deny list and the allow list', () => {
    expect(isActiveOn(s({}), 'news.example')).toBe(true);
    expect(isActiveOn(s({ enabled: false }), 'news.example')).toBe(false);
    expect(isActiveOn(s({ disabledSites: ['news.example'] }), 'NEWS.example')).toBe(false);
    expect(isActiveOn(s({ allowedSites: ['other.example'] }), 'news.example')).toBe(false);
    expect(isActiveOn(s({ allowedSites: ['news.example'] }), 'news.example')).toBe(true);
    expect(isActiveOn(s({ allowedSites: ['news.example'], disabledSites: ['news.example'] }), 'news.example')).toBe(false);
  });
});

describe('hostFromEntry', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  News.Example.COM ', 'news.example.com'],
    ['https://www.example.com/world/asia?x=1#top', 'www.example.com'],
    ['example.com:8080/path', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['example.com.', 'example.com'],
    ['http://', ''],
    ['not a host', ''],
    ['<script>', ''],
    ['', ''],
  ])('%j -> %j', (entry, host) => {
    expect(hostFromEntry(entry)).toBe(host);
  });

  it('is applied to stored lists, so a pasted address still matches the page', () => {
    const s = normaliseSettings({ disabledSites: ['https://news.example/a/b', 'news.example'] });
    expect(s.disabledSites).toEqual(['news.example']);
    expect(isActiveOn(s, 'news.example')).toBe(false);
  });
});
