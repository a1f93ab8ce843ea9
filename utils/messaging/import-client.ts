/**
 * The import as an extension page runs it: reads what is stored by message, applies through the
 * background's validated write over the import port. The page never opens the database.
 */
import type { ImportTarget } from '../import/import-flow';
import { request } from './client';
import { importThroughBackground } from './import-port';

export const backgroundImportTarget: ImportTarget = {
  records: () => request('record/list', {}),
  hidden: () => request('record/hidden', {}),
  apply: (importRequest, control) => importThroughBackground(importRequest, control),
};
