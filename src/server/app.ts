// The HTTP API over the corpus store (Hono). Every route answers JSON; every error is
// `{error: "message"}` with its status: 400 bad parameters, 401 missing or wrong token on a write,
// 404 unknown ids or routes, 413 bodies over the limit, 415 unsupported uploads, 422 articles
// that cannot be analysed. Article text is untrusted: it only ever leaves as JSON strings, and
// every response says `nosniff` and forbids being rendered as a page (CSP default-src 'none').
import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Document } from '../model/types.js';
import type { ContractAnalysis } from '../output/contract.js';
import type { ActorType, PloverType } from '../model/types.js';
import { StoreError, type ActorRow, type Store } from '../store/types.js';
import { ApiError, ACTOR_TYPES, PLOVER_TYPES, dateOrder, dateParam, enumParam, intParam, pageParams, textParam } from './params.js';
import { actorProfile, articleView, eventById, eventSummaries, Names, network, resolveActor, timeline } from './views.js';
import { ArticleWriter, documentFromFile, documentFromJson, type ArticleFields, type Writer } from './ingest.js';
import { OPENAPI } from './openapi.js';

export interface AppOptions {
  /** When set, POST requests need `Authorization: Bearer <token>`. */
  token?: string;
  /** Largest request body in bytes (default 2 MB). */
  maxBodyBytes?: number;
  /** The per-article analysis (defaults to the full pipeline). */
  analyze?: (d: Document) => ContractAnalysis;
  /**
   * Host names the server answers to (the Host header); others get 421. A server on 127.0.0.1 sets
   * this to its loopback names, so that a web page whose own name was re-pointed at 127.0.0.1
   * (DNS rebinding) cannot read or write the store.
   */
  allowedHosts?: string[];
  /** Adds articles (default: in this thread, through ArticleWriter over `store`). */
  writer?: Writer;
}

export const DEFAULT_MAX_BODY = 2 * 1024 * 1024;

/** A page of a list: `next_offset` is null on the last page. */
function page<T>(rows: T[], limit: number, offset: number) {
  const items = rows.slice(offset, offset + limit);
  return { limit, offset, next_offset: rows.length > offset + limit ? offset + limit : null, items };
}

/** A page from rows the store read from `offset` on, one more than `limit` when a next page exists. */
function pageFrom<T>(rows: T[], limit: number, offset: number) {
  return { limit, offset, next_offset: rows.length > limit ? offset + limit : null, items: rows.slice(0, limit) };
}

function size(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${+(n / 1024 / 1024).toFixed(1)} MB`;
}

function sameToken(given: string, want: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(want);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A browser page from another site can send a form POST (multipart needs no CORS preflight):
 * refuse writes whose Origin (or Sec-Fetch-Site) says they come from another site. Clients
 * that send neither (curl, scripts) are not browsers and pass.
 */
function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    if ((origin !== undefined && origin !== new URL(c.req.url).origin) || site === 'cross-site' || site === 'same-site') {
      throw new ApiError(403, `refused: a write sent by a page of another origin (${origin ?? `Sec-Fetch-Site: ${site}`}); add articles from this server's own page, or from a script (which sends no Origin)`);
    }
    await next();
  };
}

function hostName(h: string): string {
  return h.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

/** Writes need the token when one is configured. */
function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token) {
      const h = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
      if (!m) {
        c.header('WWW-Authenticate', 'Bearer realm="dossier"');
        throw new ApiError(401, 'this server needs a token to add articles: send "Authorization: Bearer <token>" (the DOSSIER_TOKEN it was started with)');
      }
      if (!sameToken(m[1], token)) {
        c.header('WWW-Authenticate', 'Bearer realm="dossier", error="invalid_token"');
        throw new ApiError(401, 'wrong token: the Authorization header does not carry the token this server was started with');
      }
    }
    await next();
  };
}

