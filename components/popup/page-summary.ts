/**
 * What the "On this page" tab lists: the page's mentions grouped by entity, with counts. Entities
 * with a fact-check flag come first (those are what a reader most needs to see), then the most
 * mentioned, then page order.
 */
import type { Flag, Mention, MentionKind } from '../../utils/model/mention';

export interface PageEntity {
  id: string;
  name: string;
  kind: MentionKind;
  count: number;
  /** Distinct flags across the entity's mentions (by message). */
  flags: Flag[];
}

export function summarisePage(mentions: readonly Mention[]): PageEntity[] {
  const byId = new Map<string, PageEntity & { first: number }>();
  mentions.forEach((m, i) => {
    const entry = byId.get(m.id) ?? { id: m.id, name: m.name, kind: m.kind, count: 0, flags: [], first: i };
    entry.count += 1;
    for (const flag of m.flags) if (!entry.flags.some((f) => f.message === flag.message)) entry.flags.push(flag);
    byId.set(m.id, entry);
  });
  return [...byId.values()]
    .sort((a, b) => Number(b.flags.length > 0) - Number(a.flags.length > 0) || b.count - a.count || a.first - b.first)
    .map(({ first: _first, ...entity }) => entity);
}
