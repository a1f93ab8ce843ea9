/**
 * The content script's state on one page, in one place: the reader's settings, the corpus and its
 * matcher, whether the extension runs here, and the scanner, marks and hover card that act on them.
 * Settings decide whether to run; the corpus comes from the background; the scanner marks the page
 * in slices; the hover card explains marks; the rescan observer rescans what changed; the popup's
 * page requests (page-requests.ts) read and steer it through `pageState`.
 */
import { DetailsCache } from '../../utils/corpus/details-cache';
import { corpusFromView, type ResolverView } from '../../utils/corpus/resolver-view';
import type { Corpus } from '../../utils/corpus/schema';
import { OWN_UI_ATTRIBUTE } from '../../utils/extract/extract-blocks';
import type { Matcher } from '../../utils/match/compile-matcher';
import { matcherForCorpus } from '../../utils/match/corpus-matcher';
import { request } from '../../utils/messaging/client';
import type { PlacedMention } from '../../utils/page/place-mentions';
import { stepMention } from '../../utils/page/step-mentions';
import { sliceClock } from '../../utils/pipeline/slice-clock';
import type { Prefilter } from '../../utils/prefilter/page-prefilter';
import { blockRoot } from '../../utils/rescan/changed-roots';
import { settingsEffect } from '../../utils/rescan/settings-effect';
import { loadSettings, watchSettings } from '../../utils/settings/settings';
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '../../utils/settings/settings-model';
import { watchCorpusRevision } from '../../utils/storage/corpus-revision';
import { type CorpusPreload, requestPageCorpus } from './corpus-requests';
import type { HandOver } from './hand-over';
import { Marks } from './highlights';
import { HoverCard } from './hover-card';
import { inspect, mark, measure } from './inspect';
import type { PageState } from './page-requests';
import { continuesTextAt, PageScanner, type ScanContext } from './page-scanner';
import { RescanObserver } from './rescan-observer';

export class ContentController {
  private settings: Settings = DEFAULT_SETTINGS;
  /**
   * The resolver's view of the corpus (issue 15: no sources, notes, summaries…), and the same as a
   * `Corpus` with those fields empty, which the pipeline reads. A card's records come whole by id.
   */
  private view: ResolverView | undefined;
  private corpus: Corpus | undefined;
  private readonly details = new DetailsCache((ids) => request('corpus/details', { ids }));
  /** The card's corpus: the view with the records asked for whole, rebuilt when they change. */
  private cardCorpus: { view: ResolverView; version: number; corpus: Corpus } | undefined;
  private matcher: Matcher | undefined;
  /** The first pass (issue 15): a page without any of the corpus's keys loads no corpus and no matcher. */
  private prefilter: Prefilter | undefined;
  private active = false;
  /** The reader's key hashes this page's text was found to hold: the corpus holds only the reader's records owning one (issue 21). */
  private readonly readerKeys = new Set<number>();
  /** The ids of the reader's records the corpus holds (a rescan compares them to know whether new keys brought new records). */
  private readerIds = '';
  /** The mention the keyboard last stepped to: stepping goes on from it once its card is closed. */
  private stepped: PlacedMention | undefined;
  private readonly marks = new Marks();
  private readonly scanner: PageScanner;
  private readonly card: HoverCard;
  private readonly observer: RescanObserver;

  /** What the popup's page requests read and do. */
  readonly pageState: PageState;

  /** The first pass's start of the corpus requests (corpus-requests.ts), until the first load takes it. */
  private preload: CorpusPreload | undefined;

  /** Set until the first scan when the first pass (first-pass.ts) handed the page over: it found a key and marked the scan's start. */
  private handedOver: boolean;

