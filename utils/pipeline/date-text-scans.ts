/**
 * What dating a page reads from its whole text (explicit dates, meeting ordinals, a "Published …"
 * dateline), found a piece at a time on a long page (text-pieces.ts), so that the pipeline can
 * pause between pieces: over one 50 MB text node these searches took over a second in one go
 * (issue 21). The date itself is then settled from them (resolve/article-date.ts) in one short step.
 */
import type { Corpus } from '../corpus/schema';
import type { Mention } from '../model/mention';
import { datelineDay } from '../resolve/article-date';
import { type DateExpression, findDateExpressions } from '../resolve/date-expressions';
import { resolveMeetingOrdinals } from '../resolve/meeting-ordinals';
import { resolverIndex } from '../resolve/resolver-index';
import { findInPieces, textPieces } from './text-pieces';

/** The regular expressions are fast: pieces this long take a few milliseconds each. */
export const DATE_PIECE_CHARS = 64_000;

export interface DateTextScans {
  /** Explicit dates in the text, in order, without overlaps (as findDateExpressions gives them). */
  expressions: DateExpression[];
  /** Meetings the text names by ordinal ("the 17th ADMM"), as resolveMeetingOrdinals gives them. */
  ordinals: Mention[];
  /** The day of the first "Published …" style dateline, as datelineDay gives it. */
  dateline: string | undefined;
}

/** The scans of `text`, yielding between pieces; the generator's return value is the result. */
export function* scanDateText(text: string, corpus: Corpus, pieceChars = DATE_PIECE_CHARS): Generator<void, DateTextScans> {
  const options = { size: pieceChars };
  const expressions: DateExpression[] = [];
  for (const inPiece of findInPieces(text, (piece) => findDateExpressions(piece), options)) {
    for (const e of inPiece) expressions.push(e);
    yield;
  }
  const index = resolverIndex(corpus);
  const ordinals: Mention[] = [];
  for (const inPiece of findInPieces(text, (piece) => resolveMeetingOrdinals(piece, index), options)) {
    for (const m of inPiece) ordinals.push(m);
    yield;
  }
  // The first dateline in the text: the pieces in order, until one holds it.
  let dateline: string | undefined;
  for (const p of textPieces(text, options)) {
    dateline = datelineDay(text.slice(p.start, p.end));
    if (dateline) break;
    yield;
  }
  return { expressions, ordinals, dateline };
}
