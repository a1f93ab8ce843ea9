/** The import format as a JSON Schema, generated from the runtime schema (one source of truth). */
import { z } from 'zod';
import { countrySchema, meetingSchema, officeSchema, personSchema, termSchema } from './schema';

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
    })
    .describe('Defence Lens corpus file: records to import, in the same format as the bundled data/corpus files.');
  return z.toJSONSchema(file, { io: 'input', unrepresentable: 'any' });
}
