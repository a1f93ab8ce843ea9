import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allForms, FALLBACK_FORMS, loadMentionVocabulary } from './mention-vocabulary';

function corpusDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-vocab-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), typeof data === 'string' ? data : JSON.stringify(data));
  return dir;
}

describe('loadMentionVocabulary', () => {
  it('falls back to the built-in list when the corpus is empty or unreadable', () => {
    const v = loadMentionVocabulary(corpusDir({ 'people.json': [], 'terms.json': '{not json' }));
    expect(v.source).toBe('fallback');
    expect(v.forms.name).toEqual(FALLBACK_FORMS.name);
  });

  it('reads names, terms, meetings and role phrases (demonym and possessive) from the corpus', () => {
    const people = Array.from({ length: 30 }, (_, i) => ({ name: `Person ${i}`, aliases: [`P. ${i}`], misspellings: [`Persn ${i}`] }));
    const v = loadMentionVocabulary(
      corpusDir({
        'people.json': people,
        'terms.json': [{ label: 'ADMM', aliases: ['ADMM Meeting'], expansion: "ASEAN Defence Ministers' Meeting" }],
        'meetings.json': [{ name: '17th ASEAN Defence Ministers Meeting', aliases: ['17th ADMM'] }],
        'countries.json': [{ id: 'PH', name: 'Philippines', demonyms: ['Philippine'] }],
        'offices.json': [{ id: 'ph-defence', country: 'PH', titles: ['Defense Secretary'] }],
      }),
    );
    expect(v.source).toBe('corpus');
    expect(v.forms.name).toContain('P. 7');
    expect(v.forms.term).toEqual(['ADMM', 'ADMM Meeting', "ASEAN Defence Ministers' Meeting"]);
    expect(v.forms.meeting).toContain('17th ADMM');
    expect(v.forms.role).toEqual(['Defense Secretary', 'Philippine Defense Secretary', "Philippines' Defense Secretary"]);
    expect(v.misspellings).toContain('Persn 3');
    expect(allForms(v)).toContain('Persn 3');
  });
});
