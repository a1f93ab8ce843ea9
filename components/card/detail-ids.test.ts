import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../utils/corpus/bundled-corpus';
import type { Mention } from '../../utils/model/mention';
import { detailIds } from './detail-ids';

describe('detailIds', () => {
  const corpus = loadBundledCorpus();

  it("a person's card asks for the person and the offices of their roles, once each", () => {
    const person = corpus.people.find((p) => p.roles.length > 1);
    if (!person) throw new Error('no person with several roles');
    const ids = detailIds(corpus, person.id);
    expect(ids[0]).toBe(person.id);
    expect(ids.slice(1).sort()).toEqual([...new Set(person.roles.map((r) => r.office))].sort());
  });

  it("a mention's card asks for its candidates and its flags' evidence too", () => {
    const term = corpus.terms[0]!;
    const mention = {
      id: term.id,
      candidates: ['meeting-a', 'meeting-b'],
      flags: [{ type: 'wrong-title', message: '', evidence: ['office-x', term.id] }],
    } as unknown as Mention;
    expect(detailIds(corpus, term.id, mention)).toEqual([term.id, 'meeting-a', 'meeting-b', 'office-x']);
  });
});
