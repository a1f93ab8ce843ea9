/**
 * The spellings real reports use for one meeting or term name that its record does not list:
 * "ADMM-Plus", "ADMM Plus" and "ADMM+"; "Defence" and "Defense"; "Ministers' Meeting" without its
 * apostrophe; "ASEAN" spelled out ("Association of Southeast Asian Nations Defence Ministers'
 * Meeting"); the partner first ("Japan-ASEAN ..." for "ASEAN-Japan ..."). Case, diacritics and the
 * kind of dash are folded by the matcher itself.
 */

/** "ADMM-Plus", "ADMM Plus" and "ADMM+" are one name: add the missing spellings of a "Plus" form. */
export function plusVariants(form: string): string[] {
  const m = /^(.*\S)(?:[-\s]Plus|\+)(\s.*)?$/.exec(form);
  if (!m) return [form];
  const [, head, tail = ''] = m;
  return [...new Set([form, `${head}-Plus${tail}`, `${head} Plus${tail}`, `${head}+${tail}`])];
}

/** An optional ordinal in front: "8th ASEAN-Japan ...". */
const ORDINAL = '((?:\\d+(?:st|nd|rd|th)\\s)?)';
const ASEAN_WORD = new RegExp(`^${ORDINAL}ASEAN\\s`, 'u');
const PARTNER_AFTER = new RegExp(`^${ORDINAL}ASEAN[-\u2013](\\p{Lu}[\\p{L}.]+)(\\s.*)$`, 'u');

const ONE_WAY: ((form: string) => string | undefined)[] = [
  (f) =>
    /\bDefence\b/.test(f) ? f.replace(/\bDefence\b/g, 'Defense') : /\bDefense\b/.test(f) ? f.replace(/\bDefense\b/g, 'Defence') : undefined,
  (f) => (/\w['’]\s/.test(f) ? f.replace(/(\w)['’](?=\s)/g, '$1') : undefined),
  (f) => (ASEAN_WORD.test(f) ? f.replace(ASEAN_WORD, '$1Association of Southeast Asian Nations ') : undefined),
  (f) => {
    const m = PARTNER_AFTER.exec(f);
    return m ? `${m[1]}${m[2]}-ASEAN${m[3]}` : undefined;
  },
];

/** Every spelling of a meeting or term form: each rule applied on top of the others' results. */
export function formVariants(form: string): string[] {
  let forms = [form];
  for (const rule of ONE_WAY) {
    const more: string[] = [];
    for (const f of forms) {
      const v = rule(f);
      if (v && v !== f) more.push(v);
    }
    forms = [...forms, ...more];
  }
  return [...new Set(forms.flatMap(plusVariants))];
}
