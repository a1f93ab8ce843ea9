/**
 * What a key press means to the hover card, decided from the event's plain fields: Escape closes
 * an open card; `c` copies an open card's fact with its citation; Alt+Shift+N / Alt+Shift+P step to the next / previous mention, unless the reader is
 * typing (the shortcut must not steal a key from a text field). Keys are read by `code`, so the
 * shortcut stays on the same keys on every keyboard layout (Alt+Shift+N types a character on macOS).
 */
import type { Settings } from '../settings/settings-model';

export interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export type CardKeyCommand = { type: 'close' } | { type: 'copy' } | { type: 'step'; direction: 1 | -1 };

export function cardKeyCommand(e: KeyLike, { cardOpen, typing }: { cardOpen: boolean; typing: boolean }): CardKeyCommand | undefined {
  if (e.key === 'Escape' && cardOpen) return { type: 'close' };
  // A bare `c` copies the open card's fact with its citation (issue 18); never while typing.
  if (cardOpen && !typing && e.code === 'KeyC' && !e.altKey && !e.shiftKey && !e.ctrlKey && !e.metaKey) return { type: 'copy' };
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || typing) return undefined;
  if (e.code === 'KeyN') return { type: 'step', direction: 1 };
  if (e.code === 'KeyP') return { type: 'step', direction: -1 };
  return undefined;
}

/** The element a key event starts from, as far as the check needs it. */
export interface KeyTarget {
  nodeType: number;
  tagName?: string;
  isContentEditable?: boolean;
}

/** Whether a key event comes from somewhere the reader types. */
export function isTypingTarget(t: KeyTarget | undefined): boolean {
  if (t?.nodeType !== 1) return false;
  if (t.isContentEditable) return true;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName ?? '');
}

/** Whether the pointer's event carries the modifier the reader chose for hovering (none: always). */
export function hoverModifierHeld(setting: Settings['hoverModifier'], e: { altKey: boolean; shiftKey: boolean }): boolean {
  return setting === 'alt' ? e.altKey : setting === 'shift' ? e.shiftKey : true;
}
