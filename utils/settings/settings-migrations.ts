/**
 * Stored settings carry a version, and a chain of steps upgrades older ones, so that renaming or
 * reshaping a setting moves the reader's value instead of silently resetting it to the default
 * (Yomitan migrates its options the same way). Pure: no browser API.
 *
 * Version history:
 * 1: the settings as first shipped: `enabled`, `disabledSites`, `allowedSites`, `markKinds`,
 *    `markStyle`, `hoverDelayMs`, `hoverModifier`, `theme`. Stored without a `version` field.
 *
 * To change a setting's name or shape: bump SETTINGS_VERSION, append a step that turns version N into
 * N + 1 (`renameSetting('old', 'new')` for a plain rename), note it above, and test it in
 * settings-migrations.test.ts with a value stored by the older version.
 */
import { normaliseSettings, type Settings } from './settings-model';

export const SETTINGS_VERSION = 1;

/** Settings as they sit in storage: any fields, and the version that wrote them (absent: version 1). */
export type StoredSettings = Record<string, unknown> & { version?: number };

/** One step of the chain: the stored fields of version `from`, as version `from + 1` names them. */
export interface SettingsMigration {
  from: number;
  migrate: (old: Record<string, unknown>) => Record<string, unknown>;
}

/** The chain, oldest step first. Empty while version 1 is the only one. */
export const SETTINGS_MIGRATIONS: readonly SettingsMigration[] = [];

/** A step that moves `from`'s value to `to` (when `to` is not already set) and drops `from`. */
export function renameSetting(from: string, to: string): (old: Record<string, unknown>) => Record<string, unknown> {
  return (old) => {
    const { [from]: value, ...rest } = old;
    return Object.hasOwn(old, from) && !Object.hasOwn(rest, to) ? { ...rest, [to]: value } : rest;
  };
}

/** The version a stored value says it was written by: 1 when it says nothing usable. */
export function storedVersion(raw: unknown): number {
  const v = raw && typeof raw === 'object' ? (raw as StoredSettings).version : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/**
 * Whatever is stored, as current settings: every step from the stored version up, then the
 * forgiving normaliser (so a value no version knows falls back to its default, never throws).
 * A value written by a newer version than this one (the reader went back to an older release) is
 * read field by field as it is: the fields this version knows keep their values.
 */
export function migrateSettings(raw: unknown, migrations: readonly SettingsMigration[] = SETTINGS_MIGRATIONS): Settings {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return normaliseSettings(undefined);
  // Own keys only: JSON.parse keeps "__proto__" as an own key, which must never reach a prototype.
  let fields: Record<string, unknown> = Object.fromEntries(Object.entries(raw).filter(([k]) => k !== 'version' && k !== '__proto__'));
  let version = storedVersion(raw);
  for (const step of [...migrations].sort((a, b) => a.from - b.from)) {
    if (step.from !== version) continue;
    fields = step.migrate(fields);
    version = step.from + 1;
  }
  return normaliseSettings(fields);
}

/** What is written to storage: the settings stamped with the version that wrote them. */
export function toStored(settings: Settings, version = SETTINGS_VERSION): StoredSettings {
  return { version, ...settings };
}
