/**
 * A pattern's matches in a text, the same as a full scan with it gives, found from a cheap literal
 * anchor outwards. A pattern that opens with a look-behind is tried at every position of the page by
 * a full scan (~70 ms per 5 MB); the bare anchor words are found in a few ms, and the pattern then
 * runs on a short window around each.
 */
export interface AnchoredSearch {
  /** A fast (literal-led) global pattern for the word every match contains. */
  anchor: RegExp;
  /** The full global pattern; each match contains an anchor occurrence. */
  pattern: RegExp;
  /** How far a match may start before its anchor (past the spaces just before it). */
  before: number;
  /** How far a match may reach after its anchor's start. */
  after: number;
}

export function findAnchoredMatches(text: string, { anchor, pattern, before, after }: AnchoredSearch): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  anchor.lastIndex = 0;
  for (let word = anchor.exec(text); word; word = anchor.exec(text)) {
    if (word.index < lastEnd) continue;
    // Back over the spaces before the anchor, then `before` characters more.
    let from = word.index;
    while (from > 0 && /\s/.test(text.charAt(from - 1))) from--;
    from = Math.max(lastEnd, from - before);
    const window = text.slice(from, Math.min(text.length, word.index + after));
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      const start = from + m.index;
      // The look-behind cannot see past the window's start: check the real character before it.
      if (m.index === 0 && start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) {
        pattern.lastIndex = 1; // a full scan fails here and tries the next position, not the match's end
        continue;
      }
      if (start <= word.index && start + m[0].length > word.index) {
        m.index = start;
        out.push(m);
        lastEnd = start + m[0].length;
        break;
      }
    }
  }
  return out;
}
