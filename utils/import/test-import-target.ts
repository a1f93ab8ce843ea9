/**
 * For tests: an import target over a database, whose apply is the background's own validated write
 * (utils/messaging/corpus-writes.ts: check every record, one transaction, revision bump), so that the
 * tests drive the same write as the reader's import, without the port between page and background.
 */
import { createCorpusWrites } from '../messaging/corpus-writes';
import { listHiddenRecords, listRecords } from '../storage/corpus-store';
import type { CorpusDb } from '../storage/db';
import type { ImportTarget } from './import-flow';

export function importTargetFor(db: CorpusDb): ImportTarget {
  const writes = createCorpusWrites(async () => db);
  return {
    records: () => listRecords(db),
    hidden: () => listHiddenRecords(db),
    apply: (request, control) => writes.applyImport(request, control),
  };
}
