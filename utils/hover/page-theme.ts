/**
 * Whether the card should be dark: the reader's choice, or (on "auto") the page's own background,
 * so that a card on a dark site does not flash white. Only when the page's background says nothing
 * (transparent, or a colour the parser does not read) does the system preference decide.
 */
import type { Settings } from '../settings/settings-model';

/** Dark, light, or undefined when the colour is unreadable or mostly transparent. */
export function darkBackground(cssColor: string): boolean | undefined {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(cssColor);
  if (!m || (m[4] !== undefined && Number(m[4]) <= 0.5)) return undefined;
  // Perceived brightness (ITU-R BT.601 weights), 0–255.
  return (Number(m[1]) * 299 + Number(m[2]) * 587 + Number(m[3]) * 114) / 1000 < 128;
}

export function cardIsDark({
  theme,
  pageBackground,
  prefersDark,
}: {
  theme: Settings['theme'];
  /** The computed background colour of the page's body (read only on "auto"). */
  pageBackground: () => string;
  prefersDark: () => boolean;
}): boolean {
  if (theme !== 'auto') return theme === 'dark';
  return darkBackground(pageBackground()) ?? prefersDark();
}
