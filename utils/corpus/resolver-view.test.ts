import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanSource } from '../../scripts/lib/scan-source';
import { loadBundledCorpus } from './bundled-corpus';
import { corpusFromView, resolverView } from './resolver-view';
import type { TaggedRecord } from './schema';

const FIXTURES = join(__dirname, '../../test/fixtures');
const pages = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(FIXTURES, f)),
  ...['eval/names', 'eval/dates'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.txt') || f.endsWith('.html'))
      .map((f) => join(FIXTURES, dir, f)),
  ),
];

describe('the resolver’s view of the corpus', () => {
  const full = loadBundledCorpus();
  const view = resolverView(full);

  it('leaves out what only display reads, and keeps every record', () => {
    const json = JSON.stringify(view);
    for (const field of ['"sources"', '"notes"', '"summary"', '"definition"', '"outcomes"', '"vacancies"'])
      expect(json).not.toContain(field);
    expect(view.people.length).toBe(full.people.length);
    expect(view.meetings.length).toBe(full.meetings.length);
    expect(view.terms.length).toBe(full.terms.length);
    expect(view.offices.length).toBe(full.offices.length);
    expect(view.countries.length).toBe(full.countries.length);
    // A source's title is display text: none is in the view.
    expect(json).not.toContain(full.people[0]!.sources[0]!.url);
    expect(json).not.toContain(full.people[0]!.summary);
    expect(json.length).toBeLessThan(JSON.stringify(full).length / 2);
  });

  it('does not change the corpus it is made from', () => {
    expect(full.people[0]!.sources.length).toBeGreaterThan(0);
    expect(full.people[0]!.summary.length).toBeGreaterThan(0);
  });

  it('as a corpus, has the left-out fields empty, and whole the records given in full', () => {
    const person = full.people[0]!;
    const details = new Map<string, TaggedRecord>([[person.id, { kind: 'person', record: person }]]);
    const shell = corpusFromView(view, details);
    expect(shell.people[0]).toBe(person);
    expect(shell.people[1]!.summary).toBe('');
    expect(shell.people[1]!.sources).toEqual([]);
    expect(shell.meetings[0]!.outcomes).toEqual([]);
    expect(shell.terms[0]!.definition).toBe('');
    expect(shell.offices[0]!.vacancies).toEqual([]);
    // A record of another kind under the same id is not taken for it.
    const wrongKind = corpusFromView(view, new Map([[person.id, { kind: 'term', record: full.terms[0]! } as TaggedRecord]]));
    expect(wrongKind.people[0]!.summary).toBe('');
  });

  it('gives the pipeline the same date, mentions and flags as the whole corpus, on every fixture page and the eval set', () => {
    const shell = corpusFromView(view);
    expect(pages.length).toBeGreaterThan(100);
    let mentions = 0;
    let flags = 0;
    for (const file of pages) {
      const source = readFileSync(file, 'utf8');
      const onFull = scanSource({ source, fileName: file, corpus: full });
      const onView = scanSource({ source, fileName: file, corpus: shell });
      expect(onView, file).toEqual(onFull);
      mentions += onFull.mentions.length;
      flags += onFull.mentions.reduce((n, m) => n + m.flags.length, 0);
    }
    // The comparison covers real work: many mentions, and flags among them.
    expect(mentions).toBeGreaterThan(500);
    expect(flags).toBeGreaterThan(10);
  }, 180_000);
});
