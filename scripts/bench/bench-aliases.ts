/**
 * The alias list mark.js is given: the forms of the extension's own dictionary, built from the
 * bundled corpus exactly as the content script builds it, so both tools look for the same strings.
 * If the bundled corpus does not parse (someone is mid-edit), the page vocabulary stands in and the
 * header line says so.
 */
import { loadBundledCorpus } from '../../utils/corpus/bundled-corpus';
import { buildDictionary } from '../../utils/dictionary/build-dictionary';
import { allForms, type MentionVocabulary } from './mention-vocabulary';

export interface BenchAliases {
  forms: string[];
  source: string;
}

export function benchAliases(vocabulary: MentionVocabulary): BenchAliases {
  try {
    const forms = [...new Set(buildDictionary(loadBundledCorpus()).map((e) => e.form))];
    if (forms.length > 0) return { forms, source: "the extension's dictionary" };
  } catch (error) {
    return {
      forms: allForms(vocabulary),
      source: `page vocabulary (${vocabulary.source}; bundled corpus unreadable: ${String(error).slice(0, 80)})`,
    };
  }
  return { forms: allForms(vocabulary), source: `page vocabulary (${vocabulary.source}; empty dictionary)` };
}
