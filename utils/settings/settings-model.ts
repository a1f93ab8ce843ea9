/**
 * The settings model, pure: defaults, and a forgiving normaliser that turns anything stored
 * (older versions, hand-edited, missing) into valid settings without throwing.
 */
import { MENTION_KINDS, type MentionKind } from '../model/mention';

export type MarkStyle = 'underline' | 'background' | 'none';
export type Theme = 'auto' | 'light' | 'dark';
export type HoverModifier = 'none' | 'alt' | 'shift';
/** The card's text size and width (issue 18): a few steps rather than free numbers, so every step is designed for. */
export type CardTextSize = 'small' | 'normal' | 'large' | 'larger';
export type CardWidth = 'narrow' | 'normal' | 'wide';
export const CARD_TEXT_SIZES: readonly CardTextSize[] = ['small', 'normal', 'large', 'larger'];
export const CARD_WIDTHS: readonly CardWidth[] = ['narrow', 'normal', 'wide'];

export interface Settings {
  enabled: boolean;
  /** Host names where the extension is off (deny list) ... */
  disabledSites: string[];
  /** ... and, when non-empty, the only host names where it is on (allow list). */
  allowedSites: string[];
  markKinds: MentionKind[];
  markStyle: MarkStyle;
  hoverDelayMs: number;
  hoverModifier: HoverModifier;
  theme: Theme;
  cardTextSize: CardTextSize;
  cardWidth: CardWidth;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  allowedSites: [],
  markKinds: [...MENTION_KINDS],
  markStyle: 'underline',
  hoverDelayMs: 300,
  hoverModifier: 'none',
  theme: 'auto',
  cardTextSize: 'normal',
  cardWidth: 'normal',
};

const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;
/**
 * The host name a reader means by a list entry: "https://www.Example.com/news?x" -> "www.example.com",
 * "example.com:8080/" -> "example.com". Matched against location.hostname, which has no port or path.
 * Returns "" for an entry that is not a host name.
 */
export function hostFromEntry(entry: string): string {
  let h = entry.trim().toLowerCase();
  if (h.includes('://')) {
    try {
      h = new URL(h).hostname;
    } catch {
      return '';
    }
  }
  h = h.split(/[/?#]/)[0] ?? '';
  if (!h.startsWith('[')) h = h.replace(/:\d*$/, '');
  return /^[a-z0-9.\-_[\]:]+$/.test(h) && h.length < 256 ? h.replace(/\.$/, '') : '';
}

const hosts = (value: unknown): string[] =>
  Array.isArray(value)
    ? [
        ...new Set(
          value
            .filter((h): h is string => typeof h === 'string')
            .map(hostFromEntry)
            .filter((h) => h.length > 0),
        ),
      ]
    : [];

export function normaliseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const delay =
    typeof r.hoverDelayMs === 'number' && Number.isFinite(r.hoverDelayMs) ? Math.round(r.hoverDelayMs) : DEFAULT_SETTINGS.hoverDelayMs;
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: hosts(r.disabledSites),
    allowedSites: hosts(r.allowedSites),
    markKinds: Array.isArray(r.markKinds)
      ? MENTION_KINDS.filter((k) => (r.markKinds as unknown[]).includes(k))
      : [...DEFAULT_SETTINGS.markKinds],
    markStyle: oneOf(r.markStyle, ['underline', 'background', 'none'] as const, DEFAULT_SETTINGS.markStyle),
    hoverDelayMs: Math.min(3000, Math.max(0, delay)),
    hoverModifier: oneOf(r.hoverModifier, ['none', 'alt', 'shift'] as const, DEFAULT_SETTINGS.hoverModifier),
    theme: oneOf(r.theme, ['auto', 'light', 'dark'] as const, DEFAULT_SETTINGS.theme),
    cardTextSize: oneOf(r.cardTextSize, CARD_TEXT_SIZES, DEFAULT_SETTINGS.cardTextSize),
    cardWidth: oneOf(r.cardWidth, CARD_WIDTHS, DEFAULT_SETTINGS.cardWidth),
  };
}

/** Whether the extension should run on a host, given the global switch and the site lists. */
export function isActiveOn(settings: Settings, host: string): boolean {
  const h = host.toLowerCase();
  if (!settings.enabled) return false;
  if (settings.disabledSites.includes(h)) return false;
  return settings.allowedSites.length === 0 || settings.allowedSites.includes(h);
}
