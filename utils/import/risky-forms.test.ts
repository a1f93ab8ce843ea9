import { describe, expect, it } from 'vitest';
import type { TaggedRecord } from '../corpus/schema';
import { riskyForms, withoutRiskyForms } from './risky-forms';

const term = (aliases: string[]) =>
  ({ kind: 'terms', record: { id: 'my-term', label: 'My Term', aliases, shortForms: ['MT'] } }) as unknown as TaggedRecord;

describe('aliases that would mark ordinary text', () => {
  it('lists common words and forms shorter than three letters, with their place', () => {
    const found = riskyForms([term(['The', 'will', 'Maritime Security Dialogue', 'MSD'])], new Map([['my-term', 'terms[0]']]));
    expect(found).toEqual([
      { id: 'my-term', where: 'terms[0].aliases[0]', form: 'The', why: 'a common English word' },
      { id: 'my-term', where: 'terms[0].aliases[1]', form: 'will', why: 'a common English word' },
      { id: 'my-term', where: 'terms[0].shortForms[0]', form: 'MT', why: 'shorter than three letters' },
    ]);
  });

  it('leaves them out of what is imported, keeping the rest of the record', () => {
    const [out] = withoutRiskyForms([term(['the', 'Maritime Security Dialogue'])]);
    const r = out?.record as unknown as { aliases: string[]; shortForms: string[]; label: string };
    expect(r.aliases).toEqual(['Maritime Security Dialogue']);
    expect(r.shortForms).toEqual([]);
    expect(r.label).toBe('My Term');
  });

  it('passes a record without risky forms through unchanged', () => {
    const t = {
      kind: 'terms',
      record: { id: 'x', label: 'X', aliases: ['Shangri-La Dialogue'], shortForms: ['SLD'] },
    } as unknown as TaggedRecord;
    expect(withoutRiskyForms([t])[0]).toBe(t);
    expect(riskyForms([t])).toEqual([]);
  });
});

describe('the import applies risky forms only by the reader’s choice', () => {
  it('chosenRecords drops them by default and keeps them when told to', async () => {
    const { chosenRecords } = await import('./import-flow');
    const t = term(['the', 'Maritime Security Dialogue']);
    const prepared = {
      ok: true as const,
      preview: { added: [t], changed: [], unchanged: [], conflicts: [] },
      invalid: [],
      unlisted: 0,
      warnings: [],
      toApply: [t],
      hide: { toHide: [], alreadyHidden: 0, notes: [] },
      risky: riskyForms([t]),
    };
    const dropped = chosenRecords(prepared, false).toApply[0]?.record as unknown as { aliases: string[] };
    expect(dropped.aliases).toEqual(['Maritime Security Dialogue']);
    const kept = chosenRecords(prepared, true).toApply[0]?.record as unknown as { aliases: string[] };
    expect(kept.aliases).toEqual(['the', 'Maritime Security Dialogue']);
  });
});
