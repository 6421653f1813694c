// Ingest: read articles, analyze the new or changed ones, resolve them into the corpus and
// store each in its own transaction. Idempotent by content hash; a crash loses at most the
// article being written, which the next run then stores.
import { createHash } from 'node:crypto';
import type { Document } from '../model/types.js';
import { readInputs } from '../ingest/index.js';
import { analyzeBatch, BATCH_CHARS, BATCH_SIZE } from '../pipeline/run.js';
import { toContract, type ContractAnalysis } from '../output/contract.js';
import type { Store } from '../store/types.js';
import { Corpus } from './corpus.js';

export interface IngestProgress {
  done: number;
  total: number;
  current: string;
}

export interface IngestOptions {
  onProgress?: (p: IngestProgress) => void;
  onWarning?: (message: string) => void;
}

export interface IngestSummary {
  articles: number;
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  errors: { source: string; error: string }[];
  seconds: number;
  perSecond: number;
}

/** The content hash that decides whether an article changed: body and header fields. */
export function contentHash(d: Document): string {
  return createHash('sha256').update(JSON.stringify([d.text, d.url, d.outlet, d.published, d.title, d.language])).digest('hex');
}

export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const inputs = [...readInputs(paths)];
  // Loaded when the first new or changed article needs it: from the saved states when every
  // canonical actor and event has one, else from every link and report.
  let corpus: Corpus | null = null;
  const load = async (): Promise<Corpus> => {
    const state = await store.corpusState();
    if (state) return Corpus.fromState(state);
    // A store written before states were saved: read it the slow way once, and save them.
    const c = Corpus.fromSnapshot(await store.snapshot());
    const s = c.states();
    if (s.actors.length || s.events.length) await store.saveStates(s.actors, s.events);
    return c;
  };
  const s: IngestSummary = { articles: inputs.length, added: 0, replaced: 0, unchanged: 0, failed: 0, errors: [], seconds: 0, perSecond: 0 };
  const seen = new Map<string, string>();
  // New and changed articles wait here to be analyzed together (analyzeBatch), then are stored
  // one by one in the order they came.
  let pending: { doc: Document; hash: string; stored: string | null }[] = [];
  let pendingChars = 0;
  const flush = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    pendingChars = 0;
    const analyzed = analyzeBatch(batch.map((p) => p.doc));
    for (let i = 0; i < batch.length; i++) {
      const { doc, hash, stored } = batch[i];
      const b = analyzed[i];
      let analysis: ContractAnalysis;
      try {
        if (!b.ok) throw b.error;
        analysis = toContract(b.analysis);
      } catch (e) {
        s.failed++;
        s.errors.push({ source: doc.source, error: `analysis failed: ${(e as Error).message}` });
        continue;
      }
      const old = stored === null ? { links: [], sources: [] } : await store.articleRows(doc.id);
      corpus ??= await load();
      const bundle = corpus.add({
        id: doc.id, source: doc.source, url: doc.url, outlet: doc.outlet, published: doc.published, title: doc.title, language: doc.language,
        hash, text: doc.text, analysis,
      }, old);
      // A failed write (read-only file, full disk) stops the batch: the store keeps its earlier state.
      await store.writeArticle(bundle);
      if (stored === null) s.added++;
      else s.replaced++;
    }
  };
  let done = 0;
  for (const r of inputs) {
    const current = r.ok ? r.doc.source : r.source;
    opts.onProgress?.({ done, total: inputs.length, current });
    done++;
    if (!r.ok) {
      s.failed++;
      s.errors.push({ source: r.source, error: r.error });
      continue;
    }
    const doc = r.doc;
    for (const w of doc.warnings) opts.onWarning?.(`${doc.source}: ${w}`);
    const prev = seen.get(doc.id);
    if (prev && prev !== doc.source) opts.onWarning?.(`${doc.source}: has the same id "${doc.id}" as ${prev}; it replaces it in the store`);
    seen.set(doc.id, doc.source);
    // an article that replaces one still waiting is compared with it once that one is stored
    if (pending.some((p) => p.doc.id === doc.id)) await flush();
    const hash = contentHash(doc);
    const stored = await store.articleHash(doc.id);
    if (stored === hash) {
      s.unchanged++;
      continue;
    }
    pending.push({ doc, hash, stored });
    pendingChars += doc.text.length;
    if (pending.length >= BATCH_SIZE || pendingChars >= BATCH_CHARS) await flush();
  }
  await flush();
  opts.onProgress?.({ done, total: inputs.length, current: '' });
  s.seconds = (performance.now() - t0) / 1000;
  s.perSecond = s.added + s.replaced ? (s.added + s.replaced) / s.seconds : 0;
  return s;
}
