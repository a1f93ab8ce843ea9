import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, SETTINGS_KEY, saveSettings, watchSettings } from './settings';
import { DEFAULT_SETTINGS } from './settings-model';

beforeEach(() => fakeBrowser.reset());

describe('settings in browser.storage.local', () => {
  it('loads defaults, saves a patch, and loads it back normalised', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ markStyle: 'background', hoverDelayMs: 120.4 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'background', hoverDelayMs: 120 });
  });

  it('survives garbage written under its key by hand', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about each change until they unsubscribe', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.theme));
    await saveSettings({ theme: 'dark' });
    await saveSettings({ theme: 'light' });
    stop();
    await saveSettings({ theme: 'auto' });
    expect(seen).toEqual(['dark', 'light']);
  });
});
