/**
 * The card for a person, term or meeting. Shared by the hover card and the popup's detail view.
 * Everything from data is rendered as text by Preact; no HTML string ever reaches the DOM.
 * A compact card (the hover card) shows the role on the date, any flag, one line and the best
 * source, and keeps the rest (timeline, meetings, outcomes, attendees, related terms, other
 * sources) behind "More". An ambiguous description lists its candidate meetings, why each fits,
 * and lets the reader choose one.
 */
import { useId, useState } from 'preact/hooks';
import { citeCard } from '../../utils/cite/cite-fact';
import { meetingPlace } from '../../utils/corpus/meeting-place';
import type { Corpus, Meeting, Person, Source, Term } from '../../utils/corpus/schema';
import type { ArticleDate, Mention } from '../../utils/model/mention';
import { describeArticleDate, flagDateNote } from '../../utils/resolve/date-words';
import { roleOnDate } from '../../utils/resolve/office-timeline';
import { holdersAround } from '../../utils/timeline/holders-around';
import { CopyCitation } from './CopyCitation';
import { candidateReasons } from './candidate-reasons';
import {
  type CardEntity,
  countryName,
  displayName,
  findEntity,
  meetingDates,
  meetingsNear,
  personRoleOn,
  safeHref,
  unverifiedLabel,
} from './card-model';
import { OfficeTimeline } from './OfficeTimeline';

export interface EntityCardProps {
  corpus: Corpus;
  id: string;
  mention?: Mention;
  date: ArticleDate;
  /** When set, related entities are buttons that open their own card. */
  onNavigate?: (id: string) => void;
  /** Compact first, with "More" for the rest (the hover card); the popup's detail view shows all. */
  compact?: boolean;
  /** When set, each candidate meeting of an ambiguous description can be chosen. */
  onChoose?: (id: string) => void;
  /** The candidate the reader chose. */
  chosen?: string;
}

function EntityLink({ corpus, id, onNavigate }: { corpus: Corpus; id: string; onNavigate?: (id: string) => void }) {
  const name = displayName(corpus, id);
  return onNavigate && findEntity(corpus, id) ? (
    <button type="button" class="dl-link" onClick={() => onNavigate(id)}>
      {name}
    </button>
  ) : (
    <span>{name}</span>
  );
}

/** Links to several records, separated by commas. */
function EntityLinks({ corpus, ids, onNavigate }: { corpus: Corpus; ids: readonly string[]; onNavigate?: (id: string) => void }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ', ' : ''}
          <EntityLink corpus={corpus} id={id} onNavigate={onNavigate} />
        </span>
      ))}
    </>
  );
}

