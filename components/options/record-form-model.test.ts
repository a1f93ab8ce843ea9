import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../utils/corpus/bundled-corpus';
import { taggedRecords } from '../../utils/corpus/tagged-records';
import { RECORD_FIELDS } from './record-fields';
import {
  checkDraft,
  draftToRecord,
  emptyDraft,
  errorsByField,
  fieldPaths,
  recordToDraft,
  referenceWarnings,
  setAt,
  suggestId,
} from './record-form-model';

describe('record form model', () => {
  it('every bundled record survives record -> form -> record unchanged', () => {
    const all = taggedRecords(loadBundledCorpus());
    expect(all.length).toBeGreaterThan(100);
    for (const { kind, record } of all) {
      const draft = recordToDraft(RECORD_FIELDS[kind], record as Record<string, unknown>);
      const back = checkDraft(kind, draft);
      if (!back.ok) throw new Error(`${kind} ${record.id}: ${JSON.stringify(back.errors)}`);
      expect(back.tagged.record).toEqual(record);
    }
  });

  it('puts a bad role date beside the role’s start field', () => {
    const draft = emptyDraft(RECORD_FIELDS.person);
    Object.assign(draft, { id: 'a-person', name: 'A Person', country: 'SG', summary: 'Someone.' });
    draft.roles = [{ office: 'sg-defence', title: 'Minister', start: '2023-02-30', end: '', acting: false }];
    draft.sources = [{ title: 'T', publisher: 'P', date: '', url: 'https://example.org/' }];
    const r = checkDraft('person', draft);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual({ 'roles.0.start': ['not a date (YYYY, YYYY-MM or YYYY-MM-DD)'] });
  });

  it('maps empty inputs to what the schema expects: omitted, null, or kept for required fields', () => {
    const draft = emptyDraft(RECORD_FIELDS.person);
    draft.roles = [{ office: 'x', title: 't', start: '2020', end: '', acting: false }];
    const rec = draftToRecord(RECORD_FIELDS.person, draft);
    expect(rec).not.toHaveProperty('nativeName');
    expect((rec.roles as { end: unknown }[])[0]?.end).toBeNull();
    expect((rec.sources as { date: unknown }[])[0]?.date).toBeNull();
    expect(rec.name).toBe('');
    const r = checkDraft('person', draft);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toEqual(expect.arrayContaining(['id', 'name', 'country', 'summary', 'sources.0.url']));
  });

  it('an optional select left empty leaves its key out; a chosen value is kept', () => {
    const draft = emptyDraft(RECORD_FIELDS.meeting);
    expect(draft.format).toBe('');
    expect(draftToRecord(RECORD_FIELDS.meeting, draft)).not.toHaveProperty('format');
    expect(draftToRecord(RECORD_FIELDS.meeting, { ...draft, format: 'video' }).format).toBe('video');
    // A required select still starts on its first option.
    expect(draft.series).toBe('ADMM');
  });

  it('names the line of a bad list entry and keeps unplaced errors with their path', () => {
    const paths = fieldPaths(RECORD_FIELDS.term, emptyDraft(RECORD_FIELDS.term));
    const e = errorsByField(
      [
        { path: ['aliases', 1], message: 'too long' },
        { path: ['mystery', 'x'], message: 'odd' },
      ],
      paths,
    );
    expect(e).toEqual({ aliases: ['line 2: too long'], '': ['mystery.x: odd'] });
  });

  it('keeps a field the form does not show', () => {
    const rec = draftToRecord(RECORD_FIELDS.term, emptyDraft(RECORD_FIELDS.term), { futureField: 7, label: 'old' });
    expect(rec).toMatchObject({ futureField: 7, label: '' });
  });

  it('a non-number ordinal reaches the schema as text and is refused there', () => {
    const draft = recordToDraft(RECORD_FIELDS.meeting, loadBundledCorpus().meetings[0] as unknown as Record<string, unknown>);
    draft.ordinal = 'twelfth';
    const r = checkDraft('meeting', draft);
    expect(r.ok === false && Object.keys(r.errors)).toEqual(['ordinal']);
  });

  it('suggests ids from names', () => {
    expect(suggestId('Phan Văn Giang')).toBe('phan-van-giang');
    expect(suggestId('  ADMM-Plus Experts’ Working Group ')).toBe('admm-plus-experts-working-group');
  });
});

describe('setAt and referenceWarnings', () => {
  it('replaces one value deep in a draft without touching the original', () => {
    const draft = { name: 'x', roles: [{ start: '2020' }, { start: '2021' }] };
    const next = setAt(draft, ['roles', '1', 'start'], '2022');
    expect(next).toEqual({ name: 'x', roles: [{ start: '2020' }, { start: '2022' }] });
    expect(draft.roles[1]?.start).toBe('2021');
  });

  it('puts unknown and wrong-kind ids beside their fields, naming the line of a list', () => {
    const meeting = loadBundledCorpus().meetings.find((m) => m.attendees.length > 0);
    if (!meeting) throw new Error('no bundled meeting with attendees');
    const known = new Map(taggedRecords(loadBundledCorpus()).map((r) => [r.record.id, r.kind] as const));
    expect(referenceWarnings({ kind: 'meeting', record: meeting }, known)).toEqual({});
    const broken = { ...meeting, chair: 'admm', attendees: [...meeting.attendees, 'nobody-at-all'] };
    const w = referenceWarnings({ kind: 'meeting', record: broken }, known);
    expect(w.chair).toEqual(['"admm" is a term, not what this field links to']);
    expect(w.attendees).toEqual([`line ${meeting.attendees.length + 1}: "nobody-at-all" is not in the corpus`]);
  });
});
