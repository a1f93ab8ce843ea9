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

/** After the next frame's rendering, or after `maxMs` where no frame comes (a tab in the background). */
function nextFrame(view: Window | null, maxMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    view?.requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

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

/** The pass for one full scan; undefined for a short page, without a layout, or in a frame. */
export function firstMarksPass({ doc, ctx, current, shown }: FirstMarksInput): NearPass | undefined {
  const view = doc.defaultView;
  const height = view?.innerHeight ?? 0;
  // Not in a frame: reading a frame's scrollHeight while the page loads forces the layout of the
  // page around it (120 ms in one task on a page of 100 frames, issue 21), and a frame's first
  // marks are not what issue 15's figure is about.
  if (!view || view !== view.top || height <= 0) return undefined;
  if (doc.documentElement.scrollHeight < MIN_SCREENS * height) return undefined;
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
    if (shownMarks.length > 0) {
      measure('first-marks', 'scan-start');
      // The first marks adopt the marks' sheet, which makes Blink restyle every element of the page
      // (highlight styles inherit: ~1 s on a 5 MB page under load). The walk goes on after the next
      // frame has done that restyle, so its next computed-style read does not force it inside a slice.
      await nextFrame(doc.defaultView);
    }
    // Inside the walk's `collect` window: benches subtract it (and the restyle's frame) to time the walk alone (ab-scan.ts).
    measure('provisional-pass', started);
  };
  return { part, reached };
}
