// The worker thread that adds articles for `dossier serve`: it opens its own connection to the
// store, keeps the corpus indexes, analyses and writes one article at a time, so that the server's
// own thread goes on answering reads while an article is analysed or the indexes are rebuilt.
import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../model/types.js';
import { openSqliteStore } from '../store/sqlite.js';
import { ArticleWriter } from './ingest.js';
import { ApiError } from './params.js';

export type WorkerRequest = { id: number; doc: Document };
export type WorkerReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; status: number | null; message: string; storeError: boolean }
  | { id: -1; warmed: true; ms: number }
  | { id: -1; warmFailed: string };

const port = parentPort!;
const store = openSqliteStore((workerData as { db: string }).db);
const writer = new ArticleWriter(store);
const t0 = performance.now();
writer.warm().then(
  () => port.postMessage({ id: -1, warmed: true, ms: performance.now() - t0 } satisfies WorkerReply),
  (e: Error) => port.postMessage({ id: -1, warmFailed: e.message } satisfies WorkerReply),
);

port.on('message', (m: WorkerRequest) => {
  writer.add(m.doc).then(
    (result) => port.postMessage({ id: m.id, ok: true, result } satisfies WorkerReply),
    (e: Error) => port.postMessage({ id: m.id, ok: false, status: e instanceof ApiError ? e.status : null, message: e.message, storeError: e.name === 'StoreError' } satisfies WorkerReply),
  );
});
