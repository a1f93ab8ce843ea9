/**
 * The content script's first pass (issue 15): does the page hold any of the corpus's distinctive
 * forms at all? One pass over the text, no corpus, no matcher. The keys (prefilter-keys.ts) are one
 * word of every dictionary form (names, name parts, labels, acronyms, role phrases) and the words
 * the resolver's own text searches need; a page without any of them cannot yield a mention, so it
 * pays for this pass only.
 *
 * Words are compared as the matcher reads text: folded by the matcher's table (case, diacritics,
 * "đ"; soft hyphens and zero-width characters inside a word skipped), split into runs of letters
 * and runs of digits. Scripts written without spaces (Thai, Lao, Myanmar, Khmer, CJK) count each
 * character as a run of its own. Keys are kept as 32-bit FNV-1a hashes: a collision can only let a
 * page through, never keep one out.
 *
 * A word can be split over text nodes ("Pra<b>bowo</b>"), and two blocks can touch with no space
 * between them ("<h2>News</h2><p>Prabowo"): every stretch of whole nodes within a run is checked.
 */

/** What the build writes (virtual:defence-lens-prefilter). */
export interface PrefilterData {
  /** Version of the corpus the keys were made from. */
  version: string;
  /** The keys, folded, one per line; a key that counts only when written with a capital starts with "^". */
  keys: string;
  /** For units 128..0x2fff: the folded, lower-cased unit, " " for a separator, DEL for an ignorable unit. */
  folds: string;
}

export const FOLD_FROM = 128;
export const FOLD_TO = 0x3000;
export const SEPARATOR = 32;
export const IGNORED = 127;

enum Unit {
  Separator = 0,
  Letter = 1,
  Digit = 2,
  /** A character of a script written without spaces: a run of its own. */
  Alone = 3,
  Ignored = 4,
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

function isAlone(code: number): boolean {
  return (code >= 0x0e00 && code <= 0x0eff) || (code >= 0x1000 && code <= 0x109f) || (code >= 0x1780 && code <= 0x17ff) || code >= 0x2e80;
}

/** Hash of buffer[from, to). */
function hashOf(buffer: Uint16Array, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ (buffer[i] as number), FNV_PRIME);
  return h >>> 0;
}

export function hashKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Longest run kept: a longer one holds no key unless it spans nodes (then it is checked conservatively). */
const BUFFER = 256;

/**
 * Reads text pieces (text nodes, in order) and reports every run between separators, with the
 * places where one piece gave way to the next inside it. Shared by the build (keys) and the page.
 */
export class RunReader {
  private readonly buffer = new Uint16Array(BUFFER);
  /** Whether the unit at each place was written as a capital (any non-ASCII letter counts as one). */
  readonly capitals = new Uint8Array(BUFFER);
  private length = 0;
  private overflow = false;
  /** Where pieces meet inside the current run (offsets into the buffer). */
  private readonly joins: number[] = [];
  private kind = Unit.Separator;

  constructor(
    private readonly folds: string,
    /** Called with the buffer and the run's stretches to test; returns true to stop. */
    private readonly onRun: (buffer: Uint16Array, from: number, to: number) => boolean,
  ) {}

  stopped = false;

  /** The unit's kind and folded value, packed as kind * 65536 + folded (no allocation per character). */
  private unit(code: number): number {
    if (code < 128) {
      if (code >= 97 && code <= 122) return Unit.Letter * 65536 + code;
      if (code >= 65 && code <= 90) return Unit.Letter * 65536 + code + 32;
      if (code >= 48 && code <= 57) return Unit.Digit * 65536 + code;
      return Unit.Separator * 65536;
    }
    if (code >= FOLD_TO) {
      if (code === 0xfeff || (code >= 0xfe20 && code <= 0xfe2f)) return Unit.Ignored * 65536;
      return isAlone(code) ? Unit.Alone * 65536 + code : Unit.Separator * 65536;
    }
    const f = this.folds.charCodeAt(code - FOLD_FROM);
    if (f === SEPARATOR) return Unit.Separator * 65536;
    if (f === IGNORED) return Unit.Ignored * 65536;
    if (isAlone(code)) return Unit.Alone * 65536 + f;
    return (f >= 48 && f <= 57 ? Unit.Digit : Unit.Letter) * 65536 + f;
  }

