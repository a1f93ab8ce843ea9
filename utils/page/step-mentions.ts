/**
 * The keyboard stepper's choice: the next (or previous) marked mention after the one whose card is
 * open, or after the last one stepped to; wraps around at either end. Skips mentions of kinds the
 * reader does not mark and mentions whose text left the page.
 */
import type { MentionKind } from '../model/mention';

export interface Steppable {
  mention: { kind: MentionKind };
  startNode: { isConnected: boolean };
}

export function stepMention<T extends Steppable>({
  placed,
  from,
  direction,
  kinds,
}: {
  placed: readonly T[];
  /** The mention to step from (open card, or last stepped), if any. */
  from: T | undefined;
  direction: 1 | -1;
  kinds: readonly MentionKind[];
}): T | undefined {
  const eligible = (pm: T) => kinds.includes(pm.mention.kind) && pm.startNode.isConnected;
  const n = placed.length;
  if (n === 0) return undefined;
  const at = from ? placed.indexOf(from) : -1;
  let i = at >= 0 ? at : direction === 1 ? -1 : n;
  for (let k = 0; k < n; k++) {
    i = (i + direction + n) % n;
    const pm = placed[i] as T;
    if (eligible(pm)) return pm;
  }
  return undefined;
}
