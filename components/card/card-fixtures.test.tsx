// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../utils/corpus/bundled-corpus';
import { CardShell } from './CardShell';
import type { CardFixture } from './card-fixture';
import { personRoleOn } from './card-model';
import { buildCardFixtures } from './fixtures';

const corpus = loadBundledCorpus();
const built = buildCardFixtures(corpus);
const fixtures = built.filter((f): f is CardFixture => !(f instanceof Error));
const byName = (name: string) => {
  const f = fixtures.find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
};

/** The card as the reader sees it, rendered into a fresh element. */
function renderCard(f: CardFixture): HTMLElement {
  const el = document.createElement('div');
  render(
    <CardShell
      corpus={corpus}
      mention={f.mention}
      date={f.date}
      pinned={false}
      dark={false}
      visible
      onTogglePin={() => {}}
      onClose={() => {}}
    />,
    el,
  );
  return el;
}

describe('card fixtures on the bundled corpus', () => {
  it('all build, with distinct names', () => {
    expect(built.filter((f) => f instanceof Error)).toEqual([]);
    expect(new Set(fixtures.map((f) => f.name)).size).toBe(fixtures.length);
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });

  for (const f of buildCardFixtures(corpus)) {
    if (f instanceof Error) continue;
    it(`"${f.name}" shows its key text, as text`, () => {
      const card = renderCard(f);
      const text = card.textContent ?? '';
      for (const s of f.shows) expect(text, s).toContain(s);
      // Data reaches the card as text: nothing from the record turned into markup.
      expect(card.querySelectorAll('script, img, iframe').length).toBe(0);
    });
  }

  it('each fixture is in the state it claims', () => {
    const several = byName('person-several-roles');
    const prawit = corpus.people.find((p) => p.id === several.mention.id);
    expect(prawit?.roles.length).toBeGreaterThan(1);
    expect(personRoleOn(prawit!, several.date.date)?.title).toBe(prawit?.roles[1]?.title);

    const none = byName('person-no-role');
    expect(personRoleOn(corpus.people.find((p) => p.id === none.mention.id)!, none.date.date)).toBeUndefined();

    expect(byName('flagged-misspelling').mention.flags.map((x) => x.type)).toEqual(['misspelling']);
    expect(byName('flagged-wrong-title').mention.flags.map((x) => x.type)).toEqual(['wrong-title']);

    const meeting = byName('meeting-ambiguous').mention;
    expect(meeting.kind).toBe('meeting');
    expect(meeting.candidates?.length).toBeGreaterThan(1);
    expect(meeting.candidates).toContain(meeting.id);

    expect(corpus.people.find((p) => p.id === byName('unverified-facts').mention.id)?.unverified.length).toBeGreaterThan(0);
    expect(corpus.terms.find((t) => t.id === byName('term-related').mention.id)?.related.length).toBeGreaterThan(1);
  });

  it('a fixture whose record is missing from the corpus comes back as an error, the others still build', () => {
    const without = { ...corpus, people: corpus.people.filter((p) => p.id !== 'ashton-carter') };
    const results = buildCardFixtures(without);
    expect(results.filter((r) => r instanceof Error).map((r) => (r as Error).message)).toEqual([
      ...Array(5).fill('card fixture: no record "ashton-carter" in the corpus'),
    ]);
    expect(results.filter((r) => !(r instanceof Error)).length).toBe(results.length - 5);
  });
});

describe('the writers’ states (issue 18)', () => {
  it('the timeline stresses the holder on the date, in words as well as in the drawing', () => {
    const card = renderCard(byName('person-timeline'));
    const rows = [...card.querySelectorAll('[data-testid="timeline-holder"]')];
    expect(rows.length).toBeGreaterThan(1);
    const on = rows.filter((r) => r.getAttribute('data-on-day') === 'true');
    expect(on.map((r) => r.textContent)).toEqual([expect.stringContaining('Ashton Carter · on this day')]);
    expect(card.querySelector('.dl-timeline .dl-sr')?.textContent).toContain(
      'Ashton Carter, 2015-02-17 to 2017-01-20, in office on that day',
    );
  });

  it('the meetings come nearest the date first, with a way to see all', () => {
    const f = byName('person-timeline');
    const card = renderCard(f);
    const first = card.querySelector('[data-testid="card-meetings"] li .dl-muted')?.textContent ?? '';
    expect(first.startsWith('2016')).toBe(true);
  });
});
