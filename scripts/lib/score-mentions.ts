/**
 * Precision and recall of a scan against a fixture's expected mentions (written by hand in
 * test/fixtures/expected/<page>.json and test/fixtures/eval/names/expected/<page>.json). Expected
 * mentions are listed in page order by their text and are located in the extracted text one after
 * another. A scanned mention is right when it has the expected id over an overlapping span (an
 * attached "Dr" or "'s" does not make it wrong); `exactSpans` counts those whose span is exactly the
 * expected text. Optional expected mentions (role phrases in apposition, descriptions) count neither
 * way. Traps are places that must get no mention at all (an unrelated "Jimmy Carter").
 */

/** How the page writes the mention: the evaluation reports each class apart (issue 19). */
export const MENTION_CLASSES = [
  'canonical', // the corpus name, label or a listed alias, as the corpus spells it
  'misspelling', // a wrong spelling of a corpus name: the mention carries a misspelling flag
  'romanisation', // another transliteration of a Lao, Thai, Khmer, Burmese, Vietnamese or Indonesian name
  'name-order', // family-first / given-first swapped
  'honorific', // Malay, Bruneian or Indonesian honorifics, titles, patronymics, Mohd/Md/Muhammad
  'rank', // military ranks, "(ret.)", "(Rtd)"
  'initial-suffix', // middle initials, "Jr.", "III", a nickname in quotes
  'short-form', // title + short name, Mr/Dr + name, a surname alone after a full mention
  'chinese-rendering', // pinyin or characters of the name, as Chinese-language media render it
  'meeting-form', // a meeting as reports name it (plurals, spelled-out ASEAN, partner first, ordinals)
  'term-form', // a term as pages use it (defined acronyms, lower case, plurals, run-together words)
  'role', // a role phrase resolved on the article's date ("the Pentagon chief")
] as const;
export type MentionClass = (typeof MENTION_CLASSES)[number];

export interface ExpectedMention {
  text: string;
  id: string;
  kind: string;
  /** Absent in the older fixtures: counted as 'canonical'. */
  class?: MentionClass;
  /** ["misspelling"] when the mention must carry a misspelling flag. */
  flags?: string[];
  /** A recognised variant spelling (attested romanisation, name order) that must carry no flag. */
  variant?: boolean;
  optional?: boolean;
  note?: string;
}

/** A place in the page that must get no mention (a namesake, a word near a name, a URL). */
export interface Trap {
  text: string;
  note?: string;
}

export interface ScannedMention {
  start: number;
  end: number;
  id: string;
  text: string;
  flags: { type: string }[];
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  exactSpans: number;
  flagsRight: number;
  flagsExpected: number;
  precision: number;
  recall: number;
  missed: string[];
  spurious: string[];
}

/** Where each expected mention sits in the text, searched in order as whole words; any run of white space matches a space. */
export function locateExpected<E extends { text: string; id: string }>(
  text: string,
  expected: readonly E[],
  /** Spans no expected mention may sit on (the page's traps): "Collins" is not found inside "Collins-class". */
  avoid: readonly { start: number; end: number }[] = [],
): { start: number; end: number }[] {
  let cursor = 0;
  const onTrap = (m: RegExpExecArray) => avoid.some((a) => a.start < m.index + m[0].length && m.index < a.end);
  return expected.map((e) => {
    const pattern = e.text
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'gu');
    re.lastIndex = cursor;
    let m = re.exec(text);
    while (m && onTrap(m)) m = re.exec(text);
    if (!m) throw new Error(`expected mention "${e.text}" (${e.id}) is not in the text after offset ${cursor}`);
    cursor = m.index + m[0].length;
    return { start: m.index, end: cursor };
  });
}

