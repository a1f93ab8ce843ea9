/**
 * The last step: one mention per place. Candidates may overlap ("17th ADMM" and "ADMM"); the longer
 * span wins, then the more specific way of recognising it, then the earlier one.
 */
import type { Mention, MentionVia } from '../model/mention';

/** Higher is more specific: a resolved description says more than a bare term label. */
const SPECIFICITY: Record<MentionVia, number> = {
  description: 6,
  ordinal: 5,
  name: 4,
  alias: 4,
  misspelling: 4,
  role: 3,
  'short-name': 2,
};

const better = (a: Mention, b: Mention) =>
  b.end - b.start - (a.end - a.start) || SPECIFICITY[b.via] - SPECIFICITY[a.via] || a.start - b.start;

/**
 * Sweeps the candidates in text order, cutting them into clusters of overlapping spans; only within
 * a cluster (a handful of spans) are they ranked, so a page with thousands of matches stays fast.
 */
export function selectMentions(candidates: Mention[]): Mention[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let cluster: Mention[] = [];
  let reach = -1;
  const flush = () => {
    const kept: Mention[] = [];
    for (const c of cluster.sort(better)) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
    out.push(...kept.sort((a, b) => a.start - b.start));
    cluster = [];
  };
  for (const c of sorted) {
    if (c.start >= reach && cluster.length > 0) flush();
    cluster.push(c);
    reach = Math.max(reach, c.end);
  }
  flush();
  return out;
}
