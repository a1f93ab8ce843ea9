/**
 * The alias list mark.js is given: every form the corpus offers to the matcher (names, aliases,
 * recorded misspellings, term labels and expansions, meeting names, role phrases), so both tools
 * look for the same strings.
 */
import { allForms, type MentionVocabulary } from './mention-vocabulary';

export interface BenchAliases {
  forms: string[];
  source: string;
}

export async function benchAliases(vocabulary: MentionVocabulary): Promise<BenchAliases> {
  return { forms: allForms(vocabulary), source: `page vocabulary (${vocabulary.source})` };
}
