/** The popup's switches: Defence Lens everywhere, Defence Lens on this site, and the options page. */
import type { Settings } from '../../utils/settings/settings-model';

export interface SiteControlsProps {
  settings: Settings;
  /** The target page's host name, when the page could be read. */
  host: string | undefined;
  onChange: (patch: Partial<Settings>) => void;
  onOptions: () => void;
}

export function SiteControls({ settings, host, onChange, onOptions }: SiteControlsProps) {
  const siteOn = host ? !settings.disabledSites.includes(host.toLowerCase()) : false;
  return (
    <div class="controls">
      <label class="switch">
        <input
          type="checkbox"
          data-testid="toggle-global"
          checked={settings.enabled}
          onChange={(e) => onChange({ enabled: (e.target as HTMLInputElement).checked })}
        />
        <span>Defence Lens on</span>
      </label>
      {host && (
        <label class="switch" title={settings.enabled ? '' : 'Defence Lens is off everywhere'}>
          <input
            type="checkbox"
            data-testid="toggle-site"
            checked={siteOn}
            disabled={!settings.enabled}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              const h = host.toLowerCase();
              const others = settings.disabledSites.filter((s) => s !== h);
              onChange({ disabledSites: on ? others : [...others, h] });
            }}
          />
          <span class="site">On {host}</span>
        </label>
      )}
      <button type="button" class="link" onClick={onOptions}>
        Options
      </button>
    </div>
  );
}
