/**
 * Scans a page (or the subtrees that changed) in time slices: extract blocks, match them, resolve
 * the mentions against the article date, place ranges, register marks. Holds the page's state so
 * the hover card, the popup's "on this page" list and the settings can read and change it.
 */
import type { Corpus } from '../../utils/corpus/schema';
import { iterateBlocks, OWN_UI_ATTRIBUTE, type TextBlock } from '../../utils/extract/extract-blocks';
import { joinBlocks, type PageText } from '../../utils/extract/page-text';
import type { Matcher } from '../../utils/match/compile-matcher';
import type { RawMatch } from '../../utils/model/dictionary-entry';
import type { ArticleDate, MentionKind } from '../../utils/model/mention';
import { type PlacedMention, placeMentions } from '../../utils/page/place-mentions';
import { pagePipeline } from '../../utils/pipeline/page-pipeline';
import { sliceClock } from '../../utils/pipeline/slice-clock';
import { detectArticleDate, pageMeetingEvidence } from '../../utils/resolve/article-date';
import type { Marks } from './highlights';
import { measure } from './inspect';
import { ShadowStyles } from './shadow-styles';

/**
 * Hidden by the page's CSS (collapsed panels, closed <details>, off-screen menus, visibility:
 * hidden). checkVisibility reads the style the page already computed (content-visibility: hidden
 * ancestors always count; content-visibility: auto is left to be read, since it shows on scroll);
 * an element with `display: contents` has no box of its own but shows its children, so it is not
 * hidden.
 */
const VISIBILITY_TOO: CheckVisibilityOptions = { visibilityProperty: true };

function isHidden(el: Element): boolean {
  if (el.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  if (typeof el.checkVisibility !== 'function' || el.checkVisibility(VISIBILITY_TOO)) return false;
  return getComputedStyle(el).display !== 'contents';
}

/**
 * The rendered display of an element whose tag cannot tell it (the extractor asks only of custom
 * elements and of elements with a class, style or id, where the answer can matter, once each per walk). The scan does not change
 * the page, so after the first call every read hits style already computed: one recalc per scan.
 * Text the reader cannot see (visibility: hidden, content-visibility: hidden) counts as none.
 */
function displayOf(el: Element): string {
  const style = getComputedStyle(el);
  // Each property read costs: read only what can still change the answer.
  const display = style.display;
  if (display === 'none' || style.visibility !== 'visible') return 'none';
  // content-visibility applies only to boxes that contain their layout, never to inline ones.
  if (display !== 'inline' && display !== 'contents' && style.contentVisibility === 'hidden') return 'none';
  return display;
}

export interface ScanContext {
  corpus: Corpus;
  matcher: Matcher;
  marks: Marks;
  kinds: () => readonly MentionKind[];
}

export class PageScanner {
  placed: PlacedMention[] = [];
  index = new Map<Node, PlacedMention[]>();
  date: ArticleDate = { date: null, source: 'none' };
  dateOverride: string | null = null;
  /** Open shadow roots that hold mentions (styled for marks, and searched when hit-testing). */
  readonly shadows = new ShadowStyles();
  private generation = 0;

  constructor(private readonly doc: Document) {}

  /** Drops every mark and forgets the page's mentions (extension turned off, corpus changed). */
  reset(marks: Marks): void {
    this.generation++;
    marks.clear();
    this.placed = [];
    this.index = new Map();
    this.shadows.prune();
  }

  /** Collects the blocks under `root`, yielding the thread between slices. Returns null if superseded. */
  private async collect(root: Node, generation: number): Promise<PageText | null> {
    const clock = sliceClock();
    const blocks: TextBlock[] = [];
    for (const block of iterateBlocks(root, { isHidden, displayOf })) {
      blocks.push(block);
      if (clock.spent()) {
        await clock.yield();
        if (generation !== this.generation) return null;
      }
    }
    return joinBlocks(blocks);
  }

  /** Full scan of the page. */
  async scanAll(ctx: ScanContext): Promise<number> {
    const generation = ++this.generation;
    // Phase timings in DevTools and for the benchmark: text collection (walk), then the rest.
    const started = performance.now();
    const page = await this.collect(this.doc, generation);
    if (!page) return -1;
    measure('collect', started);
    ctx.marks.fitTo(page.text.length);
    // The date is settled inside the pipeline, once the page's forms (and so the meetings it
    // reports, evidence of its date) are matched.
    const override = this.dateOverride;
    const added = await this.process(ctx, page, generation, (found) =>
      override
        ? { date: override, source: 'override' }
        : detectArticleDate(this.doc, {
            text: page.text,
            meetings: pageMeetingEvidence({ text: page.text, matches: found.matches, corpus: ctx.corpus }),
          }),
    );
    if (added >= 0) ctx.marks.commit();
    return added;
  }

  /** Rescans only the given subtrees (added or changed content), replacing their old mentions. */
  async scanRoots(ctx: ScanContext, roots: Node[]): Promise<number> {
    const generation = this.generation;
    const stale = this.placed.filter((pm) => !pm.startNode.isConnected || roots.some((r) => r.contains(pm.startNode)));
    if (stale.length > 0) {
      ctx.marks.remove(stale);
      const gone = new Set(stale);
      this.placed = this.placed.filter((pm) => !gone.has(pm));
      for (const [node, list] of this.index) {
        const kept = list.filter((pm) => !gone.has(pm));
        if (kept.length === 0) this.index.delete(node);
        else this.index.set(node, kept);
      }
    }
    let added = 0;
    for (const root of roots) {
      if (!root.isConnected) continue;
      const page = await this.collect(root, generation);
      if (!page) return -1;
      added += await this.process(ctx, page, generation);
    }
    ctx.marks.commit();
    // Added content can sit anywhere in the page: keep the list in document order for reveal/next.
    this.placed.sort((a, b) =>
      a.startNode === b.startNode ? a.startOffset - b.startOffset : a.startNode.compareDocumentPosition(b.startNode) & 4 ? -1 : 1,
    );
    return added;
  }

  /** Steps the pipeline in time slices, placing and staging the marks of each resolved chunk. */
  private async process(
    ctx: ScanContext,
    page: PageText,
    generation: number,
    findDate?: (found: { matches: readonly RawMatch[] }) => ArticleDate,
  ): Promise<number> {
    const clock = sliceClock();
    let resolveStart = -1;
    let added = 0;
    for (const step of pagePipeline({ page, matcher: ctx.matcher, corpus: ctx.corpus, date: findDate ?? this.date })) {
      if (step.date) this.date = step.date;
      if (step.mentions) {
        if (resolveStart < 0) resolveStart = performance.now();
        const placed = placeMentions(page, step.mentions, this.index);
        // getRootNode is a pointer read in Blink (the node's tree scope), cheap for every mention.
        for (const pm of placed) this.shadows.cover(pm.startNode);
        ctx.marks.add(placed, ctx.kinds());
        for (const pm of placed) this.placed.push(pm);
        added += placed.length;
      }
      if (clock.spent()) {
        await clock.yield();
        if (generation !== this.generation) return -1;
      }
    }
    if (generation !== this.generation) return -1;
    measure('resolve-and-mark', resolveStart < 0 ? performance.now() : resolveStart);
    return added;
  }
}
