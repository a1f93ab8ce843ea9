import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import type { Mention } from '../model/mention';
import { titleFlag } from '../resolve/fact-check';
import { resolverIndex } from '../resolve/resolver-index';
import { briefingFileName, buildBriefing } from './briefing';

const corpus = loadBundledCorpus();
const carter = corpus.people.find((p) => p.id === 'ashton-carter')!;
const flag = titleFlag({ person: carter, officeIds: ['us-secretary-of-state'], day: '2016-09-30', index: resolverIndex(corpus) })!;
const m = (id: string, kind: Mention['kind'], name: string, text = name, flags: Mention['flags'] = []): Mention => ({
  start: 0,
  end: text.length,
  text,
  kind,
  id,
  name,
  via: 'name',
  flags,
});
const mentions = [
  m('admm', 'term', 'ADMM'),
  m('ashton-carter', 'person', 'Ashton Carter', 'US Secretary of State Ashton Carter', [flag]),
  m('asean-us-2014', 'meeting', 'U.S.-ASEAN Defense Forum'),
  m('ashton-carter', 'person', 'Ashton Carter', 'Carter'),
];
const date = { date: '2016-09-30', source: 'meta' as const };

describe('buildBriefing', () => {
  const page = buildBriefing({ corpus, url: 'http://127.0.0.1/a.html', title: 'Demo', date, mentions, order: 'page' });

  it('opens with the date and how it was found, then the flags with their corrections', () => {
    expect(page).toContain('# Briefing: Demo');
    expect(page).toMatch(/Article date: 2016-09-30 \(.+\)/);
    const flags = page.slice(page.indexOf('## Flags'), page.indexOf('## Mentioned'));
    expect(flags).toContain('Ashton Carter was US Secretary of Defense on 2016-09-30, not Secretary of State');
    expect(flags).toContain('Source: [');
  });

  it('lists each record once, at its first mention, in page order with counts', () => {
    const listed = page.slice(page.indexOf('## Mentioned')).match(/^- \*\*(.+?)\*\*/gm);
    expect(listed).toEqual(['- **ADMM**', '- **Ashton Carter**', '- **U.S.-ASEAN Defense Forum**']);
    expect(page).toContain('**Ashton Carter** (2 mentions)');
  });

  it('groups by kind when asked', () => {
    const byKind = buildBriefing({ corpus, url: 'http://127.0.0.1/a.html', date, mentions, order: 'kind' });
    const heads = byKind.match(/^### .+$/gm);
    expect(heads).toEqual(['### People', '### Meetings', '### Terms']);
    expect(byKind.indexOf('**Ashton Carter**')).toBeLessThan(byKind.indexOf('**ADMM**'));
  });

  it('says so when there is nothing', () => {
    const empty = buildBriefing({ corpus, url: 'http://x.org/', date: { date: null, source: 'none' }, mentions: [], order: 'page' });
    expect(empty).toContain('Article date: unknown');
    expect(empty).toContain('None.');
    expect(empty).toContain('Nothing from the corpus.');
  });

  it('names the download by host and date', () => {
    expect(briefingFileName('https://www.example.org/x', '2016-09-30')).toBe('briefing-www.example.org-2016-09-30.md');
    expect(briefingFileName('not a url', null)).toBe('briefing-page.md');
  });
});
