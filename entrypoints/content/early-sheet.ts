/**
 * The frame's marks' sheet, asked for at document start (content-mark-sheet.ts, issue 21): the
 * frame draws its highlight names and the background inserts the marks' rules for them as a user
 * stylesheet (utils/messaging/mark-sheet-handler.ts), before the page is first styled. The names
 * and the sheet's state wait on the isolated world's global, as the hand-over does, for the
 * controller's script that comes later (mark-styles.ts); the page's own scripts cannot see them.
 */
import { request } from '../../utils/messaging/client';
import { type HighlightKey, makeHighlightNames } from '../../utils/page/mark-css';
import type { MarkStyle } from '../../utils/settings/settings-model';

export interface EarlySheet {
  readonly names: Readonly<Record<HighlightKey, string>>;
  /**
   * 'pending' until the background answers; 'in' with `style` once the frame's user sheet is in;
   * 'none' where the background inserted none (the extension was off here), or after a removal;
   * 'failed' when a request failed (the content script then adopts its own sheet, mark-styles.ts);
   * 'asking' while the controller asks for it again (mark-styles.ts).
   */
  state: 'pending' | 'in' | 'none' | 'failed' | 'asking';
  style: MarkStyle | null;
  /** The frame's host name as the first pass reads it (the background checks the site against it). */
  readonly hostname: string;
  /** Settles when the document-start request has. */
  settled: Promise<void>;
}

const world = globalThis as unknown as { __defenceLensSheet?: EarlySheet };

/**
 * No retries: a sheet that arrives late restyles the page as much as an adopted one, so a frame
 * whose request fails adopts its sheet at its first mark instead (mark-styles.ts).
 */
const ONCE: readonly number[] = [];

/** Draws this frame's names and asks for its sheet; the first call in a frame only. */
export function requestEarlySheet(hostname: string): EarlySheet {
  if (world.__defenceLensSheet) return world.__defenceLensSheet;
  const sheet: EarlySheet = { names: makeHighlightNames(), state: 'pending', style: null, hostname, settled: Promise.resolve() };
  world.__defenceLensSheet = sheet;
  sheet.settled = askSheet(sheet, 'insert').then(
    (style) => {
      sheet.state = style ? 'in' : 'none';
      sheet.style = style;
    },
    () => {
      sheet.state = 'failed';
    },
  );
  return sheet;
}

/** The frame's early sheet, if its document-start script ran. */
export function earlySheet(): EarlySheet | undefined {
  return world.__defenceLensSheet;
}

/**
 * Asks the background to insert the frame's sheet (in `style`, or by default the reader's) or to
 * remove the one inserted in `style`. Resolves with the style the inserted sheet has (null: none
 * was inserted, or it was removed); throws when the request failed.
 */
export async function askSheet(sheet: EarlySheet, op: 'insert' | 'remove', style?: MarkStyle): Promise<MarkStyle | null> {
  const reply = await request('content/mark-sheet', { op, names: { ...sheet.names }, hostname: sheet.hostname, style }, undefined, ONCE);
  return reply.style;
}
