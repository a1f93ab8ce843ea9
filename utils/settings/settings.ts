/**
 * Reader settings, stored in browser.storage.local under one key and applied live: every context
 * that cares calls watchSettings() and gets the new value when any page changes it. What is stored
 * carries its version; older values are upgraded on read (settings-migrations.ts).
 */
import { browser } from 'wxt/browser';
import { migrateSettings, toStored } from './settings-migrations';
import { normaliseSettings, type Settings } from './settings-model';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normaliseSettings({ ...(await loadSettings()), ...patch });
  // Stamped with the version, so that a later release knows which migrations to run on it.
  await browser.storage.local.set({ [SETTINGS_KEY]: toStored(next) });
  return next;
}

/** Calls `onChange` with the new settings whenever they change; returns an unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(migrateSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
