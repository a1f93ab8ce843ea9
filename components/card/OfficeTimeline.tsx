/**
 * A small timeline of an office's holders around the article's date: a bar per holder on one
 * scale, the day marked by a line, the holder on the day in bold with "on this day" in words (so
 * colour is never the only cue). The list is focusable and each bar is a list item with its dates in
 * text; screen readers get the summary sentence as the list's description. The figure (a chart, not
 * a landmark: several cards may show the same office) takes focus, so it is reachable by Tab even where the names are not buttons.
 */
import type { OfficeTimeline as Timeline } from '../../utils/timeline/holders-around';

const pct = (f: number) => `${(f * 100).toFixed(2)}%`;

export function OfficeTimeline({ timeline, onNavigate }: { timeline: Timeline; onNavigate?: (id: string) => void }) {
  const descId = `dl-tl-${timeline.office.id}`;
  return (
    <figure
      class="dl-timeline"
      aria-label={`${timeline.office.name}: holders around ${timeline.day}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a drawn chart is reached by Tab as one named region (WAI figure practice)
      tabIndex={0}
      data-testid="office-timeline"
      data-office={timeline.office.id}
      data-day={timeline.day}
    >
      <figcaption class="dl-label">
        {timeline.office.name}: holders around {timeline.day}
      </figcaption>
      <p id={descId} class="dl-sr">
        {timeline.text}
      </p>
      <ol class="dl-tl-rows" aria-describedby={descId}>
        {timeline.bars.map((b) => (
          <li
            key={`${b.personId}-${b.start}`}
            class={b.onDay ? 'dl-tl-on' : undefined}
            data-testid="timeline-holder"
            data-on-day={b.onDay ? 'true' : 'false'}
          >
            <span class="dl-tl-name">
              {onNavigate ? (
                <button type="button" class="dl-link" onClick={() => onNavigate(b.personId)}>
                  {b.name}
                </button>
              ) : (
                <span>{b.name}</span>
              )}
              {b.onDay ? <strong> · on this day</strong> : null}
            </span>
            <span class="dl-tl-track" aria-hidden="true">
              <span class={`dl-tl-bar${b.acting ? ' dl-tl-acting' : ''}`} style={{ left: pct(b.from), width: pct(b.width) }} />
              <span class="dl-tl-mark" style={{ left: pct(timeline.mark) }} />
            </span>
            <span class="dl-tl-dates dl-muted">
              {b.start} – {b.end ?? 'present'}
              {b.acting ? ' (acting)' : ''}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
