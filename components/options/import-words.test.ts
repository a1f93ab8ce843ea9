import { describe, expect, it } from 'vitest';
import { parseImport } from '../../utils/import/parse-import';
import { errorWords, fieldWords, invalidWords, recordWords } from './import-words';

describe('import errors in plain words', () => {
  it('names the record by kind, position and name, and the field as a reader says it', () => {
    expect(recordWords({ where: 'terms[2]', id: 'hadr', name: 'HADR' })).toBe('Term 3, “HADR” (id hadr)');
    expect(recordWords({ where: 'people[0]', id: undefined })).toBe('Person 1');
    expect(fieldWords('sources[0].date')).toBe('source 1’s date');
    expect(fieldWords('roles[1].start')).toBe('role 2’s start date');
    expect(fieldWords('label')).toBe('the label');
    expect(errorWords('terms[2]', 'terms[2].sources[0].date: not a date (YYYY, YYYY-MM or YYYY-MM-DD)')).toBe(
      'source 1’s date is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    );
  });

  it('reads what the checker says about a real file', () => {
    const file = JSON.stringify({
      terms: [
        {
          id: 'ok-term',
          label: 'OK',
          category: 'concept',
          definition: 'Fine.',
          sources: [{ title: 't', publisher: 'p', url: 'https://e.org/', date: '2024-01-01' }],
        },
        {
          id: 'bad-term',
          label: 'Bad Term',
          category: 'concept',
          definition: 7,
          sources: [{ title: 't', publisher: 'p', url: 'ftp://x', date: '2023-02-30' }],
        },
      ],
    });
    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.invalid).toHaveLength(1);
    const words = invalidWords(parsed.invalid[0]!);
    expect(words.record).toBe('Term 2, “Bad Term” (id bad-term)');
    expect(words.problems).toContain('the definition should be text, not a number');
    expect(words.problems).toContain('source 1’s address is not an http(s) address');
    expect(words.problems.some((p) => p.startsWith('source 1’s date is not a date'))).toBe(true);
    expect(errorWords('terms[0]', 'terms[0].sources[0].date: Invalid input: expected string, received undefined')).toBe(
      'source 1’s date is missing',
    );
  });
});
