/**
 * Scans a page (or the subtrees that changed) in time slices: extract blocks, match them, resolve
 * the mentions against the article date, place ranges, register marks. Holds the page's state so
 * the hover card, the popup's "on this page" list and the settings can read and change it.
 */
import type { Corpus } from '../../utils/corpus/schema';
import { iterateBlocks, OWN_UI_ATTRIBUTE, type TextBlock } from '../../utils/extract/extract-blocks';
import { continuesText, INLINE, mayBeRestyled } from '../../utils/extract/layout-rules';
import { joinBlocks, type PageText } from '../../utils/extract/page-text';
import type { Matcher } from '../../utils/match/compile-matcher';
import type { RawMatch } from '../../utils/model/dictionary-entry';
import type { ArticleDate, MentionKind } from '../../utils/model/mention';
import { type PlacedMention, placeMentions } from '../../utils/page/place-mentions';
import type { DateTextScans } from '../../utils/pipeline/date-text-scans';
import { pagePipeline } from '../../utils/pipeline/page-pipeline';
import { sliceClock } from '../../utils/pipeline/slice-clock';
import { composedParent } from '../../utils/rescan/changed-roots';
import { insertionIndex } from '../../utils/rescan/composed-order';
import { textHash } from '../../utils/rescan/text-hash';
import { detectArticleDate, pageMeetingEvidence } from '../../utils/resolve/article-date';
import { firstMarksPass, type NearPass } from './first-marks';
import type { Marks } from './highlights';
import { inspect, measure } from './inspect';
import { ShadowStyles } from './shadow-styles';

/**
 * Hidden by the page's CSS (collapsed panels, closed <details>, off-screen menus, visibility:
 * hidden). checkVisibility reads the style the page already computed (content-visibility: hidden
 * ancestors always count; content-visibility: auto is left to be read, since it shows on scroll);
 * an element with `display: contents` has no box of its own but shows its children, so it is
 * hidden only if its parent is (the walk takes a `false` as saying the ancestors render too).
 */
const VISIBILITY_TOO: CheckVisibilityOptions = { visibilityProperty: true };

/** Text nodes the walk gathers between two reads of the slice clock. */
const CLOCK_EVERY_NODES = 16;

/** Units of a block's text fingerprinted between two pause points. */
const HASH_PART = 1 << 18;

