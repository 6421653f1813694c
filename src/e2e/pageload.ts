// Page load times of the web UI in a real browser (Debian's chromium) over a large store:
//   node dist/e2e/pageload.js [--articles 20000] [--db FILE] [--runs 5] [--rounds 3]
// With --articles (the default when no --db is given: 20,000 in a temporary store) the store is
// built or topped up as dist/server/load.js builds it; with --db alone the store is used as it is.
//
// The store is served by `dossier serve` itself (startServer: the API, the UI, the warm-up it
// does at start) on a free loopback port; timing starts once its article writer has loaded the
// corpus indexes, so that work does not compete with the pages. Each page is timed twice over:
//   first  — a fresh browser context (no cached scripts or styles), the first request for that
//            page since the server started (so the server builds and caches its view then,
//            except the network and article list, which dossier serve builds at start);
//   repeat — the median of --runs more loads in new tabs of the same context.
// This is done --rounds times, each with a server started afresh, and the median of the rounds
// printed with their range: on a shared machine one round can be far off.
// Time is the page's own clock (performance.now(), zero at navigation start) at the first frame
// in which the page's content is on screen (its ready selector matches). A benchmark, not a test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { openSqliteStore } from '../store/sqlite.js';
import { startServer } from '../server/serve.js';
import { defaultSamples, fillLoadStore } from '../server/load-store.js';
import { CHROMIUM_ARGS, chromiumPath, ensureUiBuilt } from './harness.js';

interface PageSpec {
  name: string;
  hash: string;
  /** Matches once the page shows its content. */
  ready: string;
}

/** Loads `hash` in a new tab of `context` and returns the page's time to `ready`, in ms. */
async function load(context: Awaited<ReturnType<Browser['newContext']>>, url: string, spec: PageSpec): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`${url}/${spec.hash}`, { waitUntil: 'commit' });
    // Runs in the page (the project's tsconfig has no DOM types, hence the cast; the UI's CSP forbids eval of a string).
    const ready = (sel: string) => ((globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector(sel) ? performance.now() : 0);
    const h = await page.waitForFunction(ready, spec.ready, { polling: 'raf', timeout: 120_000 });
    return (await h.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, articles: { type: 'string' }, runs: { type: 'string' }, rounds: { type: 'string' }, from: { type: 'string' } } });
  const exe = chromiumPath();
  if (!exe) {
    process.stderr.write('pageload: no chromium installed (apt-get install -y chromium)\n');
    return 1;
  }
  const runs = Number(values.runs ?? 5);
  const rounds = Number(values.rounds ?? 3);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(rounds) || rounds < 1) {
    process.stderr.write('usage: node dist/e2e/pageload.js [--articles N] [--db FILE] [--runs N] [--rounds N]\n');
    return 2;
  }
  const tmp = values.db ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-pageload-'));
  const db = path.resolve(values.db ?? path.join(tmp!, 'load.db'));
  ensureUiBuilt();

  // Build (or top up) the store, then pick the pages to open from what it holds.
  const store = openSqliteStore(db);
  const want = values.articles ?? (values.db ? undefined : '20000');
  if (want) {
    const s = await fillLoadStore(store, Number(want), values.from ?? defaultSamples(), (n) => process.stderr.write(`\r${n} articles…`));
    if (s) process.stderr.write(`\rbuilt ${db} in ${s.toFixed(0)} s\n`);
  }
  const c = await store.counts();
  const top = (await store.actors({ limit: 1 }))[0];
  const person = (await store.actors({ type: 'person', limit: 1 }))[0];
  const events = await store.events();
  const busiest = events.reduce((b, e) => (e.sources > b.sources ? e : b), events[0]);
  const pair = busiest.participants.slice(0, 2);
  const article = (await store.articles()).at(-1)!;
  const actorPages = Math.ceil(c.actors / 50);
  await store.close();

  const pages: PageSpec[] = [
    { name: 'network, page usable (list, controls)', hash: '#/network', ready: '.network-page .node-list li' },
    { name: 'network, all dates, graph drawn', hash: '#/network', ready: '#graph[data-ready="true"]' },
    { name: 'network, one year (2019), graph drawn', hash: '#/network?from=2019&to=2019', ready: '#graph[data-ready="true"]' },
    { name: 'actors list, page 1', hash: '#/actors', ready: '.actors-page table.actors tbody tr' },
    { name: `actors list, page ${Math.min(100, actorPages)}`, hash: `#/actors?offset=${(Math.min(100, actorPages) - 1) * 50}`, ready: '.actors-page table.actors tbody tr' },
    { name: `actor page, most mentioned (${top.articles} articles)`, hash: `#/actor/${top.id}`, ready: '.actor-page h1' },
    { name: 'actor page, a person', hash: `#/actor/${person.id}`, ready: '.actor-page h1' },
    { name: `event page, most reported (${busiest.sources} reports)`, hash: `#/event/${busiest.id}`, ready: '.event-page .source' },
    { name: 'article view', hash: `#/article/${encodeURIComponent(article.id)}`, ready: '.article-text .ent' },
    { name: 'articles list, page 1', hash: '#/articles', ready: '.articles-page tbody tr' },
    { name: 'timeline, most mentioned actor', hash: `#/timeline?actor=${top.id}`, ready: '.timeline-page .year' },
    { name: 'timeline, a pair', hash: `#/timeline?${pair.map((a) => `actor=${a}`).join('&')}`, ready: '.timeline-page .year' },
    { name: 'search "meeting"', hash: '#/search?q=meeting', ready: '.search-page .hit' },
  ];

  const quiet = { write: () => true } as unknown as NodeJS.WritableStream;
  const browser = await chromium.launch({ executablePath: exe, headless: true, args: CHROMIUM_ARGS });
  // first[page][round], and each round's median of repeat loads.
  const first: number[][] = pages.map(() => []);
  const repeat: number[][] = pages.map(() => []);
  try {
    console.log(`store: ${c.articles} articles, ${c.actors} actors, ${c.events} events, ${c.quotes} quotes`);
    for (let round = 0; round < rounds; round++) {
      // A new server each round, so that each round's first visits find nothing built.
      const t0 = performance.now();
      const server = await startServer({ db, port: '0' }, { out: quiet, err: process.stderr });
      try {
        const warm = await server.writer?.warmed;
        process.stderr.write(`round ${round + 1}/${rounds}: server ready after ${((performance.now() - t0) / 1000).toFixed(1)} s${warm && 'error' in warm ? ` (writer: ${warm.error})` : ''}, load average ${os.loadavg()[0].toFixed(1)}\n`);
        for (const [i, spec] of pages.entries()) {
          const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
          try {
            first[i].push(await load(context, server.url, spec));
            const again: number[] = [];
            for (let r = 0; r < runs; r++) again.push(await load(context, server.url, spec));
            repeat[i].push(median(again));
          } finally {
            await context.close();
          }
        }
      } finally {
        await server.close();
      }
    }
    const range = (xs: number[]) => (xs.length > 1 ? `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}` : '');
    console.log(`\nheadless chromium, ms from navigation to the page's content on screen; median over ${rounds} round(s) [range]`);
    console.log(`${'PAGE'.padEnd(46)}  FIRST ${''.padEnd(11)} REPEAT (median of ${runs} per round)`);
    for (const [i, spec] of pages.entries()) {
      console.log(`${spec.name.padEnd(46)} ${median(first[i]).toFixed(0).padStart(6)} ${range(first[i]).padEnd(11)} ${median(repeat[i]).toFixed(0).padStart(6)} ${range(repeat[i])}`);
    }
  } finally {
    await browser.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`pageload: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