  /** Ends the current run, testing every stretch of whole pieces in it. */
  private flush(): void {
    const n = this.length;
    if (n > 0 && !this.stopped) {
      if (this.joins.length === 0) {
        if (!this.overflow && this.onRun(this.buffer, 0, n)) this.stopped = true;
      } else if (this.overflow) {
        // A run of more than BUFFER units over several nodes: too odd to split, reported empty (the
        // first pass lets the page through; the reader's key hits read on past it).
        if (this.onRun(this.buffer, 0, 0)) this.stopped = true;
      } else {
        const cuts = [0, ...this.joins, n];
        for (let i = 0; i < cuts.length - 1 && !this.stopped; i++)
          for (let j = i + 1; j < cuts.length; j++) {
            const from = cuts[i] as number;
            const to = cuts[j] as number;
            if (to > from && this.onRun(this.buffer, from, to)) {
              this.stopped = true;
              break;
            }
          }
      }
    }
    this.length = 0;
    this.overflow = false;
    this.joins.length = 0;
    this.kind = Unit.Separator;
  }

  /** One piece of text (a text node's data). */
  read(text: string): void {
    this.begin();
    this.readOn(text, 0, text.length);
  }

  /** A new piece starts (a text node read in parts: `begin`, then `readOn` for each part). */
  begin(): void {
    // A run that goes on into this piece: remember where the pieces meet.
    if (!this.stopped && this.length > 0 && this.joins.at(-1) !== this.length) this.joins.push(this.length);
  }

  /** Units [from, to) of the current piece, continuing what was read of it before. */
  readOn(text: string, from: number, to: number): void {
    if (this.stopped) return;
    const { buffer } = this;
    for (let i = from; i < to; i++) {
      const packed = this.unit(text.charCodeAt(i));
      const kind = (packed >>> 16) as Unit;
      const folded = packed & 0xffff;
      if (kind === Unit.Ignored) continue;
      if (kind !== this.kind || kind === Unit.Separator || kind === Unit.Alone) {
        this.flush();
        if (this.stopped) return;
        if (kind === Unit.Separator) continue;
        this.kind = kind;
      }
      if (this.length < BUFFER) {
        const code = text.charCodeAt(i);
        this.capitals[this.length] = code >= 65 && code <= 90 ? 1 : code < 128 ? 0 : 1;
        buffer[this.length++] = folded;
      } else this.overflow = true;
      if (kind === Unit.Alone) this.flush();
    }
  }

  /** The end of the text. */
  end(): void {
    this.flush();
  }
}

/** The folded runs of a string, and whether each starts with a capital (build time: the keys of a form). */
export function runsWithCase(text: string, folds: string): { run: string; capital: boolean }[] {
  const out: { run: string; capital: boolean }[] = [];
  const reader: RunReader = new RunReader(folds, (buffer, from, to) => {
    out.push({ run: String.fromCharCode(...buffer.subarray(from, to)), capital: reader.capitals[from] === 1 });
    return false;
  });
  reader.read(text);
  reader.end();
  return out;
}

export const runsOf = (text: string, folds: string): string[] => runsWithCase(text, folds).map((r) => r.run);

/** Units of a text node read between two pause points of the sliced pass. */
const READ_PART = 65_536;

/** Elements whose text the extractor never reads as page text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** A set of keys as hashes, those that count only written with a capital apart (the reader's keys, for `readerKeyHits`). */
class KeyHashes {
  private readonly plain = new Set<number>();
  private readonly capital = new Set<number>();
  private minLength = Number.POSITIVE_INFINITY;
  private maxLength = 0;

  get size(): number {
    return this.plain.size + this.capital.size;
  }

  /** `run`: the key without its "^", and its hash. */
  add(run: string, hash: number, capital: boolean): void {
    (capital ? this.capital : this.plain).add(hash);
    this.minLength = Math.min(this.minLength, run.length);
    this.maxLength = Math.max(this.maxLength, run.length);
  }

  /** Adds the run's hash to `hits` when it is one of the keys (a "^" key only when the run starts with a capital). */
  collect(buffer: Uint16Array, from: number, to: number, startsWithCapital: boolean, hits: Set<number>): void {
    if (to - from < this.minLength || to - from > this.maxLength) return;
    const hash = hashOf(buffer, from, to);
    if (this.plain.has(hash) || (startsWithCapital && this.capital.has(hash))) hits.add(hash);
  }
}

export class Prefilter {
  private readonly hashes = new Set<number>();
  /** Keys that count only when the text writes their first letter as a capital (name parts, case-sensitive forms). */
  private readonly capitalHashes = new Set<number>();
  private minLength = Number.POSITIVE_INFINITY;
  private maxLength = 0;
  /** The reader's own keys (key-hits.ts): which of them a page holds says which of their records it needs. */
  private readonly readerKeys = new KeyHashes();

  constructor(private readonly data: PrefilterData) {
    this.addKeys(data.keys.split('\n'));
  }

  get version(): string {
    return this.data.version;
  }

