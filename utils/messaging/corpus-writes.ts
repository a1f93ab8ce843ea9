/**
 * Every write to the corpus database, as the background runs it: each one checks what it is given
 * with the runtime schema, writes through utils/storage, and then bumps the corpus revision, which
 * tells every other context (open tabs, the popup, the options page) to reload. No caller has to
 * remember the revision: a write that does not go through here does not exist in the extension.
 */
import { z } from 'zod';
import { COUNTRY_ID_PATTERN, ID_PATTERN, RECORD_KINDS, RECORD_SCHEMAS, type RecordKind, type TaggedRecord } from '../corpus/schema';
import { aliasCapProblem, recordAliasError, totalAliasError } from '../import/alias-cap';
import { notifyCorpusChanged } from '../storage/corpus-revision';
import { deleteRecord, putRecord, resetRecord } from '../storage/corpus-store';
import { applyImport, ImportCancelled, resetAll } from '../storage/corpus-transfer';
import type { CorpusDb } from '../storage/db';

/** Larger than any file the import accepts (20 MB is about 40,000 records). */
export const MAX_IMPORT_RECORDS = 100_000;

const recordId = z
  .string()
  .max(200)
  .refine((id) => ID_PATTERN.test(id) || COUNTRY_ID_PATTERN.test(id), { message: 'not an id' });

/** An import as the options page sends it: records already checked there, checked again here. */
export const importRequestSchema = z.strictObject({
  records: z.array(z.strictObject({ kind: z.enum(RECORD_KINDS), record: z.unknown() })).max(MAX_IMPORT_RECORDS),
  /** Bundled ids to hide in the same transaction. */
  hide: z.array(recordId).max(MAX_IMPORT_RECORDS),
  fileName: z.string().max(1000),
  /** Invalid records the reader chose to skip: logged with the import. */
  skipped: z.number().int().min(0),
});
export type ImportRequest = z.input<typeof importRequestSchema>;
export type ImportResult = { added: number; changed: number; hidden: number };

export interface ImportControl {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** A record checked by its kind's schema, or an error naming the field (`roles.0.start: not a date`). */
export function checkRecord(kind: RecordKind, record: unknown, where = 'record'): TaggedRecord {
  const parsed = RECORD_SCHEMAS[kind].safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.');
    throw new Error(`${where === 'record' ? path || where : `${where}${path ? `.${path}` : ''}`}: ${issue?.message ?? 'invalid'}`);
  }
  return { kind, record: parsed.data } as TaggedRecord;
}

/** The reader's records as stored (new ones and edits; hidings hold no record). */
async function readerRecords(db: CorpusDb): Promise<TaggedRecord[]> {
  return (await db.getAll('user')).flatMap((row) => (row.record ? [{ kind: row.kind, record: row.record } as TaggedRecord] : []));
}

/** Throws the alias cap's message when the write would give the reader's records too many aliases in all. */
function refuseOverTotal(stored: TaggedRecord[], incoming: TaggedRecord[], what: string): void {
  const tooMany = totalAliasError(stored, incoming, what);
  if (tooMany) throw new Error(tooMany);
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'invalid'}`;
}

export type CorpusWrites = ReturnType<typeof createCorpusWrites>;

/** `notify` is the revision bump; tests pass a spy beside the real one to count notices. */
export function createCorpusWrites(getDb: () => Promise<CorpusDb>, notify: () => Promise<void> = notifyCorpusChanged) {
  /** Runs one write, then the notice: a write that failed changed nothing, so it notifies nobody. */
  const write = async <T>(run: (db: CorpusDb) => Promise<T>): Promise<T> => {
    const result = await run(await getDb());
    await notify();
    return result;
  };

  return {
    /** Stores the reader's record (a new one, or an edit of a bundled one). */
    put: (kind: RecordKind, record: unknown) => {
      const tagged = checkRecord(kind, record);
      const overCap = recordAliasError(tagged);
      if (overCap) throw new Error(overCap);
      return write(async (db) => {
        refuseOverTotal(await readerRecords(db), [tagged], `Saving the ${kind} "${tagged.record.id}"`);
        const row = await putRecord(db, tagged);
        return { id: row.id, origin: row.origin };
      });
    },
    /** Deletes the reader's own record, or hides a bundled one (restorable with reset). */
    delete: (id: string) =>
      write(async (db) => {
        await deleteRecord(db, id);
        return { id };
      }),
    /** Brings a bundled record back: drops the reader's edit or its hiding. */
    reset: (id: string) =>
      write(async (db) => {
        await resetRecord(db, id);
        return { id };
      }),
    /** Reset everything: every record, edit and hiding of the reader's goes. */
    resetAll: () =>
      write(async (db) => {
        await resetAll(db);
        return { cleared: true as const };
      }),

    /**
     * A whole import in one transaction (cancellable until it commits). Every record is checked again
     * here, whatever the page checked: an import that is not entirely valid writes nothing.
     */
    applyImport: async (request: unknown, control: ImportControl = {}): Promise<ImportResult> => {
      const parsed = importRequestSchema.safeParse(request);
      if (!parsed.success) throw new Error(`invalid import: ${firstIssue(parsed.error)}`);
      const seen = new Set<string>();
      const records = parsed.data.records.map(({ kind, record }, i) => {
        const tagged = checkRecord(kind, record, `records[${i}]`);
        if (seen.has(tagged.record.id)) throw new Error(`records[${i}].id: "${tagged.record.id}" appears twice in this import`);
        seen.add(tagged.record.id);
        const overCap = aliasCapProblem(tagged);
        if (overCap) throw new Error(`records[${i}] ("${tagged.record.id}") ${overCap}`);
        return tagged;
      });
      if (control.signal?.aborted) throw new ImportCancelled();
      return write(async (db) => {
        refuseOverTotal(await readerRecords(db), records, 'This import');
        return applyImport(db, records, {
          fileName: parsed.data.fileName,
          hide: parsed.data.hide,
          skipped: parsed.data.skipped,
          onProgress: control.onProgress,
          signal: control.signal,
        });
      });
    },
  };
}
