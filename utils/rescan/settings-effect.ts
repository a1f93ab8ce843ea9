/**
 * What a change of the reader's settings asks of a page that is already open: turn the marks off,
 * scan the page (it was off), re-mark what was found (only the marked kinds changed; no new scan),
 * or nothing (a change the next hover reads by itself: delay, modifier, theme).
 */
import type { MentionKind } from '../model/mention';

export type SettingsEffect = 'turn-off' | 'scan' | 'remark' | 'none';

export interface PageSettingsState {
  /** Whether the extension runs on this page (isActiveOn for its host). */
  active: boolean;
  kinds: readonly MentionKind[];
}

export function settingsEffect(before: PageSettingsState, after: PageSettingsState): SettingsEffect {
  if (!after.active) return 'turn-off';
  if (!before.active) return 'scan';
  // Order counts, as the list is stored: the same kinds reordered re-mark, which costs little.
  return before.kinds.join() !== after.kinds.join() ? 'remark' : 'none';
}
