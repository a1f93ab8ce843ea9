/**
 * Short names the page spells its own way. After a variant full mention ("Khamliang Outhakaysone"
 * for Khamlieng Outhakaysone), the page goes on with its own spelling of the short name
 * ("Khamliang said"): each written part that fits one of the person's short names becomes, for the
 * rest of the page, a short-name form of that person. The resolver then applies the same rules as
 * to every short name (after the full mention, no other person on the page with it, not glued to
 * another capitalised word).
 */
import type { Corpus } from '../corpus/schema';
import { foldName } from '../dictionary/name-parts';
import { shortNamesOf } from '../dictionary/short-names';
import type { RawMatch } from '../model/dictionary-entry';
import { editDistanceWithin } from './edit-distance';

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
/** A unit that continues a word (a learnt form must stand alone). */
const WORD_UNIT = /[\p{L}\p{N}\p{M}]/u;

export class PageShortForms {
  /** Written form -> person id, and the offset from which it counts (after the mention that taught it). */
  private readonly forms = new Map<string, { id: string; from: number }>();
  private pattern: RegExp | undefined;

  /** Learns the short forms a variant full mention spells; they count from offset `from` on. */
  learn(match: RawMatch, corpus: Pick<Corpus, 'people'>, from = 0): void {
    const entry = match.entries[0];
    if (entry?.kind !== 'person' || entry.via === 'short-name') return;
    const person = corpus.people.find((p) => p.id === entry.target);
    if (!person) return;
    const shorts = shortNamesOf(person).map(foldName);
    for (const written of match.text.match(WORD) ?? []) {
      const folded = foldName(written);
      if (written.length < 4 || shorts.includes(folded) || this.forms.has(written)) continue;
      if (shorts.some((s) => s.length >= 4 && s[0] === folded[0] && editDistanceWithin(folded, s, 1) <= 1)) {
        this.forms.set(written, { id: person.id, from });
        this.pattern = undefined;
      }
    }
  }

  /**
   * Occurrences of the learnt forms in a text (best the whole page once: one pass over 5 MB costs a
   * few ms, one per block ~30 ms), each from where it counts, as case-sensitive short-name matches.
   * `offset`: where `text` starts in the page (a piece of a very long page), for where forms count.
   */
  find(text: string, offset = 0): RawMatch[] {
    if (this.forms.size === 0) return [];
    // A plain alternation, longest first, with the word boundaries checked on its few hits: the
    // same pattern with Unicode look-arounds cost ~60 ms over the 100,000 blocks of a 5 MB page.
    this.pattern ??= new RegExp(
      [...this.forms.keys()]
        .sort((a, b) => b.length - a.length)
        .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    const out: RawMatch[] = [];
    for (const m of text.matchAll(this.pattern)) {
      const after = m.index + m[0].length;
      if ((m.index > 0 && WORD_UNIT.test(text[m.index - 1] as string)) || (after < text.length && WORD_UNIT.test(text[after] as string)))
        continue;
      const { id: target, from } = this.forms.get(m[0]) as { id: string; from: number };
      if (m.index + offset < from) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        entries: [{ form: m[0], caseSensitive: true, target, kind: 'person', via: 'short-name' }],
      });
    }
    return out;
  }
}
