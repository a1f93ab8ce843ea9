/** The import format as a JSON Schema, generated from the runtime schema (one source of truth). */
import { z } from 'zod';
import { ambiguitySchema, countryId, countrySchema, entityId, meetingSchema, officeSchema, personSchema, termSchema } from './schema';

export function corpusJsonSchema(): unknown {
  const file = z
    .strictObject({
      format: z.literal('defence-lens-corpus').optional(),
      version: z.string().max(50).optional(),
      people: z.array(personSchema).optional(),
      meetings: z.array(meetingSchema).optional(),
      terms: z.array(termSchema).optional(),
      offices: z.array(officeSchema).optional(),
      countries: z.array(countrySchema).optional(),
      hidden: z
        .array(z.union([entityId, countryId]))
        .optional()
        .describe('Ids of bundled records the reader hid. Exports carry it; an import hides those records (never one the reader edited).'),
      ambiguities: z
        .array(ambiguitySchema)
        .optional()
        .describe("The bundled files' list of ambiguous forms: accepted and ignored by an import."),
    })
    .describe('Defence Lens corpus file: records to import, in the same format as the bundled data/corpus files.');
  return z.toJSONSchema(file, { io: 'input', unrepresentable: 'any' });
}
