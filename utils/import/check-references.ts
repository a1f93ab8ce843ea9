/**
 * Cross-references between records (a role's office, a meeting's chair and attendees, related ids)
 * checked against what the reader will have after the import: stored records plus the new ones.
 * A dangling reference is reported, not refused: the record is still correct on its own, and the
 * reader may import the referenced record later (cards simply leave the link out meanwhile).
 */
import type { RecordKind, TaggedRecord } from '../corpus/schema';

export interface ReferenceWarning {
  /** Where the record sits in the file ("people[3]") or, for a form, its id. */
  where: string;
  id: string;
  /** Full field path and problem, e.g. 'people[3].roles[0].office: no office "x" in the corpus or this file'. */
  message: string;
}

/** One reference field: its path inside the record, the id it names, and the kinds it may point to. */
interface Reference {
  path: string;
  target: string;
  kinds: readonly RecordKind[];
}

const ANY: readonly RecordKind[] = ['person', 'meeting', 'term', 'office', 'country'];
const KIND_NAMES: Record<RecordKind, string> = {
  person: 'a person',
  meeting: 'a meeting',
  term: 'a term',
  office: 'an office',
  country: 'a country',
};

/** Every id a record names, with the path of the field that names it. */
export function referencesOf(tagged: TaggedRecord): Reference[] {
  const out: Reference[] = [];
  const each = (path: string, ids: readonly string[] | undefined, kinds: readonly RecordKind[]) =>
    ids?.forEach((target, i) => {
      out.push({ path: `${path}[${i}]`, target, kinds });
    });
  switch (tagged.kind) {
    case 'person': {
      const p = tagged.record;
      out.push({ path: 'country', target: p.country, kinds: ['country'] });
      p.roles.forEach((role, i) => {
        out.push({ path: `roles[${i}].office`, target: role.office, kinds: ['office'] });
      });
      break;
    }
    case 'meeting': {
      const m = tagged.record;
      out.push({ path: 'country', target: m.country, kinds: ['country'] });
      if (m.chair) out.push({ path: 'chair', target: m.chair, kinds: ['person'] });
      each('attendees', m.attendees, ['person']);
      each('related', m.related, ANY);
      break;
    }
    case 'term':
      each('related', tagged.record.related, ANY);
      break;
    case 'office':
      if (tagged.record.country !== 'ASEAN') out.push({ path: 'country', target: tagged.record.country, kinds: ['country'] });
      break;
    case 'country':
      break;
  }
  return out;
}

/**
 * Warnings for references that point nowhere or to a record of the wrong kind.
 * `known` maps every id the reader will have (stored and imported) to its kind.
 */
export function checkReferences(
  records: readonly { where: string; tagged: TaggedRecord }[],
  known: ReadonlyMap<string, RecordKind>,
): ReferenceWarning[] {
  const warnings: ReferenceWarning[] = [];
  for (const { where, tagged } of records) {
    for (const ref of referencesOf(tagged)) {
      const kind = known.get(ref.target);
      const only = ref.kinds.length === 1 ? (ref.kinds[0] as RecordKind) : undefined;
      if (kind === undefined) {
        warnings.push({
          where,
          id: tagged.record.id,
          message: `${where}.${ref.path}: no ${only ?? 'record'} "${ref.target}" in the corpus or this file`,
        });
      } else if (!ref.kinds.includes(kind)) {
        warnings.push({
          where,
          id: tagged.record.id,
          message: `${where}.${ref.path}: "${ref.target}" is ${KIND_NAMES[kind]}, not ${only ? KIND_NAMES[only] : 'a record it can link to'}`,
        });
      }
    }
  }
  return warnings;
}
