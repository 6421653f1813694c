// npm run bench:corpus — the corpus layer at scale.
//
// The sample articles are analyzed once with the real pipeline; the corpus is then built from
// their analyses, varied: every copy gets other people (drawn from a pool of generated names,
// some written in another transliteration), another outlet and other dates. Copies come in
// "stories" of three outlets reporting the same meeting on the same day, so event merging has
// real work to do. Measured:
// - ingest throughput into the store (cross-article resolution + one SQLite transaction each),
// - cross-article merge time after 2,000 and after 20,000 articles, and their ratio
//   (near-linear growth gives a ratio near 10; per-article cost near 1×),
// - query latency on the full corpus (median of repeated runs),
// - the time to reload the corpus indexes from the store (what each `ingest` run pays first).
// Usage: node dist/bench/corpus-bench.js [--articles N] [--db FILE] [--merge-only]
// Measured here (2 shared CPUs, 20,000 articles, 1 min 23 s): merge 1.2 ms CPU and store write
// 2.1 ms CPU per article, 300 articles per CPU-second; merge CPU 2.5 s after 2,000 and 24.6 s
// after 20,000 (ratio 9.8); reloading the corpus from saved states 3 s CPU. On a busy machine the
// per-article merge cost can creep up with garbage collection (--max-semi-space-size=64 flattens it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { ContractAnalysis } from '../output/contract.js';
import { toContract } from '../output/contract.js';
import { analyzeDocument } from '../pipeline/run.js';
import { openSqliteStore } from '../store/sqlite.js';
import { Corpus, type ArticleInput } from '../corpus/corpus.js';
import { parsePerson } from '../corpus/names.js';
import { loadSamples, readSample, sampleDir } from './corpus.js';
import { sharedEvalDir } from '../eval/devset.js';

const { values } = parseArgs({ options: { articles: { type: 'string' }, db: { type: 'string' }, 'merge-only': { type: 'boolean' } } });
const N = Number(values.articles ?? 20_000);
const CHECK = Math.min(2_000, N);

interface Template {
  analysis: ContractAnalysis;
  text: string;
  published: string;
}

// A pool of generated people: given names and surnames from syllables, so the blocking keys are
// as varied as real names. About one person per four articles: people recur across articles.
const C = ['b', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'r', 's', 't', 'z', 'sh', 'kh', 'q', 'w'];
const V = ['a', 'e', 'i', 'o', 'u', 'ou', 'ai'];
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
function word(r: () => number, syl: number): string {
  let w = '';
  for (let i = 0; i < syl; i++) w += C[Math.floor(r() * C.length)] + V[Math.floor(r() * V.length)];
  return cap(w + (r() < 0.5 ? C[Math.floor(r() * C.length)] : ''));
}
const POOL = Math.max(500, Math.floor(N / 4));
const r0 = rng(42);
const FIRSTS = Array.from({ length: 300 }, () => word(r0, 2));
const PEOPLE = Array.from({ length: POOL }, () => ({ first: FIRSTS[Math.floor(r0() * FIRSTS.length)], last: (r0() < 0.3 ? 'al-' : '') + word(r0, 3) }));
const OUTLETS = Array.from({ length: 60 }, (_, i) => `Outlet ${i + 1}`);

/** Another transliteration of a surname, as another outlet would write it. */
function variant(last: string): string {
  return last.includes('ou') ? last.replace('ou', 'u') : last.includes('u') ? last.replace('u', 'ou') : last.replace(/i(?!.*i)/, 'ee');
}

