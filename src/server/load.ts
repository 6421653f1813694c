// How fast the API answers on a large store: `node dist/server/load.js [--articles 20000] [--db FILE] [--from DIR]`.
//
// Builds a store of N articles without analysing N articles: the sample articles (the dev set or
// examples/) are ingested once, then their stored analyses are written again as new articles
// through the same Corpus and Store path as ingest — each copy with its own id, its dates moved by
// whole days, and its persons renamed into one of 300 families, so the store holds many distinct
// people, many dated meetings, and organizations and places with tens of thousands of links.
// Then each route is requested in process (Hono's app.request) and its median time printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../store/sqlite.js';
import type { ArticleRow } from '../store/types.js';
import { Corpus } from '../corpus/corpus.js';
import { ingestPaths } from '../corpus/ingest.js';
import type { ContractAnalysis } from '../output/contract.js';
import { createApp } from './app.js';

const FAMILY = ['Abadi', 'Baran', 'Casto', 'Dorne', 'Esker', 'Falun', 'Gorin', 'Hadar', 'Istra', 'Jovan', 'Kerem', 'Lumis', 'Morav', 'Nadir', 'Orsat'];
const GIVEN = ['Ari', 'Bel', 'Cai', 'Dov', 'Eli', 'Fen', 'Gil', 'Hal', 'Ivo', 'Jon', 'Kai', 'Lev', 'Max', 'Ned', 'Oz', 'Pim', 'Quin', 'Rex', 'Sol', 'Tal'];

function shiftDate(d: string | null | undefined, days: number): string | null {
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return d ?? null;
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** A copy of a stored article: new id, dates moved, persons renamed into family `copy % 300`. */
function copyOf(a: ArticleRow, copy: number): ArticleRow & { analysis: ContractAnalysis } {
  const an = structuredClone(a.analysis) as ContractAnalysis;
  const days = (copy * 7) % 3650;
  // The family goes into the surname ("Haniyeh-Jonkerem"), so that copies are different people.
  const tag = `${GIVEN[copy % GIVEN.length]}${FAMILY[Math.floor(copy / GIVEN.length) % FAMILY.length].toLowerCase()}`;
  for (const x of an.actors) {
    if (x.type !== 'person') continue;
    x.name = `${x.name}-${tag}`;
    x.aliases = (x.aliases ?? []).map((n) => `${n}-${tag}`);
  }
  for (const e of an.events) e.date = shiftDate(e.date, days);
  return { ...a, id: `${a.id}~${copy}`, source: `${a.source}~${copy}`, published: shiftDate(a.published, days) ?? `20${10 + (copy % 10)}-01-01`, hash: `load-${copy}`, analysis: an };
}

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
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const { values } = parseArgs({ options: { articles: { type: 'string' }, db: { type: 'string' }, from: { type: 'string' } } });
  const n = Number(values.articles ?? 20000);
  const dev = path.resolve(root, '../shared/eval/dev');
  const from = values.from ?? (fs.existsSync(dev) ? dev : path.join(root, 'examples'));
  const db = values.db ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-load-')), 'load.db');
  const store = openSqliteStore(db);
  let have = (await store.counts()).articles;
  if (have < n) {
    const t0 = performance.now();
    await ingestPaths(store, [from]);
    const seeds: ArticleRow[] = [];
    for (const m of await store.articles()) if (!m.id.includes('~')) seeds.push((await store.article(m.id))!);
    const corpus = Corpus.fromSnapshot(await store.snapshot());
    have = (await store.counts()).articles;
    for (let copy = 1; have < n; copy++) {
      for (const s of seeds) {
        if (have >= n) break;
        const a = copyOf(s, copy);
        if ((await store.articleHash(a.id)) !== null) continue;
        await store.writeArticle(corpus.add(a));
        have++;
      }
      if (copy % 100 === 0) process.stderr.write(`\r${have} articles…`);
    }
    process.stderr.write(`\rbuilt ${db} in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  }
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
