/** The reader's settings, saved to browser.storage and applied live by open tabs. */
import { useEffect, useState } from 'preact/hooks';
import type { MentionKind } from '../../utils/model/mention';
import { loadSettings, saveSettings } from '../../utils/settings/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings-model';
import { KeyboardShortcuts } from './KeyboardShortcuts';

const KINDS: [MentionKind, string][] = [
  ['person', 'People'],
  ['term', 'Terms'],
  ['meeting', 'Meetings'],
  ['organization', 'Organisations'],
];
const hostList = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((h) => h.trim())
    .filter(Boolean);

export function SettingsPanel() {
  const [s, setS] = useState<Settings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void loadSettings().then(setS);
  }, []);
  const save = async (patch: Partial<Settings>) => {
    setS(await saveSettings(patch));
    setSaved('Saved. Open tabs follow at once.');
  };
  return (
    <section class="panel" aria-labelledby="settings-h">
      <h2 id="settings-h">Settings</h2>
      <label class="row">
        <input type="checkbox" name="enabled" checked={s.enabled} onChange={(e) => void save({ enabled: e.currentTarget.checked })} />{' '}
        Defence Lens is on
      </label>
      <fieldset>
        <legend>Mark</legend>
        {KINDS.map(([k, label]) => (
          <label key={k} class="row">
            <input
              type="checkbox"
              name={`kind-${k}`}
              checked={s.markKinds.includes(k)}
              onChange={(e) => void save({ markKinds: e.currentTarget.checked ? [...s.markKinds, k] : s.markKinds.filter((x) => x !== k) })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <label>
        Mark style{' '}
        <select
          name="markStyle"
          value={s.markStyle}
          onChange={(e) => void save({ markStyle: e.currentTarget.value as Settings['markStyle'] })}
        >
          <option value="underline">Dotted underline (a tint on very large pages)</option>
          <option value="background">Soft background</option>
          <option value="none">None (hover only)</option>
        </select>
      </label>
      <label>
        Hover delay (ms){' '}
        <input
          type="number"
          name="hoverDelayMs"
          min={0}
          max={3000}
          step={50}
          value={s.hoverDelayMs}
          onChange={(e) => void save({ hoverDelayMs: Number(e.currentTarget.value) })}
        />
      </label>
      <label>
        Show cards only while holding{' '}
        <select
          name="hoverModifier"
          value={s.hoverModifier}
          onChange={(e) => void save({ hoverModifier: e.currentTarget.value as Settings['hoverModifier'] })}
        >
          <option value="none">no key</option>
          <option value="alt">Alt</option>
          <option value="shift">Shift</option>
        </select>
      </label>
      <label>
        Theme{' '}
        <select name="theme" value={s.theme} onChange={(e) => void save({ theme: e.currentTarget.value as Settings['theme'] })}>
          <option value="auto">Follow the page and system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <label>
        Card text size{' '}
        <select
          name="cardTextSize"
          value={s.cardTextSize}
          onChange={(e) => void save({ cardTextSize: e.currentTarget.value as Settings['cardTextSize'] })}
        >
          <option value="small">Small</option>
          <option value="normal">Normal</option>
          <option value="large">Large</option>
          <option value="larger">Larger</option>
        </select>
      </label>
      <label>
        Card width{' '}
        <select
          name="cardWidth"
          value={s.cardWidth}
          onChange={(e) => void save({ cardWidth: e.currentTarget.value as Settings['cardWidth'] })}
        >
          <option value="narrow">Narrow</option>
          <option value="normal">Normal</option>
          <option value="wide">Wide</option>
        </select>
      </label>
      <label>
        Never run on these sites (one host per line; a pasted address is cut to its host)
        <textarea
          name="disabledSites"
          value={s.disabledSites.join('\n')}
          onChange={(e) => void save({ disabledSites: hostList(e.currentTarget.value) })}
        />
      </label>
      <label>
        Only run on these sites (empty: everywhere)
        <textarea
          name="allowedSites"
          value={s.allowedSites.join('\n')}
          onChange={(e) => void save({ allowedSites: hostList(e.currentTarget.value) })}
        />
      </label>
      <KeyboardShortcuts />
      <p role="status">{saved}</p>
    </section>
  );
}
