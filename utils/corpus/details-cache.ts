/**
 * Whole records by id, for what a page shows (issue 15): the page holds the resolver's view of the
 * corpus (resolver-view.ts) and asks the background for the records a card shows when it is about
 * to show them (`corpus/details`). Kept per page, least recently used first out, so hovering the
 * same few marks again asks nothing; ids asked together while a request is under way share it.
 * Pure apart from the loader it is given, so it is unit-tested as is.
 */
import type { TaggedRecord } from './schema';

/** Records kept per page: a card needs a handful (its record, a flag's evidence, a person's offices). */
export const DETAILS_LIMIT = 64;

export class DetailsCache {
  private readonly records = new Map<string, TaggedRecord>();
  /** Ids the background did not know (a record deleted since the scan): not asked again until cleared. */
  private readonly absent = new Set<string>();
  private readonly pending = new Map<string, Promise<void>>();
  /** Bumped by clear(): an answer to a request sent before it is dropped. */
  private epoch = 0;
  /** Bumped whenever what the cache holds changes (the card's corpus is rebuilt on a new version). */
  version = 0;

  constructor(
    private readonly load: (ids: string[]) => Promise<TaggedRecord[]>,
    private readonly limit = DETAILS_LIMIT,
  ) {}

  /** The records held, by id (most recently used last). */
  get held(): ReadonlyMap<string, TaggedRecord> {
    return this.records;
  }

  /** Whether every one of `ids` is held (or known to be absent). */
  has(ids: readonly string[]): boolean {
    return ids.every((id) => this.records.has(id) || this.absent.has(id));
  }

  /**
   * Makes sure `ids` are held: undefined when they already are (the caller goes on at once), else
   * a promise that settles when they are (or when asking failed: the card then shows what it has).
   */
  ensure(ids: readonly string[]): Promise<void> | undefined {
    const wanted = [...new Set(ids)].slice(0, this.limit);
    for (const id of wanted) this.touch(id);
    const missing = wanted.filter((id) => !this.records.has(id) && !this.absent.has(id));
    if (missing.length === 0) return undefined;
    const waits = new Set<Promise<void>>();
    const ask = missing.filter((id) => {
      const p = this.pending.get(id);
      if (p) waits.add(p);
      return !p;
    });
    if (ask.length > 0) {
      const epoch = this.epoch;
      const request = this.load(ask).then(
        (found) => {
          this.forget(request);
          // A clear() since the request left (the corpus changed): its answer may be stale.
          if (epoch !== this.epoch) return;
          const got = new Set<string>();
          for (const r of found) {
            if (!ask.includes(r.record.id)) continue; // only what was asked
            got.add(r.record.id);
            this.records.delete(r.record.id);
            this.records.set(r.record.id, r);
          }
          for (const id of ask) if (!got.has(id)) this.absent.add(id);
          this.evict(wanted);
          this.version++;
        },
        () => {
          this.forget(request);
        },
      );
      for (const id of ask) this.pending.set(id, request);
      waits.add(request);
    }
    return Promise.all(waits).then(() => undefined);
  }

  /** Forgets everything (the reader's records changed). */
  clear(): void {
    this.records.clear();
    this.absent.clear();
    this.pending.clear();
    this.epoch++;
    this.version++;
  }

  /** Ends a request: its ids may be asked for again. */
  private forget(request: Promise<void>): void {
    for (const [id, p] of this.pending) if (p === request) this.pending.delete(id);
  }

  /** Marks `id` as just used. */
  private touch(id: string): void {
    const r = this.records.get(id);
    if (!r) return;
    this.records.delete(id);
    this.records.set(id, r);
  }

  /** Drops the least recently used records beyond the limit, never one of `keep`. */
  private evict(keep: readonly string[]): void {
    for (const id of this.records.keys()) {
      if (this.records.size <= this.limit) return;
      if (!keep.includes(id)) this.records.delete(id);
    }
  }
}
