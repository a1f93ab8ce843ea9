/**
 * Precision and recall of a scan against a fixture's expected mentions (written by hand in
 * test/fixtures/expected/<page>.json). Expected mentions are listed in page order by their text
 * and are located in the extracted text one after another. A scanned mention is right when it has
 * the expected id over an overlapping span (an attached "Dr" or "'s" does not make it wrong);
 * `exactSpans` counts those whose span is exactly the expected text. Optional expected mentions
 * (role phrases in apposition, descriptions) count neither way.
 */

export interface ExpectedMention {
  text: string;
  id: string;
  kind: string;
  flags?: string[];
  optional?: boolean;
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
export function locateExpected(text: string, expected: readonly ExpectedMention[]): { start: number; end: number }[] {
  let cursor = 0;
  return expected.map((e) => {
    const pattern = e.text
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'gu');
    re.lastIndex = cursor;
    const m = re.exec(text);
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
