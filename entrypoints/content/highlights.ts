/**
 * Marks through the CSS Custom Highlight API: one highlight per kind, one for fact-check flags and
 * one for the brief flash after "reveal", under names drawn at random for this page load
 * (mark-styles.ts). The page's text nodes are never touched. The highlights are registered, and the
 * marks' stylesheet adopted, only when there is a first mark to show, and taken away when the
 * extension is switched off here. Where the API is missing nothing is marked, and hover lookup still works.
 */
import { MENTION_KINDS, type MentionKind } from '../../utils/model/mention';
import type { PlacedMention } from '../../utils/page/place-mentions';
import type { MarkStyle } from '../../utils/settings/settings-model';
import { inspect } from './inspect';
import { HIGHLIGHT_NAMES, type HighlightKey, markSheet } from './mark-styles';
import { NearViewport } from './near-viewport';

/** Each kind has two highlights: the reader's chosen style, and the tint used on very large pages. */
const nameOf = (kind: MentionKind | 'flag', tinted = false) => HIGHLIGHT_NAMES[`${kind}${tinted ? '-tint' : ''}` as HighlightKey];
const nameFor = (pm: PlacedMention, tinted: boolean) => nameOf(pm.mention.flags.length > 0 ? 'flag' : pm.mention.kind, tinted);

