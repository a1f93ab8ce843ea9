// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus/schema';
import { Prefilter } from '../prefilter/page-prefilter';
import { foldString, prefilterKeys } from '../prefilter/prefilter-keys';
import { handMadeCorpus, meeting, office, person, role } from '../resolve/test-support/hand-made-corpus';
import { buildPageUserIndex, pageCorpus, pageUserIds, type ReaderRow } from './page-user-records';

const folds = foldString();
const base = handMadeCorpus();
// The reader's own records: two people of their own, one holding a bundled office, a meeting with a chair, an office.
const quill = person('zara-quillfeather', 'Zara Quillfeather', 'SG', [], { aliases: ['Z. Quillfeather'] });
const brook = person('olan-brookhaven', 'Olan Brookhaven', 'JP', [
  role('jp-minister-of-defense', 'Minister of Defense', '2030-01-01', null),
]);
const marsh = person('tove-marshwick', 'Tove Marshwick', 'VN', []);
const summit = meeting('zephyr-summit', {
  series: 'Special',
  name: 'Zephyr Harbour Summit',
  start: '2031-05-01',
  country: 'SG',
  chair: 'tove-marshwick',
});
const bureau = office('sg-zephyr-bureau', 'SG', ['Zephyr Bureau Chief']);
const edited = { ...(base.people[0] as Corpus['people'][number]), summary: 'The reader’s edit.' };
const corpus: Corpus = {
  ...base,
  people: [edited, ...base.people.slice(1), quill, brook, marsh],
  meetings: [...base.meetings, summit],
  offices: [...base.offices, bureau],
};
const rows: ReaderRow[] = [
  ...['zara-quillfeather', 'olan-brookhaven', 'tove-marshwick', 'zephyr-summit', 'sg-zephyr-bureau'].map((id) => ({
    id,
    origin: 'user' as const,
  })),
  { id: edited.id, origin: 'overlay' },
];
const index = buildPageUserIndex(corpus, rows, folds);

/** The reader's key hashes a page holds, as the content script finds them (keys as the background makes them). */
function hitsOf(html: string): Promise<Set<number>> {
  const prefilter = new Prefilter({ version: 'v', keys: '', folds });
  const mine = rows.map((r) => r.id);
  const pick = <T extends { id: string }>(list: T[]) => list.filter((r) => mine.includes(r.id));
  // As corpus-handlers.ts's readerKeys: the reader's records, with the offices their people held.
  const offices = corpus.offices.filter(
    (o) => mine.includes(o.id) || [quill, brook, marsh].some((p) => p.roles.some((r) => r.office === o.id)),
  );
  prefilter.addKeys(
    prefilterKeys(
      { ...corpus, people: pick(corpus.people), meetings: pick(corpus.meetings), terms: pick(corpus.terms), offices },
      { folds },
    ),
    {
      reader: true,
    },
  );
  document.body.innerHTML = html;
  return prefilter.readerKeyHits([document.body], { spent: () => true, pause: () => Promise.resolve() });
}

const readerPeople = (ids: Set<string>) =>
  [...ids].filter((id) => ['zara-quillfeather', 'olan-brookhaven', 'tove-marshwick'].includes(id)).sort();

describe("the reader's records a page needs", () => {
  it('sends a page only the reader’s people it names, and the edits, offices and countries every page gets', async () => {
    const ids = pageUserIds(index, await hitsOf('<p>Talks with Zara <b>Quill</b>feather went on.</p>'));
    expect(readerPeople(ids)).toEqual(['zara-quillfeather']);
    expect(ids.has(edited.id)).toBe(true);
    expect(ids.has('sg-zephyr-bureau')).toBe(true);
  });

  it('sends none of the reader’s own people to a page that names none of them', async () => {
    const ids = pageUserIds(index, await hitsOf('<p>The council approved a cycle path in Millbrook.</p>'));
    expect(readerPeople(ids)).toEqual([]);
    expect([...ids].sort()).toEqual([edited.id, 'sg-zephyr-bureau'].sort());
  });

  it('sends the holders of an office whose role phrase the page uses (the role resolves to whoever held it)', async () => {
    const ids = pageUserIds(index, await hitsOf('<p>The Japanese Defence Minister arrived.</p>'));
    expect(readerPeople(ids)).toEqual(['olan-brookhaven']);
  });

  it('follows references: a meeting named brings its chair; the resolver’s own words bring the reader’s meetings', async () => {
    const named = pageUserIds(index, await hitsOf('<p>At the Zephyr Harbour Summit, delegates met.</p>'));
    expect(named.has('zephyr-summit')).toBe(true);
    expect(readerPeople(named)).toEqual(['tove-marshwick']);
    expect(pageUserIds(index, await hitsOf('<p>The tenth ADMM was held.</p>')).has('zephyr-summit')).toBe(true);
  });

  it('leaves the corpus whole but for the reader’s people, meetings and terms the page does not need', () => {
    const ids = pageUserIds(index, []);
    const sent = pageCorpus(corpus, index, ids);
    expect(sent.people.map((p) => p.id)).toEqual(corpus.people.slice(0, -3).map((p) => p.id));
    expect(sent.offices).toHaveLength(corpus.offices.length);
    expect(sent.meetings.map((m) => m.id)).not.toContain('zephyr-summit');
  });
});