function isHidden(el: Element): boolean {
  if (el.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  if (typeof el.checkVisibility !== 'function' || el.checkVisibility(VISIBILITY_TOO)) return false;
  if (getComputedStyle(el).display !== 'contents') return true;
  const parent = flatTreeParent(el);
  return parent !== null && isHidden(parent);
}

/** Where an element renders: its slot, else its parent element or its shadow root's host. */
function flatTreeParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  const parent = el.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
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

/**
 * Whether an element continues the running text around it, as the walk reads it (the rescan widens
 * a changed node to its block with this): inline by tag where the tag decides, else by rendered
 * display; an element without a box (display: none) leaves the text either side joined.
 */
export function continuesTextAt(el: Element): boolean {
  const tag = el.localName;
  if (!mayBeRestyled(el, tag)) return INLINE.has(tag);
  const display = displayOf(el);
  return display === 'none' || continuesText(display);
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
  /** Told of every shadow root a walk reads (the rescan observer watches it). */
  onShadowRoot: ((root: ShadowRoot) => void) | undefined;
  private generation = 0;
  /** The full scan under way, if any: a rescan waits for it. */
  private scanning: Promise<number> | undefined;
  /** The text fingerprint of each subtree a rescan read, to skip it while its text stays the same. */
  private hashes = new WeakMap<Node, number>();
  /** Whether marks were dropped since the last rescan (then no subtree is skipped on its fingerprint). */
  private dropped = false;
  /** The text nodes under the provisional marks of the full scan under way (a change to one drops them). */
  private provisional = new Map<Node, PlacedMention[]>();
  /** Whether the full scan under way has shown marks before its end (the provisional pass). */
  firstMarksShown = false;

  constructor(private readonly doc: Document) {}

  /** Drops every mark and forgets the page's mentions (extension turned off, corpus changed). */
  reset(marks: Marks): void {
    this.generation++;
    marks.clear();
    this.placed = [];
    this.index = new Map();
    this.provisional = new Map();
    this.firstMarksShown = false;
    this.hashes = new WeakMap();
    this.shadows.prune();
  }

  /**
   * Collects the blocks under `root`, yielding the thread between slices. Returns null if superseded.
   * Only a rescan fingerprints the text (`hash`): hashing every block of a whole page (5 M
   * characters) showed as 2-7% of the full scan's CPU profile, for a figure it never reads.
   * Given `near`, the blocks near the viewport are handed to it as soon as the walk is past them.
   */
  private async collect(
    root: Node,
    generation: number,
    { fingerprint = false, near }: { fingerprint?: boolean; near?: NearPass } = {},
  ): Promise<{ page: PageText; hash: number } | null> {
    const clock = sliceClock();
    const blocks: TextBlock[] = [];
    let hash = textHash('');
    let sinceClock = 0;
    const options = { isHidden, displayOf, onShadowRoot: this.onShadowRoot };
    for (const block of iterateBlocks(root, options)) {
      blocks.push(block);
      if (fingerprint) {
        // A very long block (one huge text node) is hashed a part at a time, with pauses (issue 21).
        for (let from = HASH_PART; from < block.text.length; from += HASH_PART) {
          hash = textHash(block.text.slice(from - HASH_PART, from), hash);
          if (clock.spent()) {
            await clock.yield();
            if (generation !== this.generation) return null;
          }
        }
        hash = textHash(`${block.text.slice(Math.floor((block.text.length - 1) / HASH_PART) * HASH_PART)}\u0000`, hash);
      }
      if (near && !near.part.complete) {
        // Layout is read only until the walk is past the band (a few hundred blocks at most).
        const el = block.nodes[0]?.parentElement;
        if (near.part.offer(block, el ? el.getBoundingClientRect().top : Number.NaN) === 'done') {
          await near.reached();
          if (generation !== this.generation) return null;
        }
      }
      // The clock is read every few text nodes, not after every block: most blocks take a few
      // microseconds, and performance.now() costs ~0.4 µs (28,000 blocks on the 5 MB page).
      sinceClock += block.nodes.length;
      if (sinceClock >= CLOCK_EVERY_NODES) {
        sinceClock = 0;
        if (clock.spent()) {
          await clock.yield();
          if (generation !== this.generation) return null;
        }
      }
    }
    return { page: joinBlocks(blocks), hash };
  }

  /** Full scan of the page. */
  scanAll(ctx: ScanContext): Promise<number> {
    const run = this.runScanAll(ctx);
    this.scanning = run;
    const done = () => {
      if (this.scanning === run) this.scanning = undefined;
    };
    run.then(done, done);
    return run;
  }

  private async runScanAll(ctx: ScanContext): Promise<number> {
    const generation = ++this.generation;
    this.firstMarksShown = false;
    inspect.firstMarks = [];
    // Phase timings in DevTools and for the benchmark: text collection (walk), then the rest.
    const started = performance.now();
    const near = firstMarksPass({
      doc: this.doc,
      ctx,
      current: () => generation === this.generation,
      shown: ({ index, placed, count }) => {
        this.provisional = index;
        for (const pm of placed) this.shadows.cover(pm.startNode);
        this.firstMarksShown = count > 0;
      },
    });
    const collected = await this.collect(this.doc, generation, { near });
    if (!collected) return -1;
    const { page } = collected;
    measure('collect', started);
    ctx.marks.fitTo(page.text.length);
    // The date is settled inside the pipeline, once the page's forms (and so the meetings it
    // reports, evidence of its date) are matched.
    const override = this.dateOverride;
    const added = await this.process(ctx, page, generation, this.placed, (found) =>
      override
        ? { date: override, source: 'override' }
        : detectArticleDate(this.doc, {
            text: page.text,
            meetings: pageMeetingEvidence({ text: page.text, matches: found.matches, corpus: ctx.corpus, ordinals: found.scans.ordinals }),
            findExpressions: () => found.scans.expressions,
            dateline: found.scans.dateline,
          }),
    );
    // The final marks replace the provisional ones in the same task: none blinks, none is doubled.
    if (added >= 0) {
      ctx.marks.commit();
      this.provisional = new Map();
    }
    return added;
  }

  /**
   * Drops at once the marks whose text left the page or whose text node changed (called from the
   * mutation observer's callback): the marks, "On this page" and stepping forget them. Returns how
   * many were dropped.
   */
  dropRemoved(marks: Marks, changedText: ReadonlySet<Text> = new Set()): number {
    const gone = new Set<PlacedMention>();
    for (const node of changedText) for (const pm of this.index.get(node) ?? []) gone.add(pm);
    // Provisional marks over text that changed or left go at once too (the scan's end replaces the rest).
    const stale = new Set<PlacedMention>();
    for (const node of changedText) for (const pm of this.provisional.get(node) ?? []) stale.add(pm);
    for (const list of this.provisional.values())
      for (const pm of list) if (!pm.startNode.isConnected || !pm.endNode.isConnected) stale.add(pm);
    if (stale.size > 0) marks.dropProvisional(stale);
    for (const pm of this.placed) if (!pm.startNode.isConnected || !pm.endNode.isConnected) gone.add(pm);
    if (gone.size > 0) {
      this.forget(marks, gone);
      this.dropped = true;
    }
    return gone.size;
  }

  /** Removes mentions from the marks, the page's list and the node index. */
  private forget(marks: Marks, gone: ReadonlySet<PlacedMention>): void {
    marks.remove([...gone]);
    this.placed = this.placed.filter((pm) => !gone.has(pm));
    for (const [node, list] of this.index) {
      const kept = list.filter((pm) => !gone.has(pm));
      if (kept.length === 0) this.index.delete(node);
      else if (kept.length !== list.length) this.index.set(node, kept);
    }
  }

  /**
   * Rescans the given subtrees (whole blocks, see rescan-observer.ts), replacing their old mentions.
   * A subtree whose text is what it was at its last rescan is skipped, unless marks were dropped
   * since (its text nodes may be new ones with the same text). Returns the mentions added, -1 if a
   * full scan superseded it.
   */
  async scanRoots(ctx: ScanContext, roots: Node[]): Promise<number> {
    while (this.scanning) await this.scanning.catch(() => {});
    const started = performance.now();
    const generation = this.generation;
    const dropped = this.dropped;
    this.dropped = false;
    const changed: { root: Node; page: PageText }[] = [];
    for (const root of roots) {
      if (!root.isConnected) continue;
      const collected = await this.collect(root, generation, { fingerprint: true });
      if (!collected) return -1;
      if (!dropped && this.hashes.get(root) === collected.hash) continue;
      this.hashes.set(root, collected.hash);
      changed.push({ root, page: collected.page });
    }
    if (changed.length === 0) return 0;
    // The old mentions inside the changed subtrees: one climb from each mention's text.
    const inChanged = new Set(changed.map((c) => c.root));
    const within = (n: Node) => {
      for (let c: Node | null = n; c; c = composedParent(c)) if (inChanged.has(c)) return true;
      return false;
    };
    const stale = new Set(this.placed.filter((pm) => within(pm.startNode) || (pm.endNode !== pm.startNode && within(pm.endNode))));
    if (stale.size > 0) this.forget(ctx.marks, stale);
    // People the rest of the page names in full: their short names in the changed text resolve as in a full scan.
    const namedElsewhere = new Set<string>();
    for (const { mention: m } of this.placed)
      if (m.kind === 'person' && m.via !== 'short-name' && m.via !== 'role') namedElsewhere.add(m.id);
    let added = 0;
    for (const { root, page } of changed) {
      if (!root.isConnected) continue;
      const run: PlacedMention[] = [];
      const n = await this.process(ctx, page, generation, run, undefined, namedElsewhere);
      if (n < 0) return -1;
      added += n;
      // Keep the list in page order for reveal and stepping: the subtree's mentions go in as one run.
      const first = run[0];
      if (first)
        this.placed.splice(
          insertionIndex(this.placed, first.startNode, (pm) => pm.startNode),
          0,
          ...run,
        );
    }
    ctx.marks.commit();
    // Only a rescan that read changed text is recorded (tests count them: a skipped one does no work).
    measure('rescan', started);
    return added;
  }

  /** Steps the pipeline in time slices, placing and staging the marks of each resolved chunk. */
  private async process(
    ctx: ScanContext,
    page: PageText,
    generation: number,
    into: PlacedMention[],
    findDate?: (found: { matches: readonly RawMatch[]; scans: DateTextScans }) => ArticleDate,
    namedElsewhere?: Iterable<string>,
  ): Promise<number> {
    const clock = sliceClock();
    let resolveStart = -1;
    let added = 0;
    for (const step of pagePipeline({ page, matcher: ctx.matcher, corpus: ctx.corpus, date: findDate ?? this.date, namedElsewhere })) {
      if (step.date) this.date = step.date;
      if (step.mentions) {
        if (resolveStart < 0) resolveStart = performance.now();
        const placed = placeMentions(page, step.mentions, this.index);
        // getRootNode is a pointer read in Blink (the node's tree scope), cheap for every mention.
        for (const pm of placed) this.shadows.cover(pm.startNode);
        ctx.marks.add(placed, ctx.kinds());
        for (const pm of placed) into.push(pm);
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
