// A large store for measuring the API and the UI (load.ts, e2e/pageload.ts), built without
// analysing N articles: the sample articles (the dev set or examples/) are ingested once, then
// their stored analyses are written again as new articles through the same Corpus and Store path
// as ingest — each copy with its own id, its dates moved by whole days, and its persons renamed
// into one of 300 families, so the store holds many distinct people, many dated meetings, and
// organizations and places with tens of thousands of links.
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleRow, Store } from '../store/types.js';
import { Corpus } from '../corpus/corpus.js';
import { ingestPaths } from '../corpus/ingest.js';
import type { ContractAnalysis } from '../output/contract.js';
import { repoRoot } from '../eval/devset.js';

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

/** The folder of sample articles the copies are made from: the shared dev set when it is there, else examples/. */
export function defaultSamples(): string {
  const root = repoRoot();
  const dev = path.resolve(root, '../shared/eval/dev');
  return fs.existsSync(dev) ? dev : path.join(root, 'examples');
}

/** Fills `store` up to `n` articles (nothing to do when it holds that many). Returns the seconds it took. */
export async function fillLoadStore(store: Store, n: number, from: string = defaultSamples(), progress?: (have: number) => void): Promise<number> {
  let have = (await store.counts()).articles;
  if (have >= n) return 0;
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
    if (copy % 100 === 0) progress?.(have);
  }
  return (performance.now() - t0) / 1000;
}
