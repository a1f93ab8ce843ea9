/**
 * The part of a page near the viewport, chosen while the scan's walk reads the page's blocks in
 * order: the scan marks it first, on its own (a provisional pass), so that the reader sees marks on
 * screen long before the whole page is read (issue 15's first_mark_ms). The geometry is given (the
 * top of each block's first line, in viewport coordinates), so the choice is pure.
 */

export interface NearPartOptions {
  /** The viewport's height (innerHeight). */
  viewportHeight: number;
  /**
   * Text read before giving up on a near part: on a page opened scrolled far down, the walk from the
   * top reaches the viewport only after most of the page, and the first marks are then the scan's.
   */
  maxChars?: number;
}

export const NEAR_PART_MAX_CHARS = 100_000;

/** What the walk does after offering a block: read on, or stop offering (the part is complete). */
export type NearVerdict = 'more' | 'done';

/**
 * Collects the blocks whose first line starts within one viewport above the screen to one viewport
 * below it (the band whose marks the scan registers first, see entrypoints/content/near-viewport.ts),
 * up to the first block that starts below the band. Page order is mostly top to bottom, so a block
 * below the band ends the part; one positioned out of order (a fixed footer) only ends it early.
 */
export class NearViewportPart<B extends { text: string }> {
  private readonly taken: B[] = [];
  private chars = 0;
  private partBottom = 0;
  private verdict: NearVerdict = 'more';
  private readonly maxChars: number;

  constructor(private readonly options: NearPartOptions) {
    this.maxChars = options.maxChars ?? NEAR_PART_MAX_CHARS;
  }

  /** Offers the next block in page order, at `top` (viewport px; NaN when it has no box). */
  offer(block: B, top: number): NearVerdict {
    if (this.verdict === 'done') return 'done';
    const height = this.options.viewportHeight;
    if (top > 2 * height) {
      this.verdict = 'done';
      return 'done';
    }
    this.chars += block.text.length;
    // Above the band (a page opened scrolled down) or without a box: read, not taken.
    if (top >= -height) {
      this.taken.push(block);
      this.partBottom = Math.max(this.partBottom, top);
    }
    if (this.chars > this.maxChars) {
      // Gave up before the band's end: nothing is provisional, the scan's end shows the first marks.
      this.taken.length = 0;
      this.verdict = 'done';
    }
    return this.verdict;
  }

  /** The blocks taken, in page order (empty if the walk gave up before reaching past the band). */
  get blocks(): readonly B[] {
    return this.taken;
  }

  /** Whether the walk got past the band (or gave up): offering more changes nothing. */
  get complete(): boolean {
    return this.verdict === 'done';
  }

  /**
   * The page's text length guessed from its height: the taken part's characters per pixel, times
   * the document's height. Used to style the first marks as the whole page's will be (a tint on very
   * large pages), before the walk has read it all; the scan corrects the style if the guess was wrong.
   */
  estimatePageChars(documentHeight: number): number {
    let chars = 0;
    for (const b of this.taken) chars += b.text.length;
    const height = Math.max(this.partBottom, this.options.viewportHeight);
    return chars === 0 ? 0 : Math.round((chars / height) * Math.max(documentHeight, height));
  }
}
