import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusJsonSchema } from './json-schema';

describe('published JSON Schema', () => {
  it('data/corpus.schema.json is up to date with the runtime schema (run npm run schema)', () => {
    const published = JSON.parse(readFileSync(new URL('../../data/corpus.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(corpusJsonSchema())));
  });

  it('describes every record kind', () => {
    const schema = corpusJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual([
      'ambiguities',
      'countries',
      'format',
      'hidden',
      'meetings',
      'offices',
      'people',
      'terms',
      'version',
    ]);
  });
});
