/**
 * The scan's provisional pass (issue 15's first marks): once the walk is past the blocks near the
 * viewport (utils/page/near-viewport-part.ts), the pipeline runs on them alone and what no more of
 * the page can change (a person's or a term's full form, unflagged: provisional-mentions.ts) is
 * shown at once. The whole scan goes on and replaces these marks with its own (highlights.ts
 * `commit`). Their mentions are in none of the page's lists: the hover card, the popup and stepping
 * see only the whole scan's, so no card is built without the article's date.
 */
import type { TextBlock } from '../../utils/extract/extract-blocks';
import { joinBlocks } from '../../utils/extract/page-text';
import type { ArticleDate } from '../../utils/model/mention';
import { NearViewportPart } from '../../utils/page/near-viewport-part';
import { type PlacedMention, placeMentions } from '../../utils/page/place-mentions';
import { pagePipeline } from '../../utils/pipeline/page-pipeline';
import { provisionalMentions } from '../../utils/pipeline/provisional-mentions';
import { sliceClock } from '../../utils/pipeline/slice-clock';
import { inspect, measure } from './inspect';
import type { ScanContext } from './page-scanner';

/** Pages shorter than this many viewports get no provisional pass: their whole scan takes little more. */
const MIN_SCREENS = 6;

/** The provisional pass reads no date: nothing it shows depends on one. */
const NO_DATE: ArticleDate = { date: null, source: 'none' };

/** The part near the viewport being chosen by a walk, and what to do once the walk is past it. */
export interface NearPass {
  part: NearViewportPart<TextBlock>;
  reached: () => Promise<void>;
}

export interface FirstMarksInput {
  doc: Document;
  ctx: ScanContext;
  /** Whether the scan that started the pass is still the page's (checked between slices). */
  current: () => boolean;
  /** Told of the marks placed, their text nodes' index (to drop them if their text changes) and how many are shown. */
  shown: (o: { index: Map<Node, PlacedMention[]>; placed: readonly PlacedMention[]; count: number }) => void;
}

/** The pass for one full scan; undefined for a short page or without a layout. */
export function firstMarksPass({ doc, ctx, current, shown }: FirstMarksInput): NearPass | undefined {
  const height = doc.defaultView?.innerHeight ?? 0;
  if (height <= 0 || doc.documentElement.scrollHeight < MIN_SCREENS * height) return undefined;
  const part = new NearViewportPart<TextBlock>({ viewportHeight: height });
  const reached = async () => {
    if (part.blocks.length === 0) return;
    const started = performance.now();
    const page = joinBlocks([...part.blocks]);
    const clock = sliceClock();
    const placed: PlacedMention[] = [];
    const index = new Map<Node, PlacedMention[]>();
    for (const step of pagePipeline({ page, matcher: ctx.matcher, corpus: ctx.corpus, date: NO_DATE })) {
      if (step.mentions) {
        const safe = provisionalMentions({ mentions: step.mentions, text: page.text, corpus: ctx.corpus });
        for (const pm of placeMentions(page, safe, index)) placed.push(pm);
      }
      if (clock.spent()) {
        await clock.yield();
        if (!current()) return;
      }
    }
    if (!current()) return;
    // Styled as the whole page's will be (a tint on very large pages), guessed from its height.
    ctx.marks.fitTo(part.estimatePageChars(doc.documentElement.scrollHeight));
    const shownMarks = ctx.marks.showProvisional(placed, ctx.kinds());
    inspect.firstMarks = shownMarks.map((pm) => pm.mention.text);
    shown({ index, placed, count: shownMarks.length });
    if (shownMarks.length > 0) measure('first-marks', 'scan-start');
    // Inside the walk's `collect` window: benches subtract it to time the walk alone (ab-scan.ts).
    measure('provisional-pass', started);
  };
  return { part, reached };
}
