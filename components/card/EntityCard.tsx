/**
 * The card for a person, term or meeting. Shared by the hover card and the popup's detail view.
 * Everything from data is rendered as text by Preact; no HTML string ever reaches the DOM.
 */
import { useState } from 'preact/hooks';
import { citeCard } from '../../utils/cite/cite-fact';
import { meetingPlace } from '../../utils/corpus/meeting-place';
import type { Corpus, Meeting, Person, Source, Term } from '../../utils/corpus/schema';
import type { ArticleDate, Mention } from '../../utils/model/mention';
import { describeArticleDate, flagDateNote } from '../../utils/resolve/date-words';
import { roleOnDate } from '../../utils/resolve/office-timeline';
import { holdersAround } from '../../utils/timeline/holders-around';
import { CopyCitation } from './CopyCitation';
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

function Sources({ sources }: { sources: Source[] }) {
  return (
    <footer class="dl-sources">
      <span class="dl-label">Sources</span>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
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
}: {
  corpus: Corpus;
  person: Person;
  date: ArticleDate;
  onNavigate?: (id: string) => void;
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
    </>
  );
}

function TermBody({ corpus, term, onNavigate }: { corpus: Corpus; term: Term; onNavigate?: (id: string) => void }) {
  return (
    <>
      {term.expansion && <p class="dl-sub">{term.expansion}</p>}
      <p class="dl-text">{term.definition}</p>
      {term.related.length > 0 && (
        <p class="dl-related">
          <span class="dl-label">Related </span>
          <EntityLinks corpus={corpus} ids={term.related} onNavigate={onNavigate} />
        </p>
      )}
    </>
  );
}

function MeetingBody({ corpus, meeting, onNavigate }: { corpus: Corpus; meeting: Meeting; onNavigate?: (id: string) => void }) {
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
        <ul class="dl-outcomes">
          {meeting.outcomes.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      )}
      {meeting.attendees.length > 0 && (
        <p class="dl-related">
          <span class="dl-label">Attendees </span>
          <EntityLinks corpus={corpus} ids={meeting.attendees} onNavigate={onNavigate} />
        </p>
      )}
    </>
  );
}

export function EntityCard({ corpus, id, mention, date, onNavigate }: EntityCardProps) {
  const entity: CardEntity | undefined = findEntity(corpus, id);
  if (!entity) return <p class="dl-text">Nothing in the corpus for “{id}”.</p>;
  const title = entity.kind === 'term' ? entity.record.label : entity.record.name;
  const citation = citeCard({ corpus, id, mention, day: date.date });
  return (
    <article class={`dl-card dl-${entity.kind}`} aria-label={title}>
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
        <div class="dl-candidates" data-testid="card-candidates">
          <span class="dl-label">This description fits several meetings: </span>
          <EntityLinks corpus={corpus} ids={mention.candidates} onNavigate={onNavigate} />
        </div>
      )}
      <header>
        <h2 class="dl-title">{title}</h2>
        <span class="dl-kind">{entity.kind}</span>
      </header>
      {citation && <CopyCitation citation={citation} flagged={Boolean(mention?.flags.length)} />}
      {entity.kind === 'person' && <PersonBody corpus={corpus} person={entity.record} date={date} onNavigate={onNavigate} />}
      {entity.kind === 'term' && <TermBody corpus={corpus} term={entity.record} onNavigate={onNavigate} />}
      {entity.kind === 'meeting' && <MeetingBody corpus={corpus} meeting={entity.record} onNavigate={onNavigate} />}
      {entity.record.unverified.length > 0 && (
        <p class="dl-unverified">
          Not confirmed by a source:{' '}
          {entity.record.unverified
            .map((path) => unverifiedLabel(entity.kind === 'person' ? entity.record.roles : undefined, path))
            .join(', ')}
        </p>
      )}
      <Sources sources={entity.record.sources} />
      <p class="dl-date dl-muted">Article date: {date.date ? `${date.date} (${describeArticleDate(date)})` : 'unknown'}</p>
    </article>
  );
}
