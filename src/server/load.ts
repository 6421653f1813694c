// How fast the API answers on a large store: `node dist/server/load.js [--articles 20000] [--db FILE] [--from DIR]`.
//
// Builds (or tops up) a store of N articles from copies of the sample articles (load-store.ts),
// then requests each route in process (Hono's app.request) and prints the first (uncached) time
// and the median of four more. The UI's page load times over such a store: e2e/pageload.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openSqliteStore } from '../store/sqlite.js';
import { createApp } from './app.js';
import { defaultSamples, fillLoadStore } from './load-store.js';

/** The first request (nothing cached) and the median of the next four. */
async function time(run: () => Promise<Response>): Promise<{ first: number; then: number; status: number; bytes: number }> {
  const ms: number[] = [];
  let status = 0;
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = await run();
    const body = await r.arrayBuffer();
    ms.push(performance.now() - t0);
    status = r.status;
    bytes = body.byteLength;
  }
  const rest = ms.slice(1).sort((a, b) => a - b);
  return { first: ms[0], then: (rest[1] + rest[2]) / 2, status, bytes };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, db: { type: 'string' }, from: { type: 'string' } } });
  const n = Number(values.articles ?? 20000);
  const db = values.db ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-load-')), 'load.db');
  const store = openSqliteStore(db);
  const built = await fillLoadStore(store, n, values.from ?? defaultSamples(), (have) => process.stderr.write(`\r${have} articles…`));
  if (built) process.stderr.write(`\rbuilt ${db} in ${built.toFixed(0)} s\n`);
  const c = await store.counts();
  console.log(`store: ${c.articles} articles, ${c.actors} actors, ${c.links} links, ${c.events} events, ${c.sources} reports, ${c.quotes} quotes`);
  const app = createApp(store);
  const top = (await store.actors({ limit: 1 }))[0];
  const person = (await store.actors({ type: 'person', limit: 1 }))[0];
  const meeting = (await store.events({ type: 'CONSULT', from: '2019', limit: 1 }))[0];
  const art = (await store.articles()).at(-1)!;
  const routes: [string, string][] = [
    ['network (all dates)', '/api/network'],
    ['network (one year)', '/api/network?from=2019&to=2019'],
    ['timeline of a pair', `/api/timeline?actor=${top.id}&actor=${person.id}`],
    ['actors, page 1', '/api/actors?limit=50'],
    ['actors, page 100', '/api/actors?limit=50&offset=4950'],
    ['actors, search', '/api/actors?search=haniyeh'],
    [`actor page: most mentioned (${top.name}, ${top.articles} articles)`, `/api/actors/${top.id}`],
    [`actor page: a person (${person.name})`, `/api/actors/${person.id}`],
    ['events, page 1', '/api/events?limit=50'],
    ['events, one year', '/api/events?from=2019&to=2019&limit=50'],
    ['events of the most mentioned', `/api/events?actor=${top.id}&limit=50`],
    ['event page', `/api/events/${meeting?.id ?? 'E1'}`],
    ['quotes, page 1', '/api/quotes?limit=50'],
    ['quotes, search', '/api/quotes?search=resistance&limit=50'],
    ['articles, page 1', '/api/articles?limit=50'],
    ['article view', `/api/articles/${encodeURIComponent(art.id)}`],
    ['timeline of the most mentioned', `/api/timeline?actor=${top.id}`],
    ['search', '/api/search?q=meeting'],
  ];
  console.log(`\nin-process requests: the first (nothing cached), then the median of four more\n${'ROUTE'.padEnd(64)}  FIRST    THEN  STATUS  SIZE`);
  for (const [name, url] of routes) {
    const r = await time(() => Promise.resolve(app.request(url)));
    console.log(`${name.padEnd(64)} ${r.first.toFixed(0).padStart(5)} ms ${r.then.toFixed(0).padStart(4)} ms  ${String(r.status).padStart(6)}  ${(r.bytes / 1024).toFixed(0)} KB`);
  }
  await store.close();
}

main().catch((e) => {
  process.stderr.write(`load: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