function Sources({ sources, more }: { sources: Source[]; more: boolean }) {
  return (
    <footer class="dl-sources">
      <span class="dl-label">{more || sources.length < 2 ? 'Sources' : 'Best source'}</span>
      <ul>
        {sources.map((s, i) => (
          <li key={s.url} hidden={!more && i > 0}>
            {safeHref(s) ? (
              <a href={safeHref(s)} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              s.title
            )}{' '}
            <span class="dl-muted">
              {s.publisher}
              {s.date ? `, ${s.date}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </footer>
  );
}

function PersonBody({
  corpus,
  person,
  date,
  onNavigate,
  more,
}: {
  corpus: Corpus;
  person: Person;
  date: ArticleDate;
  onNavigate?: (id: string) => void;
  more: boolean;
}) {
  const role = personRoleOn(person, date.date);
  const [allMeetings, setAllMeetings] = useState(false);
  const nearest = meetingsNear(corpus, person.id, date.date);
  const meetings = allMeetings ? nearest : nearest.slice(0, 3);
  const office = (date.date ? roleOnDate(person, date.date) : undefined) ?? person.roles.at(-1);
  const timeline = office
    ? holdersAround({ corpus, officeId: office.office, day: date.date ?? new Date().toISOString().slice(0, 10) })
    : undefined;
  return (
    <>
      <p class="dl-sub">
        {person.nativeName && person.nativeName !== person.name ? `${person.nativeName} · ` : ''}
        {countryName(corpus, person.country)}
      </p>
      {role ? (
        <p class="dl-role" data-testid="card-role">
          {date.date ? `On ${date.date}: ` : 'Latest role: '}
          <strong>{role.title}</strong> ({countryName(corpus, person.country)}), {role.term}
          {role.unverified ? <span class="dl-unverified"> unverified</span> : null}
        </p>
      ) : (
        <p class="dl-role" data-testid="card-role">
          No role in the corpus on {date.date}.
        </p>
      )}
      <p class="dl-text">{person.summary}</p>
      <div class="dl-rest" hidden={!more}>
        {timeline && timeline.bars.length > 1 && <OfficeTimeline timeline={timeline} onNavigate={onNavigate} />}
        {meetings.length > 0 && (
          <section data-testid="card-meetings">
            <span class="dl-label">{date.date ? `Meetings nearest ${date.date}` : 'Meetings'}</span>
            <ul>
              {meetings.map((m) => (
                <li key={m.id}>
                  <EntityLink corpus={corpus} id={m.id} onNavigate={onNavigate} /> <span class="dl-muted">{m.start}</span>
                </li>
              ))}
            </ul>
            {nearest.length > 3 && (
              <button
                type="button"
                class="dl-link"
                aria-expanded={allMeetings}
                data-testid="card-meetings-all"
                onClick={() => setAllMeetings(!allMeetings)}
              >
                {allMeetings ? 'Fewer meetings' : `All ${nearest.length} meetings`}
              </button>
            )}
          </section>
        )}
      </div>
    </>
  );
}

function TermBody({ corpus, term, onNavigate, more }: { corpus: Corpus; term: Term; onNavigate?: (id: string) => void; more: boolean }) {
  return (
    <>
      {term.expansion && <p class="dl-sub">{term.expansion}</p>}
      <p class="dl-text">{term.definition}</p>
      {term.related.length > 0 && (
        <p class="dl-related" hidden={!more}>
          <span class="dl-label">Related </span>
          <EntityLinks corpus={corpus} ids={term.related} onNavigate={onNavigate} />
        </p>
      )}
    </>
  );
}

function MeetingBody({
  corpus,
  meeting,
  onNavigate,
  more,
}: {
  corpus: Corpus;
  meeting: Meeting;
  onNavigate?: (id: string) => void;
  more: boolean;
}) {
  return (
    <>
      <p class="dl-sub">
        {meeting.series}
        {meeting.ordinal ? ` · no. ${meeting.ordinal}` : ''} · {meetingDates(meeting)} ·{' '}
        {meetingPlace(meeting, countryName(corpus, meeting.country))}
      </p>
      {meeting.chair && (
        <p>
          <span class="dl-label">Chair </span>
          <EntityLink corpus={corpus} id={meeting.chair} onNavigate={onNavigate} />
        </p>
      )}
      {meeting.summary && <p class="dl-text">{meeting.summary}</p>}
      {meeting.outcomes.length > 0 && (
        <ul class="dl-outcomes" hidden={!more}>
          {meeting.outcomes.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      )}
      {meeting.attendees.length > 0 && (
        <p class="dl-related" hidden={!more}>
          <span class="dl-label">Attendees </span>
          <EntityLinks corpus={corpus} ids={meeting.attendees} onNavigate={onNavigate} />
        </p>
      )}
    </>
  );
}

/** What "More" would show: so a card with nothing more has no button. */
function hasMore(corpus: Corpus, entity: CardEntity, date: ArticleDate): boolean {
  if (entity.record.sources.length > 1 || entity.record.unverified.length > 0) return true;
  if (entity.kind === 'term') return entity.record.related.length > 0;
  if (entity.kind === 'meeting') return entity.record.outcomes.length > 0 || entity.record.attendees.length > 0;
  return meetingsNear(corpus, entity.record.id, date.date).length > 0 || entity.record.roles.length > 0;
}

function Candidates({
  corpus,
  mention,
  day,
  onNavigate,
  onChoose,
  chosen,
}: {
  corpus: Corpus;
  mention: Mention;
  day: string | null;
  onNavigate?: (id: string) => void;
  onChoose?: (id: string) => void;
  chosen?: string;
}) {
  return (
    <div class="dl-candidates" data-testid="card-candidates">
      <span class="dl-label">This description fits several meetings{onChoose ? '; choose the one meant' : ''}:</span>
      <ul>
        {(mention.candidates ?? []).map((id) => {
          const meeting = corpus.meetings.find((m) => m.id === id);
          const why = meeting ? candidateReasons(corpus, mention.text, meeting, day) : [];
          return (
            <li key={id} data-testid="card-candidate" data-id={id} data-chosen={chosen === id ? 'true' : 'false'}>
              <EntityLink corpus={corpus} id={id} onNavigate={onNavigate} />
              {meeting && <span class="dl-muted"> · {meetingDates(meeting)}</span>}
              {why.length > 0 && <span class="dl-why"> ({why.join('; ')})</span>}{' '}
              {onChoose && (
                <button
                  type="button"
                  class="dl-choose"
                  aria-pressed={chosen === id}
                  aria-label={`${chosen === id ? 'Chosen' : 'Choose'}: ${displayName(corpus, id)}`}
                  data-testid="card-choose"
                  onClick={() => onChoose(id)}
                >
                  {chosen === id ? 'Chosen' : 'This one'}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function EntityCard({ corpus, id, mention, date, onNavigate, compact = false, onChoose, chosen }: EntityCardProps) {
  const [expanded, setExpanded] = useState(false);
  const restId = useId();
  const entity: CardEntity | undefined = findEntity(corpus, id);
  if (!entity) return <p class="dl-text">Nothing in the corpus for “{id}”.</p>;
  const more = !compact || expanded;
  const title = entity.kind === 'term' ? entity.record.label : entity.record.name;
  const citation = citeCard({ corpus, id, mention, day: date.date });
  return (
    <article class={`dl-card dl-${entity.kind}${more ? '' : ' dl-compact'}`} aria-label={title}>
      {mention && mention.flags.length > 0 && (
        <div class="dl-flags" role="alert" data-testid="card-flags">
          {mention.flags.map((f) => (
            <p key={f.type + f.message}>⚠ {f.message}</p>
          ))}
          {mention.flags.some((f) => f.type !== 'misspelling') && flagDateNote(date) && (
            <p class="dl-muted" data-testid="card-flag-date">
              {flagDateNote(date)}
            </p>
          )}
        </div>
      )}
      {mention?.candidates && mention.candidates.length > 1 && (
        <Candidates corpus={corpus} mention={mention} day={date.date} onNavigate={onNavigate} onChoose={onChoose} chosen={chosen} />
      )}
      <header>
        <h2 class="dl-title">{title}</h2>
        <span class="dl-kind">{entity.kind}</span>
      </header>
      {citation && <CopyCitation citation={citation} flagged={Boolean(mention?.flags.length)} />}
      <div id={restId} class="dl-body">
        {entity.kind === 'person' && <PersonBody corpus={corpus} person={entity.record} date={date} onNavigate={onNavigate} more={more} />}
        {entity.kind === 'term' && <TermBody corpus={corpus} term={entity.record} onNavigate={onNavigate} more={more} />}
        {entity.kind === 'meeting' && <MeetingBody corpus={corpus} meeting={entity.record} onNavigate={onNavigate} more={more} />}
        {entity.record.unverified.length > 0 && (
          <p class="dl-unverified" hidden={!more}>
            Not confirmed by a source:{' '}
            {entity.record.unverified
              .map((path) => unverifiedLabel(entity.kind === 'person' ? entity.record.roles : undefined, path))
              .join(', ')}
          </p>
        )}
        <Sources sources={entity.record.sources} more={more} />
      </div>
      {compact && hasMore(corpus, entity, date) && (
        <button
          type="button"
          class="dl-link dl-more"
          aria-expanded={expanded}
          aria-controls={restId}
          data-testid="card-more"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Less' : 'More'}
        </button>
      )}
      <p class="dl-date dl-muted">Article date: {date.date ? `${date.date} (${describeArticleDate(date)})` : 'unknown'}</p>
    </article>
  );
}
