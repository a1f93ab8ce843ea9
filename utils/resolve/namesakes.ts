/**
 * A name the corpus knows can belong to someone else: an actor, a footballer or a singer of the same
 * name ("Actor Kim Seon-ho"). When the page introduces a person by such an occupation, every mention
 * of that name on the page is someone else's, and none is marked.
 */
import type { Mention } from '../model/mention';

/** Occupations news writes straight before a name ("Actor Kim Seon-ho", "striker Lee Kang-in"). */
const OTHER_OCCUPATION =
  /(?:^|[^\p{L}])(?:actor|actress|singer|rapper|idol|star|footballer|striker|midfielder|defender|goalkeeper|winger|cricketer|batter|batsman|bowler|golfer|tennis player|swimmer|boxer|coach|chef|novelist|painter|comedian|model)\s+$/iu;

export function dropNamesakes(text: string, mentions: Mention[]): Mention[] {
  const elsewhere = new Set<string>();
  for (const m of mentions)
    if (m.kind === 'person' && m.via !== 'short-name' && OTHER_OCCUPATION.test(text.slice(Math.max(0, m.start - 24), m.start)))
      elsewhere.add(m.id);
  return elsewhere.size === 0 ? mentions : mentions.filter((m) => m.kind !== 'person' || !elsewhere.has(m.id));
}
