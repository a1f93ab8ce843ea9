import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../../utils/corpus/schema';
import { browseRows } from './browse-rows';

const term = (id: string, label: string, aliases: string[] = []) => ({ id, label, aliases }) as unknown as AnyRecord;
const person = (id: string, name: string) => ({ id, name, aliases: [], shortNames: [] }) as unknown as AnyRecord;
const rows = [
  { kind: 'term' as const, record: term('hadr', 'HADR', ['humanitarian assistance']), origin: 'bundled' as const },
  { kind: 'term' as const, record: term('admm', 'ADMM'), origin: 'overlay' as const },
  { kind: 'term' as const, record: term('mine', 'Zed term'), origin: 'user' as const },
  { kind: 'person' as const, record: person('phan-van-giang', 'Phan Văn Giang'), origin: 'bundled' as const },
];
const base = { rows, hidden: [], kind: 'term' as const, filter: '', sort: 'name' as const, descending: false };
const ids = (r: ReturnType<typeof browseRows>) => r.map((x) => x.record.id);

describe('browseRows', () => {
  it('shows one kind sorted by name, either way', () => {
    expect(ids(browseRows(base))).toEqual(['admm', 'hadr', 'mine']);
    expect(ids(browseRows({ ...base, descending: true }))).toEqual(['mine', 'hadr', 'admm']);
  });

  it('sorts by origin and by id', () => {
    expect(browseRows({ ...base, sort: 'origin' }).map((r) => r.origin)).toEqual(['bundled', 'overlay', 'user']);
    expect(ids(browseRows({ ...base, sort: 'id' }))).toEqual(['admm', 'hadr', 'mine']);
  });

  it('filters by alias and id, ignoring case and diacritics', () => {
    expect(ids(browseRows({ ...base, filter: 'Humanitarian' }))).toEqual(['hadr']);
    expect(ids(browseRows({ ...base, kind: 'person', filter: 'van giang' }))).toEqual(['phan-van-giang']);
    expect(ids(browseRows({ ...base, filter: 'nothing like this' }))).toEqual([]);
  });

  it('adds hidden records of the kind when asked', () => {
    const r = browseRows({ ...base, hidden: [{ kind: 'term', record: term('adsom', 'ADSOM') }] });
    expect(r.find((x) => x.record.id === 'adsom')?.origin).toBe('hidden');
  });
});