  constructor(
    private readonly doc: Document,
    /** The page's host name, read when settings are applied (they name sites by host). */
    private readonly hostname: () => string,
    /**
     * What the first pass handed over (hand-over.ts): its prefilter, and its way to build another
     * after the reader's records change. The prefilter's data and code stay in the first pass's
     * script: this one, injected on demand, does not carry a second copy.
     */
    private readonly firstPass: Pick<HandOver, 'prefilter' | 'loadPrefilter' | 'version' | 'preload'>,
  ) {
    this.prefilter = firstPass.prefilter;
    this.preload = firstPass.preload;
    this.handedOver = true;
    this.scanner = new PageScanner(doc);
    this.pageState = {
      scanner: this.scanner,
      reveal: (pm) => this.reveal(pm),
      active: () => this.active,
      rescan: async (date) => {
        this.scanner.dateOverride = date;
        await this.fullScan();
      },
    };
    this.card = new HoverCard({
      doc,
      corpus: () => this.corpusForCard(),
      details: (ids) => this.details.ensure(ids),
      index: () => this.scanner.index,
      date: () => this.scanner.date,
      settings: () => this.settings,
      shadowRoots: () => this.scanner.shadows.roots,
      step: (direction) => this.step(direction),
    });
    this.observer = new RescanObserver({
      active: () => this.active,
      // The card's host (no attribute names it) and anything under the extension's own marker.
      ignore: (el) => el === inspect.cardHost || el.closest(`[${OWN_UI_ATTRIBUTE}]`) !== null,
      dropRemoved: (changedText) => {
        if (this.scanner.dropRemoved(this.marks, changedText) > 0) this.publish(inspect.state);
      },
      widen: (node) => blockRoot(node, continuesTextAt),
      rescan: (roots) => this.rescanRoots(roots),
    });
    // Every tree the walk reads is watched: the document, and each open shadow root it enters.
    this.scanner.onShadowRoot = (root) => this.observer.observe(root);
  }

  /** Loads the settings, follows their changes and the corpus's, and scans the page if it is on. */
  async start(): Promise<void> {
    try {
      this.settings = await loadSettings();
      watchSettings((s) => void this.applySettings(s));
      watchCorpusRevision(async () => {
        this.prefilter = undefined;
        this.preload = undefined;
        this.readerKeys.clear();
        this.details.clear();
        if (this.corpus) await this.loadCorpus();
        if (this.active) await this.fullScan();
      });
      await this.applySettings(this.settings);
      if (!this.active) this.publish('off');
      this.observer.observe(this.doc);
    } catch (error) {
      this.publish('error');
      console.warn('Defence Lens: could not start', error);
    }
  }

  /** Tells tests and tools how the page stands, in the content script's own world only (inspect.ts): nothing on the page's elements. */
  private publish(state: string): void {
    inspect.state = state;
    inspect.marks = this.marks.size();
  }

  private scanContext(): ScanContext | undefined {
    const { corpus, matcher, marks } = this;
    return corpus && matcher ? { corpus, matcher, marks, kinds: () => this.settings.markKinds } : undefined;
  }

  /** `readPage`: find the reader's keys in the whole page first (a rescan that found new ones in added text has them already). */
  private async loadCorpus({ readPage = true } = {}): Promise<void> {
    // Only the reader's records this page names come (issue 21): the reader's key hashes its text holds say which.
    if (readPage) for (const hash of await this.readerKeyHits([this.doc])) this.readerKeys.add(hash);
    const keys = [...this.readerKeys];
    // The snapshot stays in the background until a page needs it (the content script does not carry
    // it); the reader's records come compiled too, by the background (issue 21).
    const early = this.preload;
    this.preload = undefined;
    const [reply, snapshot, userLayer] = await requestPageCorpus(keys, early);
    this.view = reply;
    this.corpus = corpusFromView(reply);
    inspect.readerRecords = reply.userIds ?? [];
    this.readerIds = inspect.readerRecords.join('\n');
    // Compiled here only when the background's layer is missing or from another corpus version.
    this.matcher = matcherForCorpus({ snapshot, corpus: this.corpus, userIds: reply.userIds ?? [], userLayer });
  }

  private corpusForCard(): Corpus | undefined {
    const { view, details } = this;
    if (!view) return undefined;
    const kept = this.cardCorpus;
    if (kept?.view === view && kept.version === details.version) return kept.corpus;
    const corpus = details.held.size === 0 ? (this.corpus ?? corpusFromView(view)) : corpusFromView(view, details.held);
    this.cardCorpus = { view, version: details.version, corpus };
    return corpus;
  }

  /** The page's prefilter, built once and kept until the reader's records change (page-prefilter.ts). */
  private async loadPrefilter(): Promise<Prefilter> {
    this.prefilter ??= await this.firstPass.loadPrefilter();
    return this.prefilter;
  }

  /** Which of the reader's keys the text under `roots` holds, read in slices by the first pass's prefilter (hand-over.ts). */
  private async readerKeyHits(roots: Node[]): Promise<Set<number>> {
    const prefilter = await this.loadPrefilter();
    const clock = sliceClock();
    return prefilter.readerKeyHits(roots, { spent: () => clock.spent(), pause: () => clock.yield() });
  }

  /** Whether the text under `roots` may hold a mention; true once the corpus is loaded (the full pipeline decides). */
  private async mayHoldMentions(roots: Node[]): Promise<boolean> {
    if (this.corpus) return true;
    const prefilter = await this.loadPrefilter();
    const clock = sliceClock();
    return prefilter.nodesHaveKeySliced(roots, { spent: () => clock.spent(), pause: () => clock.yield() });
  }

