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
import type { PrefilterData } from '../../utils/prefilter/page-prefilter';
import { foldString, prefilterKeys } from '../../utils/prefilter/prefilter-keys';
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
  // The prefilter's modules are served by the same plugin (wxt.config.ts registers this one).
  type Hook = (this: unknown, id: string) => string | undefined;
  const prefilter = prefilterPlugin(corpusDir) as unknown as { resolveId: Hook; load: Hook };
  return {
    name: 'defence-lens-matcher-snapshot',
    resolveId(id) {
      return id === MATCHER_SNAPSHOT_MODULE ? RESOLVED : prefilter.resolveId.call(this, id);
    },
    load(id) {
      if (id !== RESOLVED) return prefilter.load.call(this, id);
      for (const f of readdirSync(corpusDir)) if (f.endsWith('.json')) this.addWatchFile(join(corpusDir, f));
      const snapshot = buildMatcherSnapshot(readCorpus(corpusDir), { words: englishWords() });
      // JSON.parse of a string literal is faster for engines to load than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(snapshot))});`;
    },
  };
}

export const PREFILTER_MODULE = 'virtual:defence-lens-prefilter';
const RESOLVED_PREFILTER = `\0${PREFILTER_MODULE}`;
export const LAZY_SNAPSHOT_MODULE = 'virtual:defence-lens-matcher-snapshot-lazy';
const RESOLVED_LAZY = `\0${LAZY_SNAPSHOT_MODULE}`;

/**
 * The content script's first pass (issue 15), `virtual:defence-lens-prefilter`: the corpus's keys
 * (utils/prefilter/prefilter-keys.ts) and the matcher's folding table, as two string literals;
 * and `virtual:defence-lens-matcher-snapshot-lazy`, the matcher snapshot behind a function, so
 * that a page the prefilter turns away never parses it.
 */
export function prefilterPlugin(corpusDir = resolve(import.meta.dirname, '../../data/corpus')): Plugin {
  return {
    name: 'defence-lens-prefilter',
    resolveId(id) {
      if (id === PREFILTER_MODULE) return RESOLVED_PREFILTER;
      return id === LAZY_SNAPSHOT_MODULE ? RESOLVED_LAZY : undefined;
    },
    load(id) {
      if (id !== RESOLVED_PREFILTER && id !== RESOLVED_LAZY) return undefined;
      for (const f of readdirSync(corpusDir)) if (f.endsWith('.json')) this.addWatchFile(join(corpusDir, f));
      const corpus = readCorpus(corpusDir);
      if (id === RESOLVED_LAZY) {
        const snapshot = buildMatcherSnapshot(corpus, { words: englishWords() });
        return `let snapshot;\nexport function matcherSnapshot() {\n  snapshot ??= JSON.parse(${JSON.stringify(JSON.stringify(snapshot))});\n  return snapshot;\n}`;
      }
      const folds = foldString();
      const keys = prefilterKeys(corpus, { folds, common: new Set(englishWords()) });
      const data: PrefilterData = { version: corpus.version, keys: keys.join('\n'), folds };
      return `export default ${JSON.stringify(data)};`;
    },
  };
}
