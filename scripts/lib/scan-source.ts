/**
 * The scan pipeline on a file's contents, shared by `npm run scan` and the accuracy check: parse
 * HTML with linkedom (plain text becomes one paragraph per blank-line block), extract blocks with
 * the content script's rules, match with the build-time matcher snapshot, resolve on the date.
 * Offsets of plain-text input index the input itself (source-offsets.ts); those of HTML index the
 * extracted text, which `text` returns.
 */
import { parseHTML } from 'linkedom';
import { loadBundledCorpus } from '../../utils/corpus/bundled-corpus';
import type { Corpus } from '../../utils/corpus/schema';
import { extractBlocks } from '../../utils/extract/extract-blocks';
import { joinBlocks } from '../../utils/extract/page-text';
import type { Matcher } from '../../utils/match/compile-matcher';
import { buildMatcherSnapshot } from '../../utils/match/corpus-matcher';
import { loadMatcherSnapshot } from '../../utils/match/matcher-snapshot';
import type { DateSource, Flag, Mention } from '../../utils/model/mention';
import { analysePage } from '../../utils/pipeline/page-pipeline';
import { detectArticleDate, pageMeetingEvidence } from '../../utils/resolve/article-date';
import { englishWords } from './english-words';
import { type SourceParagraph, sourceSpanMapper, splitParagraphs } from './source-offsets';

export interface ScanOutput {
  date: string | null;
  dateSource: DateSource;
  /** The resolver's mentions, with each flag's message but not its evidence. */
  mentions: (Omit<Mention, 'flags'> & { flags: Pick<Flag, 'type' | 'message'>[] })[];
}

export const looksLikeHtml = (fileName: string, source: string) => /\.(x?html?)$/i.test(fileName) || /^\s*<(!doctype|html)/i.test(source);

let matcher: Matcher | undefined;

export function scanSource({
  source,
  fileName,
  date,
  corpus = loadBundledCorpus(),
}: {
  source: string;
  fileName: string;
  date?: string;
  /** The corpus the pipeline reads (default: the bundled one; the matcher is always the bundled corpus's). */
  corpus?: Corpus;
}): ScanOutput & { text: string } {
  const isHtml = looksLikeHtml(fileName, source);
  const { document } = parseHTML(isHtml ? source : '<!doctype html><html><head></head><body></body></html>');
  const paragraphs: SourceParagraph[] = isHtml ? [] : splitParagraphs(source);
  for (const para of paragraphs) {
    const p = document.createElement('p');
    p.textContent = para.text;
    document.body.appendChild(p);
  }
  const page = joinBlocks(extractBlocks(document));
  const toSource = isHtml ? undefined : sourceSpanMapper(page, paragraphs);
  // The same path as the extension: the bundled corpus compiled to a snapshot, then loaded from it.
  matcher ??= loadMatcherSnapshot(buildMatcherSnapshot(loadBundledCorpus(), { words: englishWords() }));
  const { date: articleDate, mentions } = analysePage({
    page,
    matcher,
    corpus,
    date: date
      ? { date, source: 'override' }
      : ({ matches, scans }) =>
          detectArticleDate(document, {
            text: page.text,
            meetings: pageMeetingEvidence({ text: page.text, matches, corpus, ordinals: scans.ordinals }),
            findExpressions: () => scans.expressions,
            dateline: scans.dateline,
          }),
  });
  return {
    text: isHtml ? page.text : source,
    date: articleDate.date,
    dateSource: articleDate.source,
    mentions: mentions.map((m) => {
      const at = toSource ? toSource(m.start, m.end) : { start: m.start, end: m.end };
      return {
        start: at.start,
        end: at.end,
        text: toSource ? source.slice(at.start, at.end) : m.text,
        kind: m.kind,
        id: m.id,
        name: m.name,
        via: m.via,
        flags: m.flags.map((f) => ({ type: f.type, message: f.message })),
        ...(m.candidates ? { candidates: m.candidates } : {}),
      };
    }),
  };
}
