import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, SETTINGS_KEY, saveSettings } from './settings';
import {
  migrateSettings,
  renameSetting,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type SettingsMigration,
  storedVersion,
} from './settings-migrations';
import { DEFAULT_SETTINGS } from './settings-model';

beforeEach(() => fakeBrowser.reset());

/** A chain as a later release would write it: version 1 called the delay "hoverDelay" and the style "underlineStyle". */
const LATER: SettingsMigration[] = [
  { from: 2, migrate: renameSetting('underlineStyle', 'markStyle') },
  { from: 1, migrate: renameSetting('hoverDelay', 'hoverDelayMs') },
];

describe('settings migrations', () => {
  it('the real chain has one step per version below the current one, each from a distinct version', () => {
    const froms = SETTINGS_MIGRATIONS.map((m) => m.from);
    expect(new Set(froms).size).toBe(froms.length);
    expect([...froms].sort((a, b) => a - b)).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 1));
  });

  it('renaming a setting moves its value, through every step from the stored version up', () => {
    const fromV1 = migrateSettings({ hoverDelay: 750, underlineStyle: 'background', theme: 'dark' }, LATER);
    expect(fromV1).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 750, markStyle: 'background', theme: 'dark' });
    // Stored by version 2: its delay already has the new name; only the later step runs.
    const fromV2 = migrateSettings({ version: 2, hoverDelayMs: 120, hoverDelay: 999, underlineStyle: 'none' }, LATER);
    expect(fromV2).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 120, markStyle: 'none' });
  });

  it('a rename never overwrites a value already stored under the new name', () => {
    expect(renameSetting('a', 'b')({ a: 1, b: 2 })).toEqual({ b: 2 });
    expect(renameSetting('a', 'b')({ a: 1 })).toEqual({ b: 1 });
    expect(renameSetting('a', 'b')({ c: 3 })).toEqual({ c: 3 });
  });

  it('reads an unversioned value (version 1, as first shipped) field by field', () => {
    const v1 = { enabled: false, markKinds: ['term'], hoverModifier: 'alt', disabledSites: ['news.example'] };
    expect(storedVersion(v1)).toBe(1);
    expect(migrateSettings(v1)).toEqual({ ...DEFAULT_SETTINGS, ...v1 });
  });

  it('reads garbage, a bad version and a value from a newer release without throwing', () => {
    for (const raw of [undefined, null, 'text', 42, [], { version: 'two' }, { version: -3 }, { version: 1.5 }]) {
      expect(migrateSettings(raw, LATER)).toEqual(DEFAULT_SETTINGS);
    }
    expect(storedVersion({ version: 'two' })).toBe(1);
    // A newer release's value: no step applies; the fields this version knows keep their values.
    expect(migrateSettings({ version: 99, theme: 'light', someFutureSetting: true }, LATER)).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'light',
    });
  });

  it('does not let a stored "__proto__" key reach a prototype', () => {
    const raw = JSON.parse('{"__proto__": {"enabled": false}, "hoverDelay": 10}');
    expect(migrateSettings(raw, LATER)).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 10 });
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });
});

describe('settings in storage carry their version', () => {
  it('a save stamps the current version; an old unversioned value loads, and is stamped on the next save', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { markStyle: 'none', hoverDelayMs: 50 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'none', hoverDelayMs: 50 });
    await saveSettings({ theme: 'dark' });
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'none', hoverDelayMs: 50, theme: 'dark', version: SETTINGS_VERSION });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'none', hoverDelayMs: 50, theme: 'dark' });
  });
});
