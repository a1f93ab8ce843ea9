/**
 * The card's text size and width from the reader's settings (issue 18), applied live: every card
 * shares one subscription to the settings, and an open card re-renders when they change.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings } from '../../utils/settings/settings';
import { type CardTextSize, type CardWidth, DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings-model';

export const CARD_TEXT_PX: Record<CardTextSize, number> = { small: 13, normal: 14, large: 16, larger: 18 };
export const CARD_WIDTH_PX: Record<CardWidth, number> = { narrow: 300, normal: 360, wide: 460 };

export type CardLook = Pick<Settings, 'cardTextSize' | 'cardWidth'>;

/** The CSS variables card-css.ts reads. */
export function cardLookStyle(look: CardLook): Record<string, string> {
  return { '--dl-fs': `${CARD_TEXT_PX[look.cardTextSize]}px`, '--dl-width': `${CARD_WIDTH_PX[look.cardWidth]}px` };
}

let current: CardLook = { cardTextSize: DEFAULT_SETTINGS.cardTextSize, cardWidth: DEFAULT_SETTINGS.cardWidth };
const listeners = new Set<(look: CardLook) => void>();
let started = false;

function start(): void {
  if (started) return;
  started = true;
  const set = (s: Settings) => {
    current = { cardTextSize: s.cardTextSize, cardWidth: s.cardWidth };
    for (const l of listeners) l(current);
  };
  // A context without extension storage (a unit test's DOM) keeps the defaults.
  try {
    void loadSettings().then(set, () => {});
    watchSettings(set);
  } catch {
    // no storage here
  }
}

export function useCardLook(): CardLook {
  const [look, setLook] = useState(current);
  useEffect(() => {
    start();
    listeners.add(setLook);
    setLook(current);
    return () => {
      listeners.delete(setLook);
    };
  }, []);
  return look;
}
