/**
 * Aliases and short forms in an import that would mark ordinary text: shorter than three letters,
 * or a common English word ("the", "may", "will"). The preview lists them, and they are left out of
 * what is imported unless the reader chooses to keep them (withoutRiskyForms).
 */
import type { TaggedRecord } from '../corpus/schema';

/** Common English words of up to five letters that a page is full of (lower case). */
const COMMON = new Set(
  (
    'a an the and or but nor so yet if of in on at to by for from with as is are was were be been being am do does did ' +
    'done have has had not no yes all any some each few many much more most less one two ten new old big man men way ' +
    'day days year time week may can will must shall would could might should this that these those it its he she ' +
    'him her his they them their we us our you your who whom what when where why how which than then there here ' +
    'out up down off over under into onto upon about after again also back even ever just like made make more now ' +
    'only own same such take too very well what work good best last long high next part left life said says see ' +
    'seen get got go goes went come came give gave know knew let put set run use used say war arms navy army air sea ' +
    'land base unit law act plan deal talk talks meet met home west east north south news state city hall end top ' +
    'key aid ally line role post chief head staff'
  ).split(' '),
);

export interface RiskyForm {
  id: string;
  where: string;
  form: string;
  why: 'shorter than three letters' | 'a common English word';
}

const FIELDS = ['aliases', 'shortForms'] as const;

function risk(form: string): RiskyForm['why'] | undefined {
  const letters = form.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length < 3) return 'shorter than three letters';
  if (COMMON.has(form.trim().toLowerCase())) return 'a common English word';
  return undefined;
}

/** Every risky alias or short form in the records, with the record's place in the file. */
export function riskyForms(records: readonly TaggedRecord[], positions: ReadonlyMap<string, string> = new Map()): RiskyForm[] {
  const out: RiskyForm[] = [];
  for (const { record } of records) {
    const r = record as unknown as Record<string, unknown>;
    for (const field of FIELDS) {
      const forms = r[field];
      if (!Array.isArray(forms)) continue;
      forms.forEach((form, i) => {
        if (typeof form !== 'string') return;
        const why = risk(form);
        const base = positions.get(record.id) ?? record.id;
        if (why) out.push({ id: record.id, where: `${base}.${field}[${i}]`, form, why });
      });
    }
  }
  return out;
}

/** The records with their risky aliases and short forms left out (what is imported unless the reader keeps them). */
export function withoutRiskyForms(records: readonly TaggedRecord[]): TaggedRecord[] {
  return records.map((tagged) => {
    const r = tagged.record as unknown as Record<string, unknown>;
    let changed = false;
    const copy: Record<string, unknown> = { ...r };
    for (const field of FIELDS) {
      const forms = r[field];
      if (!Array.isArray(forms)) continue;
      const kept = forms.filter((f) => typeof f !== 'string' || risk(f) === undefined);
      if (kept.length !== forms.length) {
        copy[field] = kept;
        changed = true;
      }
    }
    return changed ? ({ ...tagged, record: copy } as unknown as TaggedRecord) : tagged;
  });
}
