/**
 * The page's extracted text: blocks joined by a blank line, so that no match runs across a block
 * boundary and offsets ("start", "end" in scan output) are stable UTF-16 positions in one string.
 */
import type { TextBlock } from './extract-blocks';

export const BLOCK_SEPARATOR = '\n\n';

export interface PageText {
  text: string;
  blocks: TextBlock[];
  /** Where each block starts in `text`. */
  blockStarts: number[];
}

export function joinBlocks(blocks: TextBlock[]): PageText {
  const blockStarts: number[] = [];
  let length = 0;
  for (const b of blocks) {
    blockStarts.push(length);
    length += b.text.length + BLOCK_SEPARATOR.length;
  }
  return { text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR), blocks, blockStarts };
}

/** The block holding a page-text offset. */
export function blockIndexAt(page: Pick<PageText, 'blockStarts'>, offset: number): number {
  const s = page.blockStarts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((s[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
