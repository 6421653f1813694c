// Page load times of the web UI in chromium over a given store:
//   node dist/e2e/pageload.js --db FILE [--runs 3]
// (a 20,000-article store: node dist/server/load.js --articles 20000 --db FILE).
// Each page is opened afresh (a new tab, so nothing is reused from the last load) and timed from
// navigation to its content being on screen (the page's own ready selector); the median of the
// runs is printed. The server runs in process on a free loopback port over the store; the first
// network load is timed apart, as the server caches the network after it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { openSqliteStore } from '../store/sqlite.js';
import { createApp } from '../server/app.js';
import { withUi } from '../server/static.js';
import { CHROMIUM_ARGS, chromiumPath, ensureUiBuilt } from './harness.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string' } } });
  if (!values.db) {
    process.stderr.write('usage: node dist/e2e/pageload.js --db FILE [--runs 3]\n');
    return 2;
  }
  const exe = chromiumPath();
  if (!exe) {
    process.stderr.write('pageload: no chromium installed (apt-get install -y chromium)\n');
    return 1;
  }
  const runs = Number(values.runs ?? 3);
  const store = openSqliteStore(path.resolve(values.db));
  const app = withUi(createApp(store), ensureUiBuilt());
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const c = await store.counts();
  console.log(`store: ${c.articles} articles, ${c.actors} actors, ${c.events} events, ${c.quotes} quotes`);
  const top = (await store.actors({ limit: 1 }))[0];
  const person = (await store.actors({ type: 'person', limit: 1 }))[0];
  const meeting = (await store.events({ type: 'CONSULT', limit: 1 }))[0];
  const article = (await store.articles()).at(-1)!;
  const pages: [string, string, string][] = [
    ['network, page usable (list and controls; graph still laying out)', '#/network', '.network-page .summary'],
    ['network, all dates, graph drawn', '#/network', '#graph[data-ready="true"]'],
    ['network, one year (2019), graph drawn', '#/network?from=2019&to=2019', '#graph[data-ready="true"]'],
    ['actors list, page 1', '#/actors', '.actors-page table.actors tbody tr'],
    ['actors list, page 100', '#/actors?offset=4950', '.actors-page table.actors tbody tr'],
    [`actor page, most mentioned (${top.name}, ${top.articles} articles)`, `#/actor/${top.id}`, '.actor-page h1'],
    [`actor page, a person (${person.name})`, `#/actor/${person.id}`, '.actor-page h1'],
    ['event page', `#/event/${meeting.id}`, '.event-page .source'],
    ['article view', `#/article/${encodeURIComponent(article.id)}`, '.article-text'],
    ['articles list, page 1', '#/articles', '.articles-page tbody tr'],
    [`timeline, most mentioned`, `#/timeline?actor=${top.id}`, '.timeline-page .year'],
    ['search "meeting"', '#/search?q=meeting', '.search-page .hit'],
  ];
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-pageload-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: exe, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1360, height: 900 } });
  context.setDefaultTimeout(60_000);
  const time = async (hash: string, ready: string): Promise<number> => {
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(`${url}/${hash}`);
    await page.locator(ready).first().waitFor();
    const ms = performance.now() - t0;
    await page.close();
    return ms;
  };
  console.log(`\nmedian of ${runs} loads in headless chromium, navigation to content on screen:`);
  const first = await time('#/network', '#graph[data-ready="true"]');
  console.log(`${'network, first load (server computes and caches the network)'.padEnd(72)} ${first.toFixed(0).padStart(6)} ms`);
  for (const [name, hash, ready] of pages) {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) ms.push(await time(hash, ready));
    ms.sort((a, b) => a - b);
    console.log(`${name.padEnd(72)} ${ms[Math.floor(ms.length / 2)].toFixed(0).padStart(6)} ms`);
  }
  await context.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.close();
  fs.rmSync(profile, { recursive: true, force: true });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`pageload: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