export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const app = new Hono();
  // Views that read much of the store (the network, the article list, big actors' pages, timelines, searches)
  // are cached while the store's counts stay the same: a write through this server or any other
  // process (dossier ingest) changes them, and the next request builds the view again.
  // The promise is kept, so that requests arriving while a view is built wait for that build.
  const cache = new Map<string, Promise<unknown>>();
  let cacheKey = '';
  const cached = async <T>(key: string, build: () => Promise<T>): Promise<T> => {
    const now = JSON.stringify(await store.counts());
    if (now !== cacheKey) {
      cache.clear();
      cacheKey = now;
    }
    let p = cache.get(key);
    if (!p) {
      if (cache.size >= 200) cache.delete(cache.keys().next().value!);
      p = build();
      cache.set(key, p);
      p.catch(() => cache.get(key) === p && cache.delete(key));
    }
    return p as Promise<T>;
  };
  const writer = opts.writer ?? new ArticleWriter(store, opts.analyze);

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
  });

  if (opts.allowedHosts) {
    const allowed = new Set(opts.allowedHosts.map((h) => h.toLowerCase()));
    app.use('*', async (c, next) => {
      const host = hostName(c.req.header('host') ?? new URL(c.req.url).host);
      if (!allowed.has(host)) throw new ApiError(421, `this server answers to ${[...allowed].join(', ')}, not to ${JSON.stringify(host.slice(0, 80))}`);
      await next();
    });
  }

  app.onError((e, c) => {
    if (e instanceof ApiError) return c.json({ error: e.message }, e.status);
    if (e instanceof StoreError) return c.json({ error: e.message }, 503);
    process.stderr.write(`dossier serve: ${c.req.method} ${c.req.path}: ${(e as Error).stack ?? e}\n`);
    return c.json({ error: 'internal error: the server failed on this request (see its log)' }, 500);
  });
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path} (see /api/openapi.json)` }, 404));

  const q = (c: Context) => (k: string) => c.req.query(k);

  app.get('/api/openapi.json', (c) => c.json(OPENAPI));

  // The span of event dates, for a date-range control.
  const extent = () =>
    cached('extent', async () => {
      const dated = (await store.events()).filter((e) => e.date);
      return { first: dated[0]?.date ?? null, last: dated.reduce<string | null>((m, e) => (!m || e.date! > m ? e.date : m), null) };
    });
  app.get('/api/stats', async (c) => c.json({ store: { schema: store.schemaVersion }, counts: await store.counts(), events: await extent() }));

  app.get('/api/actors', async (c) => {
    const type = enumParam<ActorType>('type', c.req.query('type'), ACTOR_TYPES, (s) => s.toLowerCase());
    const search = textParam('search', c.req.query('search'));
    const { limit, offset } = pageParams(q(c));
    const p = pageFrom(await store.actors({ type, search, limit: limit + 1, offset }), limit, offset);
    return c.json({ ...p, items: p.items.map((a) => ({ ...a, aliases: a.names.filter((n) => n !== a.name) })) });
  });

  app.get('/api/actors/:id', async (c) => {
    const a = await store.actor(c.req.param('id'));
    if (!a) throw new ApiError(404, `no actor with id ${JSON.stringify(c.req.param('id').slice(0, 80))}`);
    return c.json(await cached(`actor ${a.id}`, () => actorProfile(store, a, new Names(store))));
  });

  app.get('/api/events', async (c) => {
    const type = enumParam<PloverType>('type', c.req.query('type'), PLOVER_TYPES, (s) => s.toUpperCase());
    const from = dateParam('from', c.req.query('from'));
    const to = dateParam('to', c.req.query('to'));
    dateOrder(from, to);
    const { limit, offset } = pageParams(q(c));
    const actorParams = (c.req.queries('actor') ?? []).map((a) => textParam('actor', a, true)!);
    if (actorParams.length > 5) throw new ApiError(400, 'actor can be given at most 5 times');
    const actors = [];
    for (const a of actorParams) actors.push(await resolveActor(store, a));
    const p = pageFrom(await store.events({ type, actors: actors.map((a) => a.id), from, to, limit: limit + 1, offset }), limit, offset);
    return c.json({ ...p, actors: actors.map((a) => ({ id: a.id, name: a.name })), items: await eventSummaries(store, p.items, new Names(store)) });
  });

  app.get('/api/events/:id', async (c) => c.json(await eventById(store, c.req.param('id'), new Names(store))));

  app.get('/api/quotes', async (c) => {
    const speakerParam = textParam('speaker', c.req.query('speaker'));
    const search = textParam('search', c.req.query('search'));
    const { limit, offset } = pageParams(q(c));
    const speaker = speakerParam ? await resolveActor(store, speakerParam, 'speaker') : null;
    const p = pageFrom(await store.quotes({ speakers: speaker ? [speaker.id] : undefined, search, limit: limit + 1, offset }), limit, offset);
    const names = new Names(store);
    const items = [];
    for (const r of p.items) items.push({ ...r, speaker_canonical: r.speaker ? (await names.ref(r.speaker)).name : null });
    return c.json({ ...p, speaker: speaker ? { id: speaker.id, name: speaker.name } : null, items });
  });

  app.get('/api/articles', async (c) => {
    const { limit, offset } = pageParams(q(c));
    // Newest first: the Store lists articles oldest first.
    const all = await cached('articles', async () => (await store.articles()).reverse());
    const p = page(all, limit, offset);
    return c.json({ ...p, total: all.length, items: p.items.map(({ hash: _hash, ...m }) => m) });
  });

  app.get('/api/articles/:id', async (c) => c.json(await articleView(store, c.req.param('id'))));

  app.get('/api/timeline', async (c) => {
    const limit = intParam('limit', c.req.query('limit'), 500, 1, 2000);
    const params = (c.req.queries('actor') ?? []).map((a) => textParam('actor', a, true)!);
    if (params.length < 1 || params.length > 2) throw new ApiError(400, 'give one actor, or two for a relationship: /api/timeline?actor=ID&actor=ID');
    const actors: ActorRow[] = [];
    for (const a of params) actors.push(await resolveActor(store, a));
    return c.json(await cached(`timeline ${limit} ${actors.map((a) => a.id).join(' ')}`, () => timeline(store, actors, new Names(store), limit)));
  });

  app.get('/api/search', async (c) => {
    const limit = intParam('limit', c.req.query('limit'), 20, 1, 200);
    const text = textParam('q', c.req.query('q'), true)!;
    // Ranking every match of a common word costs a few hundred ms on 20,000 articles: kept like the other views.
    return c.json(
      await cached(`search ${limit} ${text}`, async () => {
        const names = new Names(store);
        const items = [];
        for (const h of await store.search(text, limit)) items.push({ ...h, speaker_name: h.speaker ? (await names.ref(h.speaker)).name : null });
        return { q: text, items };
      }),
    );
  });

  app.get('/api/network', async (c) => {
    const from = dateParam('from', c.req.query('from'));
    const to = dateParam('to', c.req.query('to'));
    dateOrder(from, to);
    const edges = intParam('edges', c.req.query('edges'), 300, 1, 2000);
    const nodes = intParam('nodes', c.req.query('nodes'), 150, 1, 1000);
    return c.json(await cached(`network ${JSON.stringify([from, to, edges, nodes])}`, () => network(store, { from, to, edges, nodes }, new Names(store))));
  });

  app.post(
    '/api/articles',
    sameOriginWrites(),
    requireToken(opts.token),
    bodyLimit({
      maxSize: maxBody,
      onError: () => {
        throw new ApiError(413, `the request body is over the limit of ${size(maxBody)}: send one article at a time`);
      },
    }),
    async (c) => {
      const type = (c.req.header('content-type') ?? '').toLowerCase();
      let doc: Document;
      if (type.startsWith('application/json')) {
        let body: unknown;
        try {
          body = await c.req.json();
        } catch (e) {
          if (e instanceof ApiError) throw e;
          throw new ApiError(400, `the body is not valid JSON (${(e as Error).message.split('\n')[0]})`);
        }
        doc = documentFromJson(body);
      } else if (type.startsWith('multipart/form-data')) {
        let form: Record<string, string | File | (string | File)[]>;
        try {
          form = await c.req.parseBody({ all: true });
        } catch (e) {
          if (e instanceof ApiError) throw e;
          throw new ApiError(400, `the multipart body cannot be read (${(e as Error).message.split('\n')[0]})`);
        }
        const file = form.file;
        if (!(file instanceof File)) throw new ApiError(400, 'the form needs one file in a field named "file" (a .txt or .html article)');
        const fields: ArticleFields = {};
        for (const k of ['url', 'outlet', 'published', 'title', 'id'] as const) {
          const v = form[k];
          if (v !== undefined) fields[k] = typeof v === 'string' ? v : (undefined as never);
          if (v !== undefined && typeof v !== 'string') throw new ApiError(400, `form field "${k}" must be text`);
        }
        doc = documentFromFile(file.name, new Uint8Array(await file.arrayBuffer()), fields);
      } else {
        throw new ApiError(415, 'send the article as application/json ({"text"|"html", "url", "outlet", "published", "title"}) or as multipart/form-data with a "file"');
      }
      const r = await writer.add(doc);
      if (r.status !== 'unchanged') cache.clear();
      return c.json(r, r.status === 'added' ? 201 : 200);
    },
  );

  return app;
}
