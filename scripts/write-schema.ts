/**
 * `npm run schema`: writes data/corpus.schema.json, the published JSON Schema of the import format,
 * from the file schema of the current format version (utils/corpus/corpus-file.ts).
 */
import { writeFileSync } from 'node:fs';
import { corpusJsonSchema } from '../utils/corpus/json-schema';

writeFileSync(new URL('../data/corpus.schema.json', import.meta.url), `${JSON.stringify(corpusJsonSchema(), null, 2)}\n`);
console.log('wrote data/corpus.schema.json');