  /** More keys; `reader`: they are the reader's own records' (from the background), whose hits `readerKeyHits` reports. */
  addKeys(keys: Iterable<string>, { reader = false }: { reader?: boolean } = {}): void {
    for (let key of keys) {
      if (!key) continue;
      const capital = key.startsWith('^');
      if (capital) key = key.slice(1);
      const hash = hashKey(key);
      (capital ? this.capitalHashes : this.hashes).add(hash);
      if (reader) this.readerKeys.add(key, hash, capital);
      this.minLength = Math.min(this.minLength, key.length);
      this.maxLength = Math.max(this.maxLength, key.length);
    }
  }

  /** Whether the reader has keys of their own (none: no page needs any of their records). */
  get hasReaderKeys(): boolean {
    return this.readerKeys.size > 0;
  }

  /**
   * The hashes (`hashKey`, without the "^") of the reader's keys that the text under `roots` holds,
   * read as the first pass reads it but to the end, in slices (issue 21): the background sends a
   * page only the reader's records that own one of them (utils/match/page-user-records.ts).
   */
  async readerKeyHits(roots: Iterable<Node>, { spent, pause }: { spent: () => boolean; pause: () => Promise<void> }): Promise<Set<number>> {
    const hits = new Set<number>();
    if (!this.hasReaderKeys) return hits;
    const keys = this.readerKeys;
    const reader: RunReader = new RunReader(this.data.folds, (buffer, from, to) => {
      keys.collect(buffer, from, to, reader.capitals[from] === 1, hits);
      return false;
    });
    const pass = this.pass(roots, undefined, reader);
    for (let step = pass.next(); !step.done; step = pass.next()) if (spent()) await pause();
    return hits;
  }

  private reader(): RunReader {
    const reader: RunReader = new RunReader(this.data.folds, (buffer, from, to) => {
      const n = to - from;
      if (n === 0) return true; // the reader's conservative answer
      if (n < this.minLength || n > this.maxLength) return false;
      const h = hashOf(buffer, from, to);
      return this.hashes.has(h) || (reader.capitals[from] === 1 && this.capitalHashes.has(h));
    });
    return reader;
  }

  /** Whether a string holds a key. */
  textHasKey(text: string): boolean {
    const reader = this.reader();
    reader.read(text);
    reader.end();
    return reader.stopped;
  }

  /**
   * Whether the text under `roots` (open shadow roots included, scripts, styles and fields left
   * out as the extractor leaves them) holds a key. Stops at the first one. `onShadow` is told of
   * every open shadow root the pass enters (the first stage watches them for added text).
   */
  nodesHaveKey(roots: Iterable<Node>, onShadow?: (root: ShadowRoot) => void): boolean {
    const pass = this.pass(roots, onShadow);
    for (let step = pass.next(); ; step = pass.next()) if (step.done) return step.value;
  }

  /**
   * The same pass, giving the thread back whenever `spent()` says the slice is over (issue 21: a
   * 200,000-node page, or one text node of 50 MB, is read over many tasks).
   */
  async nodesHaveKeySliced(
    roots: Iterable<Node>,
    { onShadow, spent, pause }: { onShadow?: (root: ShadowRoot) => void; spent: () => boolean; pause: () => Promise<void> },
  ): Promise<boolean> {
    const pass = this.pass(roots, onShadow);
    for (let step = pass.next(); ; step = pass.next()) {
      if (step.done) return step.value;
      if (spent()) await pause();
    }
  }

  /** The pass as a generator: it pauses after each node, and within a long text node every READ_PART units. */
  private *pass(roots: Iterable<Node>, onShadow?: (root: ShadowRoot) => void, reader = this.reader()): Generator<void, boolean> {
    const walk = function* (root: Node): Generator<void> {
      const doc = root.ownerDocument ?? (root as Document);
      const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
      for (let node: Node | null = root.nodeType === 3 ? root : walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === 3) {
          const parent = node.parentNode;
          if (parent && SKIPPED.has(parent.nodeName)) continue;
          const data = (node as Text).data;
          reader.begin();
          for (let from = 0; from < data.length && !reader.stopped; from += READ_PART) {
            reader.readOn(data, from, Math.min(data.length, from + READ_PART));
            if (from + READ_PART < data.length) yield;
          }
        } else {
          const shadow = (node as Element).shadowRoot;
          if (shadow) {
            onShadow?.(shadow);
            yield* walk(shadow);
          }
        }
        if (reader.stopped) return;
        yield;
      }
    };
    for (const root of roots) {
      yield* walk(root);
      if (reader.stopped) return true;
    }
    reader.end();
    return reader.stopped;
  }
}
