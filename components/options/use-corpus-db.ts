import { useEffect, useState } from 'preact/hooks';
import { request } from '../../utils/messaging/client';
import { type CorpusDb, openCorpusDb } from '../../utils/storage/db';

/**
 * The corpus database for an extension page. Asks the background first, so the bundled records
 * are seeded (the background owns seeding) before the page reads or writes directly.
 */
export function useCorpusDb(): { db: CorpusDb | undefined; error: string | undefined } {
  const [db, setDb] = useState<CorpusDb>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    request('corpus/info', {})
      .then(() => openCorpusDb())
      .then(setDb, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return { db, error };
}
