/**
 * Imports travel over a port rather than one message: the background answers with progress while
 * its one transaction runs, and the page can cancel it until it commits (a click on Cancel, or the
 * page closing). The background side hands the request to corpus-writes.ts, which validates every
 * record, writes and bumps the revision like every other write.
 *
 * page -> background: { type: 'apply', payload: ImportRequest }, then perhaps { type: 'cancel' }
 * background -> page: { type: 'progress', done, total }*, then { type: 'done', result } or
 *                     { type: 'failed', error, cancelled }
 */
import { browser } from 'wxt/browser';
import { ImportCancelled } from '../storage/corpus-transfer';
import type { CorpusWrites, ImportControl, ImportRequest, ImportResult } from './corpus-writes';

export const IMPORT_PORT = 'corpus-import';

export type ToBackground = { type: 'apply'; payload: ImportRequest } | { type: 'cancel' };
export type ToPage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; error: string; cancelled: boolean };

/** The part of a runtime.Port both sides use (a test passes an in-memory pair). */
export interface ImportPortLike {
  name: string;
  sender?: { url?: string };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Background: serves one import per port. `mayWrite` decides from the sender's address. */
export function serveImportPort(
  port: ImportPortLike,
  writes: Pick<CorpusWrites, 'applyImport'>,
  mayWrite: (url?: string) => boolean,
): void {
  const controller = new AbortController();
  let started = false;
  let finished = false;
  const send = (message: ToPage) => {
    if (!finished) port.postMessage(message);
  };
  // The page went away (closed, reloaded): an import still running is cancelled, nothing half-written.
  port.onDisconnect.addListener(() => {
    if (!finished) controller.abort();
    finished = true;
  });
  port.onMessage.addListener((message) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'cancel') {
      controller.abort();
      return;
    }
    if (type !== 'apply' || started) {
      send({ type: 'failed', error: started ? 'one import per port' : 'malformed import message', cancelled: false });
      return;
    }
    started = true;
    if (!mayWrite(port.sender?.url)) {
      send({ type: 'failed', error: 'imports are accepted only from the extension’s own pages', cancelled: false });
      return;
    }
    const control: ImportControl = {
      signal: controller.signal,
      onProgress: (done, total) => send({ type: 'progress', done, total }),
    };
    writes.applyImport((message as { payload?: unknown }).payload, control).then(
      (result) => {
        send({ type: 'done', result });
        finished = true;
      },
      (error: unknown) => {
        send({
          type: 'failed',
          error: error instanceof Error ? error.message : String(error),
          cancelled: error instanceof ImportCancelled,
        });
        finished = true;
      },
    );
  });
}

/**
 * Page: sends an import to the background and resolves with its result; rejects with ImportCancelled
 * when the reader cancelled (through `signal`) before it committed, or with the background's error.
 */
export function importThroughBackground(
  request: ImportRequest,
  control: ImportControl = {},
  connect: () => ImportPortLike = () => browser.runtime.connect({ name: IMPORT_PORT }) as unknown as ImportPortLike,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    if (control.signal?.aborted) {
      reject(new ImportCancelled());
      return;
    }
    const port = connect();
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      control.signal?.removeEventListener('abort', cancel);
      fn();
      port.disconnect();
    };
    const cancel = () => port.postMessage({ type: 'cancel' } satisfies ToBackground);
    control.signal?.addEventListener('abort', cancel, { once: true });
    port.onMessage.addListener((message) => {
      const m = message as ToPage;
      if (m.type === 'progress') control.onProgress?.(m.done, m.total);
      else if (m.type === 'done') settle(() => resolve(m.result));
      else if (m.type === 'failed') settle(() => reject(m.cancelled ? new ImportCancelled() : new Error(m.error)));
    });
    port.onDisconnect.addListener(() => settle(() => reject(new Error('the extension’s background stopped before the import finished'))));
    port.postMessage({ type: 'apply', payload: request } satisfies ToBackground);
  });
}
