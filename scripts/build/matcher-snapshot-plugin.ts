/**
 * Vite plugin: compiles the bundled corpus's matcher at build time and serves it to the content
 * script as `virtual:defence-lens-matcher-snapshot`, so no page pays for building the dictionary
 * and the trie. The corpus files are watched, so `npm run dev` rebuilds it when they change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  ambiguitySchema,
  type Corpus,
  countrySchema,
  meetingSchema,
  officeSchema,
  personSchema,
  termSchema,
} from '../../utils/corpus/schema';
import { buildMatcherSnapshot } from '../../utils/match/corpus-matcher';
import { englishWords } from '../lib/english-words';

export const MATCHER_SNAPSHOT_MODULE = 'virtual:defence-lens-matcher-snapshot';
const RESOLVED = `\0${MATCHER_SNAPSHOT_MODULE}`;

/** Reads data/corpus afresh (not through the cached loader) so every build sees the files as they are. */
function readCorpus(dir: string): Corpus {
  const read = (name: string): unknown[] => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { version: string };
  return {
    version: meta.version,
    countries: read('countries').map((x) => countrySchema.parse(x)),
    offices: read('offices').map((x) => officeSchema.parse(x)),
    people: read('people').map((x) => personSchema.parse(x)),
    meetings: read('meetings').map((x) => meetingSchema.parse(x)),
    terms: read('terms').map((x) => termSchema.parse(x)),
    ambiguities: read('ambiguities').map((x) => ambiguitySchema.parse(x)),
  };
}

export function matcherSnapshotPlugin(corpusDir = resolve(import.meta.dirname, '../../data/corpus')): Plugin {
  return {
    name: 'defence-lens-matcher-snapshot',
    resolveId(id) {
      return id === MATCHER_SNAPSHOT_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const f of readdirSync(corpusDir)) if (f.endsWith('.json')) this.addWatchFile(join(corpusDir, f));
      const snapshot = buildMatcherSnapshot(readCorpus(corpusDir), { words: englishWords() });
      // JSON.parse of a string literal is faster for engines to load than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(snapshot))});`;
    },
  };
}