function addDays(d: string, n: number): string {
  return new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Copy `i` of a template: other people, outlet and dates; offsets recomputed in the new text. */
function vary(t: Template, i: number): ArticleInput {
  const story = Math.floor(i / 3);
  const r = rng(story * 7919 + 1);
  const published = addDays('2012-01-01', Math.floor(r() * 4000));
  const persons = t.analysis.actors.filter((a) => a.type === 'person');
  const map = new Map<string, string>();
  const newName = new Map<string, { name: string; aliases: string[] }>();
  persons.forEach((a, k) => {
    const p = PEOPLE[Math.floor(rng(story * 131 + k)() * PEOPLE.length)];
    const last = i % 10 === 9 ? variant(p.last) : p.last;
    const full = `${p.first} ${last}`;
    const oldLast = parsePerson(a.name)?.words.at(-1);
    const aliases: string[] = [];
    for (const n of [a.name, ...a.aliases]) {
      const isSurname = !parsePerson(n)?.first;
      const to = isSurname ? last : full;
      if (!map.has(n)) map.set(n, to);
      if (n !== a.name && !aliases.includes(to)) aliases.push(to);
    }
    if (oldLast && !map.has(oldLast)) map.set(oldLast, last);
    newName.set(a.id, { name: full, aliases: aliases.filter((x) => x !== full) });
  });
  const olds = [...map.keys()].filter((k) => k.length > 2).sort((a, b) => b.length - a.length);
  const text = olds.length ? t.text.replace(new RegExp(olds.map(escapeRe).join('|'), 'g'), (m) => map.get(m) ?? m) : t.text;
  const find = (s: string) => {
    const out: { start: number; end: number }[] = [];
    for (let k = text.indexOf(s); k >= 0 && out.length < 50; k = text.indexOf(s, k + 1)) out.push({ start: k, end: k + s.length });
    return out;
  };
  const actors = t.analysis.actors.map((a) => {
    const nn = newName.get(a.id);
    if (!nn) return a;
    return {
      ...a,
      name: nn.name,
      aliases: nn.aliases,
      mentions: [nn.name, ...nn.aliases].flatMap(find).map((m) => ({ ...m, text: text.slice(m.start, m.end), kind: 'name' as const, rule: 'bench' })),
    };
  });
  // The story's meeting: the first two persons, the day before publication; each outlet words it its own way.
  // The template's own events move with the copy's dates.
  const shift = Math.round((Date.parse(published) - Date.parse(t.published)) / 86_400_000);
  const move = (d: string | null) => {
    if (!d) return d;
    const moved = addDays(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d, shift);
    return moved.slice(0, d.length);
  };
  const events = t.analysis.events.map((e) => ({ ...e, date: move(e.date) }));
  if (persons.length >= 2) {
    const ev = find(newName.get(persons[0].id)!.name)[0] ?? { start: 0, end: Math.min(80, text.length) };
    events.push({
      id: `bench-e${events.length + 1}`, type: 'CONSULT', mode: 'meet', participants: [persons[0].id, persons[1].id], source: null, targets: [],
      location: 'Tehran', date: addDays(published, -1), date_text: 'on Monday', context: 'actual', evidence: { start: ev.start, end: Math.min(text.length, ev.end + 120) },
      trigger: { start: ev.start, end: ev.end, text: 'met' }, rule: 'bench',
    });
  }
  const quotes = t.analysis.quotes.map((q) => {
    const at = text.indexOf(q.text);
    return at >= 0 ? { ...q, span: { start: at, end: at + q.text.length } } : q;
  });
  const analysis = { ...t.analysis, id: `bench-${i}`, actors, events, quotes } as ContractAnalysis;
  return { id: `bench-${i}`, source: `bench/${i}`, url: `https://example.org/${i}`, outlet: OUTLETS[i % OUTLETS.length], published, title: `copy ${i}`, language: 'en', hash: `h${i}`, text, analysis };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeQuery(label: string, f: () => Promise<unknown>, runs = 7): Promise<{ query: string; ms: number; rows: number }> {
  const ts: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await f();
    ts.push(performance.now() - t0);
    rows = Array.isArray(r) ? r.length : 1;
  }
  return { query: label, ms: median(ts), rows };
}

async function main(): Promise<void> {
  // The dev set has more topics than examples/ (which is all about Iran and Hamas): fewer artificial hot spots.
  const shared = sharedEvalDir();
  const dir = shared && fs.existsSync(path.join(shared, 'dev')) ? path.join(shared, 'dev') : sampleDir();
  if (!dir) throw new Error('no sample articles (examples/ or ../shared/eval/dev)');
  const samples = loadSamples(dir);
  const t0 = performance.now();
  const templates: Template[] = samples.map((s) => {
    const doc = readSample(s);
    return { analysis: toContract(analyzeDocument(doc)), text: doc.text, published: doc.published ?? '2019-07-23' };
  });
  const analyzeMs = performance.now() - t0;
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs: wall times stretch when the machine is shared; CPU times do not`);
  console.log(`samples: ${templates.length} articles from ${dir}, analyzed once in ${(analyzeMs / 1000).toFixed(1)} s (includes loading the language model)`);

  const file = values.db ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-')), 'bench.db');
  const store = openSqliteStore(file);
  const corpus = Corpus.empty({ remember: false });
  let mergeMs = 0;
  let writeMs = 0;
  let merge2k = 0;
  let write2k = 0;
  let lastWindow = 0;
  let firstWindow = 0;
  // CPU time of the merge as well as wall time: the machine may be shared, and CPU time is what the algorithm costs.
  let mergeCpu = 0;
  let writeCpu = 0;
  let write2kCpu = 0;
  let merge2kCpu = 0;
  let firstCpu = 0;
  let lastCpu = 0;
  const tStart = performance.now();
  for (let i = 0; i < N; i++) {
    const art = vary(templates[i % templates.length], i);
    const a = performance.now();
    const ca = process.cpuUsage();
    const bundle = corpus.add(art);
    const cb = process.cpuUsage(ca);
    const b = performance.now();
    const cpu = (cb.user + cb.system) / 1000;
    mergeCpu += cpu;
    if (i < CHECK) firstCpu += cpu;
    if (i >= N - CHECK) lastCpu += cpu;
    if (i + 1 === CHECK) merge2kCpu = mergeCpu;
    const cw = process.cpuUsage();
    if (!values['merge-only']) await store.writeArticle(bundle);
    const cwd = process.cpuUsage(cw);
    writeCpu += (cwd.user + cwd.system) / 1000;
    if (i + 1 === CHECK) write2kCpu = writeCpu;
    const c = performance.now();
    mergeMs += b - a;
    writeMs += c - b;
    if (i < CHECK) firstWindow += b - a;
    if (i >= N - CHECK) lastWindow += b - a;
    if (i + 1 === CHECK) [merge2k, write2k] = [mergeMs, writeMs];
    if ((i + 1) % (values['merge-only'] ? 1000 : 5000) === 0) console.log(`  ${i + 1} articles: ${((c - tStart) / 1000).toFixed(1)} s`);
  }
  const total = (performance.now() - tStart) / 1000;
  const counts = await store.counts();
  console.log(`\ningest of ${N} articles into ${file}: ${total.toFixed(1)} s, ${(N / total).toFixed(0)} articles/s (merge ${(mergeMs / 1000).toFixed(1)} s, store writes ${(writeMs / 1000).toFixed(1)} s)`);
  console.log(`corpus: ${counts.actors} canonical actors from ${counts.links} article-level actors, ${counts.events} events from ${counts.sources} reports, ${counts.quotes} quotes, ${counts.labels} labels; db ${(fs.statSync(file).size / 1e6).toFixed(0)} MB`);
  console.log(`\ncross-article merge time: ${(merge2k / 1000).toFixed(2)} s after ${CHECK} articles, ${(mergeMs / 1000).toFixed(2)} s after ${N}`);
  console.log(`  wall: ratio ${(mergeMs / merge2k).toFixed(1)} for ${(N / CHECK).toFixed(0)}× the articles (linear = ${(N / CHECK).toFixed(0)}); per-article cost, last ${CHECK} vs first ${CHECK}: ${(lastWindow / firstWindow).toFixed(2)}×`);
  console.log(`  CPU:  ${(merge2kCpu / 1000).toFixed(2)} s → ${(mergeCpu / 1000).toFixed(2)} s, ratio ${(mergeCpu / merge2kCpu).toFixed(1)} (linear = ${(N / CHECK).toFixed(0)}); per-article cost, last ${CHECK} vs first ${CHECK}: ${(lastCpu / firstCpu).toFixed(2)}×; ${(mergeCpu / N).toFixed(2)} ms CPU per article`);
  console.log(`  store writes: wall ${(write2k / 1000).toFixed(2)} s after ${CHECK}, ${(writeMs / 1000).toFixed(2)} s after ${N} (ratio ${(writeMs / write2k).toFixed(1)}); CPU ${(write2kCpu / 1000).toFixed(2)} s → ${(writeCpu / 1000).toFixed(2)} s (ratio ${(writeCpu / write2kCpu).toFixed(1)}), ${(writeCpu / N).toFixed(2)} ms CPU per article`);
  console.log(`  ingest CPU (merge + write): ${((mergeCpu + writeCpu) / 1000).toFixed(1)} s, ${(N / ((mergeCpu + writeCpu) / 1000)).toFixed(0)} articles per CPU-second`);

  const hot = (await store.actors({ limit: 1, type: 'person' }))[0];
  const anyPerson = (await store.actors({ type: 'person', limit: 200 }))[150] ?? hot;
  const queries = [
    await timeQuery('actors (top 50)', () => store.actors({ limit: 50 })),
    await timeQuery('actors --search "al-"', () => store.actors({ search: 'al-', limit: 50 })),
    await timeQuery('actors --type organization', () => store.actors({ type: 'organization', limit: 50 })),
    await timeQuery(`actor by name (${anyPerson.name})`, () => store.actorsNamed(anyPerson.name)),
    await timeQuery(`links of the most mentioned person (${hot.articles} articles)`, () => store.links(hot.id)),
    await timeQuery('events --actor <person>', () => store.events({ actors: [anyPerson.id] })),
    await timeQuery('events --type CONSULT --from 2015-01 --to 2015-06', () => store.events({ type: 'CONSULT', from: '2015-01', to: '2015-06' })),
    await timeQuery('event sources of 100 events', async () => store.eventSources((await store.events({ limit: 100 })).map((e) => e.id))),
    await timeQuery('quotes --search "Zionist"', () => store.quotes({ search: 'Zionist', limit: 100 })),
    await timeQuery('search "supreme national security council"', () => store.search('supreme national security council', 20)),
  ];
  console.log(`\nquery latency on ${N} articles (median of 7 runs):`);
  for (const q of queries) console.log(`  ${q.query.padEnd(58)} ${q.ms.toFixed(2).padStart(8)} ms  (${q.rows} rows)`);

  const r0 = performance.now();
  const c0 = process.cpuUsage();
  const snap = await store.corpusState();
  const r1 = performance.now();
  const c1 = process.cpuUsage(c0);
  if (snap) Corpus.fromState(snap);
  const r2 = performance.now();
  const c2 = process.cpuUsage(c0);
  const sec = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;
  console.log(
    `\nreloading the corpus indexes (start of every ingest run): read ${((r1 - r0) / 1000).toFixed(2)} s + rebuild ${((r2 - r1) / 1000).toFixed(2)} s wall; ${sec(c1).toFixed(2)} s + ${(sec(c2) - sec(c1)).toFixed(2)} s CPU`,
  );
  await store.close();
  if (!values.db) fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

main().catch((e) => {
  console.error(`bench:corpus: ${(e as Error).stack ?? e}`);
  process.exitCode = 1;
});
