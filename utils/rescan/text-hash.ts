/** A cheap fingerprint of a subtree's text, so that a rescan whose text did not change is skipped. */

/** 32-bit FNV-1a of a string, continued from `h`: tells a rescanned subtree whose text did not change. */
export function textHash(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
