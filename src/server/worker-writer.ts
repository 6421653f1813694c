// The server's side of the writer worker (writer-worker.ts): sends documents, gets results or
// errors back with their status. One worker per server; it is started with the server and
// begins rebuilding the corpus indexes at once, so the first article added does not wait for it.
import { Worker } from 'node:worker_threads';
import type { Document } from '../model/types.js';
import { StoreError } from '../store/types.js';
import type { AddResult, Writer } from './ingest.js';
import { ApiError } from './params.js';
import type { WorkerReply } from './writer-worker.js';

export class WorkerWriter implements Writer {
  private readonly worker: Worker;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;
  /** Resolves once the worker has rebuilt the indexes (or failed to); for logs and tests. */
  readonly warmed: Promise<{ ms: number } | { error: string }>;

  constructor(db: string) {
    this.worker = new Worker(new URL('./writer-worker.js', import.meta.url), { workerData: { db } });
    let warmed!: (v: { ms: number } | { error: string }) => void;
    this.warmed = new Promise((r) => (warmed = r));
    this.worker.on('message', (m: WorkerReply) => {
      if ('warmed' in m) return warmed({ ms: m.ms });
      if ('warmFailed' in m) return warmed({ error: m.warmFailed });
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) p.resolve(m.result);
      else if (m.status) p.reject(new ApiError(m.status as ApiError['status'], m.message));
      else if (m.storeError) p.reject(new StoreError(m.message));
      else p.reject(new Error(m.message));
    });
    const fail = (e: Error) => {
      this.failure = e;
      warmed({ error: e.message });
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the article writer stopped (exit code ${code})`)));
    // The worker must not keep the process alive on its own.
    this.worker.unref();
  }

  private readonly inFlight = new Set<Promise<unknown>>();

  private send(msg: object): Promise<unknown> {
    if (this.failure) return Promise.reject(new ApiError(503, `cannot add articles: ${this.failure.message}`));
    const id = this.next++;
    const p = new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...msg });
    });
    this.inFlight.add(p);
    const done = () => this.inFlight.delete(p);
    p.then(done, done);
    return p;
  }

  add(doc: Document): Promise<AddResult> {
    return this.send({ doc }) as Promise<AddResult>;
  }

  /**
   * Lets the articles being added finish, then stops the worker, interrupting a warm-up that may
   * still be running (it only reads). A write cut off by the process ending is rolled back by SQLite.
   */
  async close(): Promise<void> {
    await Promise.allSettled(this.inFlight);
    await this.worker.terminate();
  }
}
