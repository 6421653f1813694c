// Adding one article through the API: the same path as `dossier ingest` — the ingest readers
// make the Document (a .txt/.html upload goes through readBytes like a file on disk; a JSON body
// through buildDocument/parseHtml like a JSONL line), the library's analyzeDocument analyzes it,
// the Corpus resolves it against everything stored, and the Store writes it in one transaction.
// Writes are serialized: one article at a time, in arrival order.
import { createHash } from 'node:crypto';
import type { Document } from '../model/types.js';
import { buildDocument, parseHtml, readBytes } from '../ingest/index.js';
import { clean, normalizeDate } from '../ingest/document.js';
import { safeId } from '../ingest/jsonl.js';
import { languageName } from '../ingest/language.js';
import { analyzeDocument } from '../pipeline/run.js';
import { toContract, type ContractAnalysis } from '../output/contract.js';
import { Corpus } from '../corpus/corpus.js';
import { contentHash } from '../corpus/ingest.js';
import type { Counts, Store } from '../store/types.js';
import { ApiError } from './params.js';

export interface ArticleFields {
  text?: unknown;
  html?: unknown;
  url?: unknown;
  outlet?: unknown;
  published?: unknown;
  title?: unknown;
  id?: unknown;
}

const FIELDS = ['text', 'html', 'url', 'outlet', 'published', 'title', 'id'] as const;

function optString(o: ArticleFields, k: (typeof FIELDS)[number]): string | null {
  const v = o[k];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new ApiError(400, `"${k}" must be a string (got ${Array.isArray(v) ? 'an array' : typeof v})`);
  return v;
}

/** Checks the metadata fields every way of posting shares. */
function meta(o: ArticleFields) {
  const published = optString(o, 'published');
  if (published !== null && published.trim() && !normalizeDate(published)) {
    throw new ApiError(400, `"published" must be a date like 2019-07-22 (got ${JSON.stringify(published.slice(0, 40))})`);
  }
  const url = optString(o, 'url');
  if (url !== null && url.trim() && !/^https?:\/\/\S+$/i.test(url.trim())) throw new ApiError(400, `"url" must be an http(s) address (got ${JSON.stringify(url.slice(0, 80))})`);
  return { url, outlet: optString(o, 'outlet'), published, title: optString(o, 'title'), id: safeId(clean(optString(o, 'id'))) };
}

/** A JSON body `{text | html, url, outlet, published, title, id?}` → a Document. */
export function documentFromJson(body: unknown): Document {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ApiError(400, 'the body must be a JSON object like {"text": "...", "outlet": "...", "published": "2019-07-22"}');
  const o = body as ArticleFields;
  const unknown = Object.keys(o).filter((k) => !(FIELDS as readonly string[]).includes(k));
  if (unknown.length) throw new ApiError(400, `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')} (the fields are ${FIELDS.join(', ')})`);
  const m = meta(o);
  const text = optString(o, 'text');
  const html = optString(o, 'html');
  if (text !== null && html !== null) throw new ApiError(400, 'give either "text" or "html", not both');
  const body_ = text ?? html;
  if (!body_?.trim()) throw new ApiError(400, 'no article: give a non-empty "text" or "html" field');
  // Without an id, the article is named by what it says and where it is from: posting it again is idempotent.
  const fallbackId = `web-${createHash('sha256').update(JSON.stringify([body_, m.url])).digest('hex').slice(0, 16)}`;
  const source = `api:${m.id ?? fallbackId}`;
  if (html !== null) {
    const r = parseHtml(html, fallbackId, source, m);
    if (!r.ok) throw new ApiError(422, r.error);
    return r.doc;
  }
  return buildDocument(text!, m, fallbackId, source);
}

