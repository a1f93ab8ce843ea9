/**
 * The import format as a JSON Schema, generated from the file schema of the current format version
 * (corpus-file.ts), so that the published schema, the type, the import and the export cannot disagree.
 */
import { z } from 'zod';
import { corpusFileSchema } from './corpus-file';

export function corpusJsonSchema(): unknown {
  return z.toJSONSchema(corpusFileSchema, { io: 'input', unrepresentable: 'any' });
}
