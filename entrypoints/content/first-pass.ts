/**
 * The content script's first stage (issue 15): all that runs on a page with nothing to find.
 * It reads the settings, runs the prefilter's one pass over the page's text (utils/prefilter) and
 * watches for what could change the answer: text the page adds, the settings turning the
 * extension on here, the reader's own records changing (their keys join the build's). Only when a
 * pass finds a key does it load the controller (content-controller.ts, with the pipeline, the
 * marks and the card) and hand the page over to it; until then the page pays for this module, the
 * pass, and one message for the reader's keys.
 *
 * The controller is a script of its own, which the background injects into this frame on request
 * (`content/controller`, hand-over.ts): a page that does not pass never loads, parses or compiles
 * it, and no web-accessible file exists that a page could probe for.
 */
import prefilterData from 'virtual:defence-lens-prefilter';
import { request } from '../../utils/messaging/client';
import { sliceClock } from '../../utils/pipeline/slice-clock';
import type { Prefilter } from '../../utils/prefilter/page-prefilter';
import { loadSettings, watchSettings } from '../../utils/settings/settings';
import { isActiveOn } from '../../utils/settings/settings-model';
import { watchCorpusRevision } from '../../utils/storage/corpus-revision';
import type { ContentController } from './content-controller';
import { preloadPageCorpus } from './corpus-requests';
import { offerHandOver, takeHandOver } from './hand-over';
import { inspect, mark, measure } from './inspect';
import { loadPagePrefilter } from './page-prefilter';

/** Added text is checked once the page has been quiet this long, or at the latest MAX_WAIT_MS after the first change. */
const QUIET_MS = 300;
const MAX_WAIT_MS = 1000;

export class FirstPass {
  private active = false;
  private prefilter: Prefilter | undefined;
  /** Set once a pass found a key: the controller owns the page from then on. */
  private controller: Promise<ContentController> | undefined;
  private readonly unwatch: (() => void)[] = [];
  private observer: MutationObserver | undefined;
  private readonly observed = new WeakSet<Node>();
  private added: Node[] = [];
  private firstAt = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    /** The page's host name, read when settings are applied (they name sites by host). */
    private readonly hostname: () => string,
  ) {}

  /** The controller, once the page was handed over to it. */
  handedOver(): Promise<ContentController> | undefined {
    return this.controller;
  }

  async start(): Promise<void> {
    try {
      this.unwatch.push(
        watchSettings((s) => {
          const was = this.active;
          this.active = isActiveOn(s, this.hostname());
          if (this.active && !was) void this.check([this.doc]);
          else if (!this.active && was) this.publish(`off ${prefilterData.version}`);
        }),
        watchCorpusRevision(() => {
          // The reader's records changed: their keys are asked for again at the next pass.
          this.prefilter = undefined;
          if (this.active) void this.check([this.doc]);
        }),
      );
      this.active = isActiveOn(await loadSettings(), this.hostname());
      this.watchPage(this.doc);
      if (this.active) await this.check([this.doc]);
      else this.publish('off');
    } catch (error) {
      this.publish('error');
      console.warn('Defence Lens: could not start', error);
    }
  }

  private publish(state: string): void {
    inspect.state = state;
    inspect.marks = 0;
  }

  /** The page's prefilter, built once and kept until the reader's records change (page-prefilter.ts). */
  private async loadPrefilter(): Promise<Prefilter> {
    this.prefilter ??= await loadPagePrefilter();
    return this.prefilter;
  }

  /** One pass over `roots`: a key hands the page over, none leaves it as it is. */
  private async check(roots: Node[]): Promise<void> {
    if (this.controller) return;
    const whole = roots.length === 1 && roots[0] === this.doc;
    if (whole) mark('scan-start');
    const prefilter = await this.loadPrefilter();
    if (this.controller || !this.active) return;
    // In time slices: a page of 200,000 nodes or one 50 MB text node is read over many tasks (issue 21).
    const clock = sliceClock();
    const hasKey = await prefilter.nodesHaveKeySliced(roots, {
      onShadow: (shadow) => this.watchPage(shadow),
      spent: () => clock.spent(),
      pause: () => clock.yield(),
    });
    if (this.controller || !this.active) return;
    if (hasKey) {
      // Added text that holds a key: the page's scan starts now.
      if (!whole) mark('scan-start');
      await this.handOver(prefilter);
      return;
    }
    // Nothing to find: no corpus request, no matcher, no marks.
    if (whole) measure('scan', 'scan-start');
    this.publish(`ready ${prefilterData.version}`);
  }

  private async handOver(prefilter: Prefilter): Promise<void> {
    for (const stop of this.unwatch.splice(0)) stop();
    this.observer?.disconnect();
    clearTimeout(this.timer);
    // The controller is not in this script: the background injects its script into this frame, in
    // this isolated world, where it takes the offer (hand-over.ts) and starts in a task of its own.
    let refuse: (error: unknown) => void = () => {};
    this.controller = new Promise<ContentController>((accept, reject) => {
      refuse = reject;
      offerHandOver({
        doc: this.doc,
        hostname: this.hostname,
        prefilter,
        loadPrefilter: loadPagePrefilter,
        version: prefilterData.version,
        // Sent now, answered while the background injects the controller's script.
        preload: preloadPageCorpus(prefilter.hasReaderKeys),
        accept,
      });
    });
    // A refusal reaches the popup's page requests (page-requests.ts); unheard, it is no error of its own.
    this.controller.catch(() => {});
    try {
      await request('content/controller', {});
    } catch (error) {
      takeHandOver();
      refuse(error);
      this.publish('error');
      console.warn('Defence Lens: could not load the controller', error);
    }
  }

  /** Dynamic pages: added nodes and changed text are passed over too (a document or an open shadow root, once each). */
  private watchPage(root: Document | ShadowRoot): void {
    if (this.controller || this.observed.has(root)) return;
    this.observed.add(root);
    this.observer ??= new MutationObserver((records) => {
      // While off, nothing is kept: turning on passes over the whole page.
      if (!this.active) return;
      for (const r of records) {
        if (r.type === 'characterData') this.added.push(r.target);
        else for (const n of r.addedNodes) this.added.push(n);
      }
      if (this.added.length > 0) this.schedule();
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private schedule(): void {
    const now = performance.now();
    if (this.firstAt < 0) this.firstAt = now;
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        const roots = this.added.filter((n) => n.isConnected);
        this.added = [];
        this.firstAt = -1;
        if (roots.length > 0) void this.check(roots);
      },
      Math.max(0, Math.min(QUIET_MS, this.firstAt + MAX_WAIT_MS - now)),
    );
  }
}
