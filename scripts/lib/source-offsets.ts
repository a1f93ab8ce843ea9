/**
 * Offsets of plain-text input. The scan reads a text file as paragraphs split at blank lines and
 * joins the extracted blocks with its own separator, so the pipeline's offsets point into that
 * joined text. A reader of `npm run scan` wants offsets into the file, whatever its white space
 * (runs of blank lines, lines of spaces, CRLF, tabs): these helpers keep where each paragraph sat
 * in the input and map the pipeline's offsets back to it.
 */
import type { PageText } from '../../utils/extract/page-text';
import { blockIndexAt } from '../../utils/extract/page-text';

export interface SourceParagraph {
  text: string;
  /** Where the paragraph starts in the input. */
  start: number;
}

/** The input's paragraphs, split at blank lines (a line of only white space counts as blank). */
export function splitParagraphs(source: string): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  const blank = /\n\s*\n/g;
  let from = 0;
  for (let m = blank.exec(source); m; m = blank.exec(source)) {
    out.push({ text: source.slice(from, m.index), start: from });
    from = m.index + m[0].length;
  }
  out.push({ text: source.slice(from), start: from });
  return out;
}

/**
 * For one block, the input offset of each of its characters (and one past its end). Identity when
 * the block is the paragraph's text unchanged; otherwise aligned character by character, letting
 * white space differ, so that a later extraction rule that trims or collapses spaces still maps.
 */
function alignBlock(blockText: string, para: SourceParagraph): number[] {
  const map = new Array<number>(blockText.length + 1);
  if (blockText === para.text) {
    for (let i = 0; i <= blockText.length; i++) map[i] = para.start + i;
    return map;
  }
  const src = para.text;
  let j = 0;
  for (let i = 0; i < blockText.length; i++) {
    const c = blockText[i] as string;
    while (j < src.length && src[j] !== c && /\s/.test(src[j] as string)) j++;
    map[i] = para.start + Math.min(j, src.length);
    if (j < src.length && (src[j] === c || !/\s/.test(c))) j++;
  }
  map[blockText.length] = para.start + Math.min(j, src.length);
  return map;
}

/**
 * Maps page-text spans to input spans. Blocks are matched to paragraphs in order (blank
 * paragraphs make no block); a block that matches no paragraph exactly is aligned with the next
 * paragraph that has text.
 */
export function sourceSpanMapper(page: PageText, paragraphs: readonly SourceParagraph[]) {
  const maps: number[][] = [];
  let p = 0;
  for (const block of page.blocks) {
    let k = p;
    while (k < paragraphs.length && (paragraphs[k] as SourceParagraph).text !== block.text) k++;
    if (k === paragraphs.length) {
      k = p;
      while (k < paragraphs.length - 1 && !/\S/.test((paragraphs[k] as SourceParagraph).text)) k++;
    }
    const para = paragraphs[Math.min(k, paragraphs.length - 1)] as SourceParagraph;
    maps.push(alignBlock(block.text, para));
    p = k + 1;
  }
  return (start: number, end: number): { start: number; end: number } => {
    const b = blockIndexAt(page, start);
    const map = maps[b] as number[];
    const base = page.blockStarts[b] as number;
    const s = map[start - base] as number;
    // The end maps through the last character, so white space after the span is not pulled in.
    const last = Math.max(start, end - 1) - base;
    const e = end > start ? (map[Math.min(last, map.length - 2)] as number) + 1 : s;
    return { start: s, end: e };
  };
}
