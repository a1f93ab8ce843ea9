/**
 * A very long text (one 50 MB text node is one block) is read in bounded pieces, so that no step of
 * the pipeline holds the thread for the whole of it (issue 21). Pieces overlap: each owns a stretch
 * of the text and reads PIECE_OVERLAP characters of context either side of it, so a name that runs
 * across the place where one piece gives way to the next is read whole, by the piece that owns its
 * start, and only there. What the stages read around a match (a title before a name, "(ADMM)" after
 * a term, a URL around a word) lies well within the overlap, so the pieces find what one pass finds.
 */

/** Longest text read in one go; a longer one is cut into pieces of about this size. */
export const PIECE_CHARS = 16_000;
/** Context read either side of a piece's own stretch: far longer than any form or what is read around it. */
export const PIECE_OVERLAP = 500;

export interface TextPiece {
  /** The stretch read, [start, end) in the whole text. */
  start: number;
  end: number;
  /** The stretch owned: what starts here is kept from this piece. */
  ownStart: number;
  ownEnd: number;
}

/** How far a piece's edge moves to find a space, so that it never cuts a word in two. */
const EDGE_REACH = 100;

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0;

/** The nearest place at or before `at` (within EDGE_REACH) just after a space, else `at` itself. */
function edgeBefore(text: string, at: number): number {
  for (let i = at; i > 0 && i > at - EDGE_REACH; i--) if (isSpace(text.charCodeAt(i - 1))) return i;
  return at;
}

/** The nearest place at or after `at` (within EDGE_REACH) where a space starts, else `at` itself. */
function edgeAfter(text: string, at: number): number {
  for (let i = at; i < text.length && i < at + EDGE_REACH; i++) if (isSpace(text.charCodeAt(i))) return i;
  return at;
}

/** The pieces of `text`: one piece for a text of up to `size` characters. */
export function textPieces(
  text: string,
  { size = PIECE_CHARS, overlap = PIECE_OVERLAP }: { size?: number; overlap?: number } = {},
): TextPiece[] {
  const n = text.length;
  if (n <= size) return [{ start: 0, end: n, ownStart: 0, ownEnd: n }];
  const pieces: TextPiece[] = [];
  for (let ownStart = 0; ownStart < n; ) {
    // An owned stretch ends at a space where one is near: a word is then owned whole by one piece.
    const cut = edgeBefore(text, ownStart + size);
    const ownEnd = ownStart + size >= n ? n : cut > ownStart ? cut : ownStart + size;
    const end = ownEnd === n ? n : Math.min(n, edgeAfter(text, ownEnd + overlap));
    const start = ownStart === 0 ? 0 : Math.max(0, edgeBefore(text, ownStart - overlap));
    pieces.push({ start, end, ownStart, ownEnd });
    ownStart = ownEnd;
  }
  return pieces;
}

/**
 * Runs `find` on each piece of `text` (given the piece and where it starts) and yields, piece by
 * piece, what it found that starts in the piece's own stretch, moved to offsets in `text`.
 */
export function* findInPieces<T extends { start: number; end: number }>(
  text: string,
  find: (piece: string, offset: number) => Iterable<T>,
  options?: { size?: number; overlap?: number },
): Generator<T[]> {
  for (const p of textPieces(text, options)) {
    const kept: T[] = [];
    for (const m of find(text.slice(p.start, p.end), p.start)) {
      const start = m.start + p.start;
      if (start < p.ownStart || start >= p.ownEnd) continue;
      m.start = start;
      m.end += p.start;
      kept.push(m);
    }
    yield kept;
  }
}
