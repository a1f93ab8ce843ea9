/** A dictionary entry for the matcher tests: a name, case-folded, unless told otherwise. */
import type { DictionaryEntry } from '../model/dictionary-entry';

export const testEntry = (
  form: string,
  target: string,
  caseSensitive = false,
  kind: DictionaryEntry['kind'] = 'person',
): DictionaryEntry => ({
  form,
  caseSensitive,
  target,
  kind,
  via: 'name',
});