  private async fullScan(): Promise<void> {
    // A page the first pass handed over holds a key, and its scan is timed from that pass's start
    // (the controller's loading included).
    const passed = this.handedOver;
    this.handedOver = false;
    if (!passed) mark('scan-start');
    if (!this.corpus && !passed && !(await this.mayHoldMentions([this.doc]))) {
      // Nothing to find: no corpus request, no matcher, no marks.
      if (!this.active) return;
      this.scanner.reset(this.marks);
      measure('scan', 'scan-start');
      this.publish(`ready ${this.firstPass.version}`);
      return;
    }
    if (!this.corpus || !this.matcher) {
      // Timed apart (the scan's clock includes it): what loading the corpus and the matcher costs a page.
      const loadStart = performance.now();
      if (passed) measure('controller-ready', 'scan-start');
      await this.loadCorpus();
      measure('corpus-load', loadStart);
    }
    const ctx = this.scanContext();
    if (!ctx || !this.active) return;
    this.scanner.reset(this.marks);
    const n = await this.scanner.scanAll(ctx);
    if (n < 0) return; // superseded by a newer scan
    // The scan ends when the marks are registered: at once, or on a page with very many marks when
    // those near the viewport are (the observer's first report, at the next frame).
    this.marks.whenRegistered(() => {
      // Without a provisional pass (a short page, or nothing it could show), the first marks are these.
      if (n > 0 && !this.scanner.firstMarksShown) measure('first-marks', 'scan-start');
      measure('scan', 'scan-start');
    });
    this.publish(`ready ${ctx.corpus.version}`);
    // Only pages (and frames) with something to hover get the card's host.
    if (n > 0) this.card.warmUp();
  }

  private async rescanRoots(roots: Node[]): Promise<void> {
    // Added content on a page that had nothing to find: scan the page if the new text may hold a mention.
    if (!this.corpus) {
      if (roots.length > 0 && this.active && (await this.mayHoldMentions(roots))) await this.fullScan();
      return;
    }
    if (roots.length === 0) return;
    // Added text can name a reader's record the page did not hold: fetch the page's records again, and scan with them.
    const hits = await this.readerKeyHits(roots);
    if ([...hits].some((hash) => !this.readerKeys.has(hash))) {
      const had = this.readerIds;
      for (const hash of hits) this.readerKeys.add(hash);
      await this.loadCorpus({ readPage: false });
      // New records: the whole page is scanned with them; the same ones (a key no record of theirs owns): only the added text.
      if (this.readerIds !== had) {
        if (this.active) await this.fullScan();
        return;
      }
    }
    const ctx = this.scanContext();
    if (!ctx) return;
    await this.scanner.scanRoots(ctx, roots);
    this.publish(`ready ${ctx.corpus.version}`);
  }

  private applyMarkStyle(): void {
    // In the marks' own stylesheet (mark-styles.ts), never as an attribute on the page.
    this.marks.setStyle(this.settings.markStyle);
    inspect.markStyle = this.settings.markStyle === 'underline' ? null : this.settings.markStyle;
  }

  private async applySettings(next: Settings): Promise<void> {
    const before = { active: this.active, kinds: this.settings.markKinds };
    this.settings = next;
    this.applyMarkStyle();
    this.active = isActiveOn(next, this.hostname());
    const effect = settingsEffect(before, { active: this.active, kinds: next.markKinds });
    if (effect === 'turn-off') {
      this.scanner.reset(this.marks);
      this.marks.release();
      this.card.detach();
      this.publish(this.corpus || this.prefilter ? `off ${this.corpus?.version ?? this.firstPass.version}` : 'off');
      return;
    }
    this.card.attach();
    if (effect === 'scan') await this.fullScan();
    else if (effect === 'remark') {
      this.marks.clear();
      this.marks.add(this.scanner.placed, next.markKinds);
      this.marks.commit();
      this.publish(`ready ${this.corpus?.version ?? this.firstPass.version}`);
    }
  }

  /** Scrolls to a mention (the mark itself, with room for its card), flashes it and opens its card, pinned. */
  private reveal(pm: PlacedMention, focus = false): void {
    this.card.show({ mention: pm, pin: true, focus, scroll: true });
    this.marks.flash(pm.range);
  }

  private step(direction: 1 | -1): void {
    if (!this.active) return;
    const next = stepMention({
      placed: this.scanner.placed,
      from: this.card.openFor ?? this.stepped,
      direction,
      kinds: this.settings.markKinds,
    });
    if (!next) return;
    this.stepped = next;
    this.reveal(next, true);
  }
}
