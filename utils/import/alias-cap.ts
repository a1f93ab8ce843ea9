/**
 * Caps on the reader's aliases (issue 21): each of a record's other names is a form the matcher
 * looks for and a key the prefilter reads, so their number sets what the background compiles and
 * stores for the reader. Counted as "aliases": every form of a record beside its name or label
 * (aliases, misspellings, short names, a native name; a term's expansion; an office's other titles;
 * a country's short forms and demonyms).
 *
 * The caps sit far above what a heavy reader writes, and below what makes the extension slow:
 * - 50 per record: the bundled corpus's most-named record has 11 (of 356 records, 752 forms in all);
 *   50 is the schema's limit for one list, so this also bounds a record that fills several lists.
 * - 20,000 in all (the reader's records, stored and imported): 26 times the whole bundled corpus,
 *   e.g. 4,000 people with 5 aliases each. The 5,000 people with 50 aliases each of issue 21 are
 *   250,000: a file like that is refused with this message rather than imported.
 * Checked by the options page's import preview (import-flow.ts) and again by the background's writes
 * (utils/messaging/corpus-writes.ts: `record/put` and the import). Pure.
 */
import type { TaggedRecord } from '../corpus/schema';

export const ALIASES_PER_RECORD = 50;
export const ALIASES_IN_ALL = 20_000;

/** How many forms a record has beside its name or label. */
export function aliasCount(tagged: TaggedRecord): number {
  switch (tagged.kind) {
    case 'person': {
      const p = tagged.record;
      return p.aliases.length + p.misspellings.length + p.shortNames.length + (p.nativeName ? 1 : 0);
    }
    case 'term':
      return tagged.record.aliases.length + (tagged.record.expansion ? 1 : 0);
    case 'meeting':
      return tagged.record.aliases.length;
    case 'office':
      return Math.max(0, tagged.record.titles.length - 1);
    case 'country':
      return tagged.record.aliases.length + tagged.record.shortForms.length + tagged.record.demonyms.length;
  }
}

/** What is wrong with a record over the per-record cap ("has 61 aliases …"), or undefined. */
export function aliasCapProblem(tagged: TaggedRecord): string | undefined {
  const n = aliasCount(tagged);
  if (n <= ALIASES_PER_RECORD) return undefined;
  return `has ${n} aliases (aliases, misspellings, short names and other forms together); a record may have at most ${ALIASES_PER_RECORD}`;
}

/** The message for a record over the per-record cap, naming it, or undefined. */
export function recordAliasError(tagged: TaggedRecord): string | undefined {
  const problem = aliasCapProblem(tagged);
  return problem && `The ${tagged.kind} "${tagged.record.id}" ${problem}`;
}

/**
 * The message when the reader's records would hold more than ALIASES_IN_ALL aliases, or undefined.
 * `stored`: the reader's records now (new ones and edits of bundled ones); `incoming`: those being
 * written, which replace stored records of the same id. `what` names the write in the message.
 */
export function totalAliasError(
  stored: Iterable<TaggedRecord>,
  incoming: readonly TaggedRecord[],
  what = 'This import',
): string | undefined {
  const replaced = new Set(incoming.map((r) => r.record.id));
  let kept = 0;
  for (const r of stored) if (!replaced.has(r.record.id)) kept += aliasCount(r);
  let added = 0;
  for (const r of incoming) added += aliasCount(r);
  if (kept + added <= ALIASES_IN_ALL) return undefined;
  const n = (x: number) => x.toLocaleString('en');
  return (
    `${what} would give your records ${n(kept + added)} aliases in all (${n(added)} in it, ${n(kept)} already stored); ` +
    `at most ${n(ALIASES_IN_ALL)} are kept, so that every page stays fast. Remove some aliases or records and try again.`
  );
}