/** An uploaded .txt or .html file (and optional form fields filling what its header lacks) → a Document. */
export function documentFromFile(name: string, bytes: Uint8Array, fields: ArticleFields): Document {
  const m = meta(fields);
  const lower = name.toLowerCase();
  const kind = /\.(html?|xhtml)$/.test(lower) ? 'html' : /\.txt$/.test(lower) || !/\.[a-z0-9]+$/.test(lower) ? 'txt' : null;
  if (!kind) throw new ApiError(415, `unsupported file type ${JSON.stringify(name.slice(-40))}: upload a .txt or .html article`);
  const base = safeId(name.replace(/^.*[\\/]/, '')) ?? 'upload';
  const r = readBytes(bytes, kind, `upload/${base}`);
  if (!r.ok) throw new ApiError(422, `${name}: ${r.error}`);
  const d = r.doc;
  if (m.id) d.id = m.id;
  d.url ??= clean(m.url);
  d.outlet ??= clean(m.outlet);
  d.published ??= normalizeDate(clean(m.published));
  d.title ??= clean(m.title);
  return d;
}

export interface AddResult {
  id: string;
  status: 'added' | 'replaced' | 'unchanged';
  title: string | null;
  outlet: string | null;
  published: string | null;
  actors: { local: string; name: string; type: string }[];
  events: number;
  quotes: number;
  warnings: string[];
}

const countsKey = (c: Counts) => `${c.articles}/${c.links}/${c.sources}`;

/** What the API needs to add an article: in process (ArticleWriter) or in a worker thread (WorkerWriter). */
export interface Writer {
  add(doc: Document): Promise<AddResult>;
  close?(): Promise<void>;
}

/** Adds articles to the store one at a time, keeping the corpus indexes it resolves against. */
export class ArticleWriter implements Writer {
  private corpus: Corpus | null = null;
  /** The store's counts right after our last write: if they change, someone else wrote, and the indexes are rebuilt. */
  private expected = '';
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly analyze: (d: Document) => ContractAnalysis = (d) => toContract(analyzeDocument(d)),
  ) {}

  add(doc: Document): Promise<AddResult> {
    const run = this.queue.then(() => this.addNow(doc));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Does ahead what the first add would: rebuilds the corpus indexes from the store (seconds on a
   * large store) and loads the language model by analysing one sentence.
   */
  warm(): Promise<void> {
    const run = this.queue.then(async () => {
      await this.ensureCorpus();
      this.analyze(buildDocument('The minister met the president in the capital on Monday.', {}, 'warm-up', 'warm-up'));
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async ensureCorpus(): Promise<Corpus> {
    const now = countsKey(await this.store.counts());
    if (!this.corpus || now !== this.expected) {
      this.corpus = Corpus.fromSnapshot(await this.store.snapshot());
      this.expected = now;
    }
    return this.corpus;
  }

  private async addNow(doc: Document): Promise<AddResult> {
    if (doc.language && doc.language !== 'en') {
      throw new ApiError(422, `the article is written in ${languageName(doc.language)} (${doc.language}), not English: dossier analyses English news`);
    }
    const hash = contentHash(doc);
    const stored = await this.store.articleHash(doc.id);
    let analysis: ContractAnalysis;
    let status: AddResult['status'];
    if (stored === hash) {
      status = 'unchanged';
      analysis = (await this.store.article(doc.id))!.analysis as ContractAnalysis;
    } else {
      const corpus = await this.ensureCorpus();
      try {
        analysis = this.analyze(doc);
      } catch (e) {
        throw new ApiError(422, `analysis failed: ${(e as Error).message}`);
      }
      const bundle = corpus.add({
        id: doc.id, source: doc.source, url: doc.url, outlet: doc.outlet, published: doc.published, title: doc.title, language: doc.language,
        hash, text: doc.text, analysis,
      });
      try {
        await this.store.writeArticle(bundle);
      } catch (e) {
        this.corpus = null; // the in-memory indexes hold an article the store does not: rebuild next time
        throw e;
      }
      this.expected = countsKey(await this.store.counts());
      status = stored === null ? 'added' : 'replaced';
    }
    return {
      id: doc.id,
      status,
      title: doc.title,
      outlet: doc.outlet,
      published: doc.published,
      actors: analysis.actors.map((a) => ({ local: a.id, name: a.name, type: a.type })),
      events: analysis.events.length,
      quotes: analysis.quotes.length,
      warnings: doc.warnings,
    };
  }
}