type HighlightCtor = new (...ranges: AbstractRange[]) => { add(r: AbstractRange): void; clear(): void; delete(r: AbstractRange): boolean };
const registry = (): Map<string, unknown> | undefined =>
  (globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
const Ctor = (): HighlightCtor | undefined => (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;

/**
 * Above this many marks only those near the viewport are registered (see near-viewport.ts): the
 * browser's per-frame cost after a page change grows with the registered ranges (~17 µs each).
 */
export const REGISTER_ALL_UP_TO = 400;

/**
 * Pages with more text than this get tinted marks instead of underlines: with an underlined highlight
 * registered, Chromium spends time in proportion to the whole page at every frame in which the page
 * changes (measured ~35 ms on 5 M characters, ~9 ms on 1 M, nothing on 200 k), a tint costs nothing.
 */
export const TINT_ABOVE_CHARS = 500_000;

/**
 * At most this many marks per lower-case form (the same words) on one page: one alias that is a
 * common word ("the") would otherwise mark every occurrence, 10,000 on a news page (issue 21). Only
 * forms written all in lower case count, since that is how common words appear: a name or an
 * acronym ("Ng Eng Hen", "HADR") is marked every time, down to the end of a long report. The first
 * ones in page order are marked; the popup still lists every mention.
 */
export const MAX_MARKS_PER_FORM = 100;

/** The form a mention's marks are counted under, or undefined when its marks are not capped. */
export function cappedFormOf(text: string): string | undefined {
  const squashed = text.replace(/\s+/g, ' ');
  const lower = squashed.toLowerCase();
  return lower === squashed && lower !== squashed.toUpperCase() ? lower : undefined;
}

export const highlightsSupported = () => registry() !== undefined && Ctor() !== undefined;

export class Marks {
  private sets = new Map<string, InstanceType<HighlightCtor>>();
  private pending: PlacedMention[] = [];
  /** Every committed mark, registered or waiting for its text to come near the viewport. */
  private committed = new Set<PlacedMention>();
  /** Marks staged or committed, by lower-case form (MAX_MARKS_PER_FORM). */
  private perForm = new Map<string, number>();
  private near: NearViewport | undefined;
  /**
   * Marks shown before the scan's end (its provisional pass over the part near the viewport),
   * registered at once and counted nowhere else; `commit` replaces them with the scan's own.
   */
  private provisional: PlacedMention[] = [];
  private tinted = false;
  /** Whether the highlights are in the page's registry and the sheet adopted (only once there is a mark). */
  private installed = false;
  private flashes = 0;

  constructor() {
    // What tests read to tell the marks apart (inspect.ts, in the content script's world only).
    inspect.highlightNames = { ...HIGHLIGHT_NAMES };
    const H = Ctor();
    if (!registry() || !H) return;
    for (const k of [...MENTION_KINDS, 'flag' as const]) for (const name of [nameOf(k), nameOf(k, true)]) this.sets.set(name, new H());
  }

  /** The reader's mark style, through the marks' stylesheet (no attribute on the page). */
  setStyle(style: MarkStyle): void {
    markSheet.setStyle(style);
  }

  /** Registers the highlights and adopts the sheet, the first time a mark is shown (and again if the page dropped them). */
  private install(): void {
    const reg = registry();
    if (!reg) return;
    markSheet.cover(document);
    if (this.installed && [...this.sets.keys()].every((name) => reg.has(name))) return;
    for (const [name, h] of this.sets) reg.set(name, h);
    this.installed = true;
  }

  /** Clears the marks and takes the highlights and the sheet off the page: the extension is off here. */
  release(): void {
    this.clear();
    const reg = registry();
    // By name: the names are this script's own (random), and in Firefox a registry read gives back a wrapper, not our object.
    if (reg && this.installed) for (const name of this.sets.keys()) reg.delete(name);
    this.installed = false;
    markSheet.uncover();
  }

  /** Tints the marks instead of underlining them when the page's text is very large (see TINT_ABOVE_CHARS). */
  fitTo(pageChars: number): void {
    const tinted = pageChars > TINT_ABOVE_CHARS;
    if (tinted === this.tinted) return;
    this.tinted = tinted;
    for (const h of this.sets.values()) h.clear();
    this.register(this.provisional);
    if (this.near) this.near.replay();
    else this.register(this.committed);
  }

  /**
   * Registers the provisional marks at once (kinds and the per-form cap applied as for the scan's).
   * Returns those shown.
   */
  showProvisional(placed: readonly PlacedMention[], kinds: readonly MentionKind[]): readonly PlacedMention[] {
    const perForm = new Map<string, number>();
    const shown: PlacedMention[] = [];
    for (const pm of placed) {
      if (!kinds.includes(pm.mention.kind)) continue;
      const form = cappedFormOf(pm.mention.text);
      if (form !== undefined) {
        const n = perForm.get(form) ?? 0;
        if (n >= MAX_MARKS_PER_FORM) continue;
        perForm.set(form, n + 1);
      }
      shown.push(pm);
    }
    this.unregister(this.provisional);
    this.provisional = shown;
    if (this.sets.size > 0) this.register(shown);
    return shown;
  }

  /** Takes provisional marks away before the scan's end (their text changed or left the page). */
  dropProvisional(stale: ReadonlySet<PlacedMention>): void {
    this.unregister(stale);
    this.provisional = this.provisional.filter((pm) => !stale.has(pm));
  }

  /**
   * Stages marks; `commit` registers them. Every change to a registered highlight makes the
   * browser revisit all of its ranges at the next frame, so a scan that added its marks slice by
   * slice paid for the whole set again at every frame (seconds on a 5 MB page). Staged marks are
   * added in one go when the scan ends.
   */
  add(placed: PlacedMention[], kinds: readonly MentionKind[]): void {
    for (const pm of placed) {
      if (!kinds.includes(pm.mention.kind)) continue;
      const form = cappedFormOf(pm.mention.text);
      if (form !== undefined) {
        const n = this.perForm.get(form) ?? 0;
        if (n >= MAX_MARKS_PER_FORM) continue;
        this.perForm.set(form, n + 1);
      }
      this.pending.push(pm);
    }
  }

  commit(): void {
    const pending = this.pending;
    this.pending = [];
    for (const pm of pending) this.committed.add(pm);
    const provisional = this.provisional;
    this.provisional = [];
    if (this.sets.size === 0) return;
    if (this.near) this.near.track(pending);
    else if (this.committed.size > REGISTER_ALL_UP_TO && typeof IntersectionObserver === 'function') {
      for (const h of this.sets.values()) h.clear();
      this.near = new NearViewport((marks, near) => (near ? this.register(marks) : this.unregister(marks)));
      this.near.track(this.committed);
    } else this.register(pending);
    if (provisional.length > 0) this.replaceProvisional(provisional, pending);
  }

  /**
   * In the task that registered the scan's marks: the provisional ones go. Where only marks near the
   * viewport are registered, the observer first reports at the next frame, so the scan's marks that
   * start in the provisional ones' text nodes are registered now (else they would blink for a frame),
   * and once it has reported those it does not find near are taken away again.
   */
  private replaceProvisional(provisional: readonly PlacedMention[], committed: readonly PlacedMention[]): void {
    this.unregister(provisional);
    const near = this.near;
    if (!near) return;
    const at = new Set<Node>(provisional.map((pm) => pm.startNode));
    const early = committed.filter((pm) => at.has(pm.startNode));
    this.register(early);
    near.whenSettled(() => {
      if (this.near === near) this.unregister(early.filter((pm) => this.committed.has(pm) && !near.isNear(pm)));
    });
  }

  /** Calls `done` once the committed marks that are to be registered now are (at once unless only those near the viewport are). */
  whenRegistered(done: () => void): void {
    if (this.near) this.near.whenSettled(done);
    else done();
  }

  remove(placed: PlacedMention[]): void {
    const gone = new Set(placed);
    const staged = new Set(this.pending);
    for (const pm of placed) {
      if (!this.committed.has(pm) && !staged.has(pm)) continue;
      const form = cappedFormOf(pm.mention.text);
      if (form !== undefined) this.perForm.set(form, (this.perForm.get(form) ?? 1) - 1);
    }
    this.pending = this.pending.filter((pm) => !gone.has(pm));
    for (const pm of placed) this.committed.delete(pm);
    if (this.near) this.near.untrack(placed);
    else this.unregister(placed);
  }

  clear(): void {
    this.pending = [];
    this.provisional = [];
    this.perForm.clear();
    this.committed.clear();
    this.near?.disconnect();
    this.near = undefined;
    for (const h of this.sets.values()) h.clear();
  }

  /** Briefly marks one range so the reader's eye finds it after a scroll. */
  flash(range: AbstractRange): void {
    const reg = registry();
    const H = Ctor();
    if (!reg || !H) return;
    this.install();
    const flash = ++this.flashes;
    reg.set(HIGHLIGHT_NAMES.flash, new H(range));
    setTimeout(() => {
      // Only the latest flash ends it (counted: in Firefox the registry gives back wrappers, not our objects).
      if (flash === this.flashes) reg.delete(HIGHLIGHT_NAMES.flash);
    }, 1600);
  }

  /** Count of marks on the page (read by tests through inspect.ts). */
  size(): number {
    return this.committed.size;
  }

  private register(marks: Iterable<PlacedMention>): void {
    let first = true;
    for (const pm of marks) {
      if (first) this.install();
      first = false;
      this.sets.get(nameFor(pm, this.tinted))?.add(pm.range);
    }
  }

  private unregister(marks: Iterable<PlacedMention>): void {
    for (const pm of marks) this.sets.get(nameFor(pm, this.tinted))?.delete(pm.range);
  }
}