export function scoreMentions({
  text,
  expected,
  scanned,
}: {
  text: string;
  expected: readonly ExpectedMention[];
  scanned: readonly ScannedMention[];
}): Score {
  const spans = locateExpected(text, expected);
  const used = new Set<number>();
  let tp = 0;
  let fp = 0;
  let exact = 0;
  let flagsRight = 0;
  const spurious: string[] = [];
  for (const m of scanned) {
    // "US Defense Secretary Aston Carter" as one mention covers an optional role phrase and the
    // name: it is credited to the required name first.
    const fits = (e: ExpectedMention, i: number) => {
      const s = spans[i] as { start: number; end: number };
      return !used.has(i) && e.id === m.id && m.start < s.end && s.start < m.end;
    };
    let k = expected.findIndex((e, i) => !e.optional && fits(e, i));
    if (k < 0) k = expected.findIndex((e, i) => fits(e, i));
    if (k < 0) {
      fp++;
      spurious.push(`${m.text} -> ${m.id}`);
      continue;
    }
    used.add(k);
    const e = expected[k] as ExpectedMention;
    if (e.optional) continue;
    tp++;
    const s = spans[k] as { start: number; end: number };
    if (s.start === m.start && s.end === m.end) exact++;
    const want = [...(e.flags ?? [])].sort().join();
    if (want && want === [...new Set(m.flags.map((f) => f.type))].sort().join()) flagsRight++;
  }
  const missed = expected.filter((e, i) => !e.optional && !used.has(i)).map((e) => `${e.text} -> ${e.id}`);
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: missed.length,
    exactSpans: exact,
    flagsRight,
    flagsExpected: expected.filter((e) => !e.optional && e.flags?.length).length,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + missed.length === 0 ? 1 : tp / (tp + missed.length),
    missed,
    spurious,
  };
}

/** What became of one required expected mention. */
export interface MentionOutcome {
  expected: ExpectedMention;
  found: boolean;
  /** Found over exactly the expected span. */
  exact: boolean;
  /** Found, and the scanned mention carries a misspelling flag. */
  flagged: boolean;
}

/** A scanned mention no expected mention accounts for. */
export interface SpuriousMention {
  text: string;
  id: string;
  flagged: boolean;
  /** The class of the expected mention it overlaps (a wrong id or a second mention there), or 'trap'. */
  over?: MentionClass | 'trap';
}

export interface MatchedMentions {
  outcomes: MentionOutcome[];
  spurious: SpuriousMention[];
  /** Traps that some scanned mention overlaps. */
  trapsHit: string[];
  /** Misspelling flags on mentions over optional expected mentions that wanted none (wrong flags, not wrong mentions). */
  wrongOptionalFlags: SpuriousMention[];
}

const isFlagged = (m: ScannedMention) => m.flags.some((f) => f.type === 'misspelling');
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Pairs scanned mentions with expected ones, as scoreMentions does (in scan order, a required
 * expected mention before an optional one), and keeps each pairing so that a caller can count by
 * class. A scanned mention over an optional expected mention is neither right nor spurious.
 */
export function matchMentions({
  text,
  expected,
  scanned,
  traps = [],
}: {
  text: string;
  expected: readonly ExpectedMention[];
  scanned: readonly ScannedMention[];
  traps?: readonly Trap[];
}): MatchedMentions {
  const trapSpans = locateExpected(
    text,
    traps.map((t) => ({ text: t.text, id: 'trap' })),
  );
  const spans = locateExpected(text, expected, trapSpans);
  const by = new Map<number, ScannedMention>();
  const spurious: SpuriousMention[] = [];
  const trapsHit = new Set<number>();
  for (const m of scanned) {
    const fits = (e: ExpectedMention, i: number) => !by.has(i) && e.id === m.id && overlaps(m, spans[i] as { start: number; end: number });
    let k = expected.findIndex((e, i) => !e.optional && fits(e, i));
    if (k < 0) k = expected.findIndex((e, i) => fits(e, i));
    if (k >= 0) {
      by.set(k, m);
      continue;
    }
    const trap = trapSpans.findIndex((s) => overlaps(m, s));
    if (trap >= 0) trapsHit.add(trap);
    const near = expected.findIndex((e, i) => !e.optional && overlaps(m, spans[i] as { start: number; end: number }));
    const over = trap >= 0 ? 'trap' : near >= 0 ? ((expected[near] as ExpectedMention).class ?? 'canonical') : undefined;
    spurious.push({ text: m.text, id: m.id, flagged: isFlagged(m), ...(over ? { over } : {}) });
  }
  const outcomes: MentionOutcome[] = [];
  expected.forEach((e, i) => {
    if (e.optional) return;
    const m = by.get(i);
    const s = spans[i] as { start: number; end: number };
    outcomes.push({ expected: e, found: !!m, exact: !!m && m.start === s.start && m.end === s.end, flagged: !!m && isFlagged(m) });
  });
  const wrongOptionalFlags: SpuriousMention[] = [];
  expected.forEach((e, i) => {
    const m = by.get(i);
    if (e.optional && m && isFlagged(m) && !e.flags?.includes('misspelling'))
      wrongOptionalFlags.push({ text: m.text, id: m.id, flagged: true, over: e.class ?? 'canonical' });
  });
  return {
    outcomes,
    spurious,
    trapsHit: [...trapsHit].sort((a, b) => a - b).map((i) => (traps[i] as Trap).text),
    wrongOptionalFlags,
  };
}
