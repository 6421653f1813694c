// npm run bench [-- --articles N] [-- --json]
// Speed and memory of the whole per-article analysis in one process, after a warm-up,
// against wink-nlp's own tagging of the same articles.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BenchCorpus, loadSamples, sampleDir } from './corpus.js';
import { fullGc, runAnalysis, runWink, throughput, type AnalysisRun, type Throughput } from './measure.js';

/** What the issue asks: at least this many articles, this speed, within this factor of wink-nlp. */
export const TARGETS = { minArticles: 2000, articlesPerSec: 600, winkFactor: 3, heapGrowthMBPer1000: 1 };

export interface BenchReport {
  samples: { dir: string; count: number };
  machine: { node: string; cpu: string; cores: number; loadavg: number[] };
  warmup: number;
  /** The warm-up itself: the first articles after start, while V8 still compiles the hot code. */
  cold: Throughput;
  analysis: AnalysisRun;
  wink: Throughput;
  /** How many times slower the analysis is than wink-nlp's tagging alone, in CPU time. */
  slowdown: number;
  memory: {
    peakRssMB: number;
    peakHeapMB: number;
    /** Heap after GC at half the run and at its end, and the growth per 1,000 articles between them. */
    heapMidMB: number;
    heapEndMB: number;
    growthMBPer1000: number;
    flat: boolean;
  } | null;
  verdict: { articles: boolean; speed: boolean; withinWink: boolean; memoryFlat: boolean | null };
}

/** Articles per turn when the analysis and wink-nlp alone take turns. */
const BLOCK = 250;

/** One throughput of several runs over consecutive articles: counts and times add up. */
function joinThroughputs(runs: Throughput[]): Throughput {
  const sum = (f: (t: Throughput) => number) => runs.reduce((x, t) => x + f(t), 0);
  return throughput(sum((t) => t.articles), sum((t) => t.tokens), sum((t) => t.chars), { ms: sum((t) => t.ms), cpuMs: sum((t) => t.cpuMs) });
}

/** One analysis run of several (without per-stage times or heap checkpoints, which the speed runs do not take). */
function joinRuns(runs: AnalysisRun[]): AnalysisRun {
  return {
    ...joinThroughputs(runs),
    ingest: joinThroughputs(runs.map((r) => r.ingest)),
    stages: [],
    heap: [],
    peakHeapMB: Math.max(...runs.map((r) => r.peakHeapMB)),
    failures: runs.reduce((x, r) => x + r.failures, 0),
  };
}

/**
 * Articles analyzed before the measured ones. The optimizing compiler has settled by then (see
 * `bench`); the figures are the speed of a long batch, and the warm-up's own is printed beside them.
 */
export const DEFAULT_WARMUP = 1000;

/** Article indices far beyond the measured ones, so the warm-up never analyzes a measured article. */
const WARMUP_FROM = 1_000_000;

export function bench(opts: { articles: number; warmup: number }): BenchReport {
  const dir = sampleDir();
  if (!dir) throw new Error('no sample articles: examples/ is empty and ../shared/eval/dev is not there');
  const corpus = new BenchCorpus(loadSamples(dir));
  // The warm-up is long enough for V8's optimizing compiler to settle. Its background threads,
  // whose CPU time counts, added about 55% to the main thread's over the 500 articles that
  // followed a warm-up of 300, 18% over the next 500 and 10% over the 500 after, then 3–8% (the
  // garbage collector's helpers) for good (per-thread CPU times from /proc, articles analyzed
  // one by one): a one-off cost of about a second per process, shown apart as the warm-up's own
  // speed. (wink-nlp's first articles run slower too.)
  const cold = runAnalysis(corpus, WARMUP_FROM, opts.warmup);
  runWink(corpus, WARMUP_FROM, opts.warmup);
  fullGc();
  // Speed is measured in a run of its own, without per-stage timers (they cost several percent)
  // or forced collections (after which V8 shrinks its young generation and the articles that
  // follow run slower); the time per stage and the heap come from a second run over new copies.
  // The analysis and wink-nlp alone take turns, a block of articles each, so that a machine
  // whose speed drifts during the run (a shared one does, by ±20%) slows both alike and the
  // ratio between them measures the code, not the moment each was run at.
  const blocks: { analysis: AnalysisRun; wink: Throughput }[] = [];
  for (let from = 0; from < opts.articles; from += BLOCK) {
    const n = Math.min(BLOCK, opts.articles - from);
    blocks.push({ analysis: runAnalysis(corpus, from, n), wink: runWink(corpus, from, n) });
  }
  const analysis = joinRuns(blocks.map((b) => b.analysis));
  const wink = joinThroughputs(blocks.map((b) => b.wink));
  const memoryRun = runAnalysis(corpus, opts.articles, opts.articles, { checkpoints: true, perStage: true });
  analysis.heap = memoryRun.heap;
  analysis.stages = memoryRun.stages;
  analysis.peakHeapMB = Math.max(analysis.peakHeapMB, memoryRun.peakHeapMB);
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const mid = analysis.heap.find((h) => h.articles === Math.round(opts.articles / 2));
  const end = analysis.heap[analysis.heap.length - 1];
  const memory =
    mid && end && end !== mid
      ? (() => {
          const growthMBPer1000 = ((end.heapMB - mid.heapMB) * 1000) / (end.articles - mid.articles);
          return { peakRssMB, peakHeapMB: analysis.peakHeapMB, heapMidMB: mid.heapMB, heapEndMB: end.heapMB, growthMBPer1000, flat: growthMBPer1000 < TARGETS.heapGrowthMBPer1000 };
        })()
      : null;
  const slowdown = analysis.cpuMs / wink.cpuMs;
  return {
    samples: { dir: path.relative(process.cwd(), dir) || '.', count: corpus.samples.length },
    machine: { node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, loadavg: os.loadavg().map((x) => +x.toFixed(2)) },
    warmup: opts.warmup,
    cold,
    analysis,
    wink,
    slowdown,
    memory,
    verdict: {
      articles: opts.articles >= TARGETS.minArticles,
      speed: analysis.articlesPerCpuSec >= TARGETS.articlesPerSec,
      withinWink: slowdown <= TARGETS.winkFactor,
      memoryFlat: memory ? memory.flat : null,
    },
  };
}

const num = (x: number, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const mark = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'ok' : 'MISSED');

export function formatReport(r: BenchReport): string {
  const a = r.analysis;
  const row = (what: string, t: Throughput) =>
    `${what.padEnd(26)}${num(t.articlesPerCpuSec).padStart(11)}${num(t.tokensPerCpuSec).padStart(11)}${num(t.cpuMs / t.articles, 3).padStart(9)}` +
    `${num(t.articlesPerSec).padStart(13)}${num(t.ms / t.articles, 3).padStart(9)}`;
  const sum = (x: Throughput, y: Throughput): Throughput =>
    throughput(x.articles, x.tokens, x.chars, { ms: x.ms + y.ms, cpuMs: x.cpuMs + y.cpuMs });
  const lines = [
    `dossier bench: ${num(a.articles)} articles (${r.samples.count} samples from ${r.samples.dir}, names and dates varied per copy), warm-up ${r.warmup}`,
    `node ${r.machine.node}, ${r.machine.cpu}, ${r.machine.cores} cores, load ${r.machine.loadavg.join(' ')}; one process, one thread`,
    '',
    `${''.padEnd(26)}${'CPU time'.padStart(11).padEnd(31)}${'wall clock'.padStart(13)}`,
    `${''.padEnd(26)}${'articles/s'.padStart(11)}${'tokens/s'.padStart(11)}${'ms/art.'.padStart(9)}${'articles/s'.padStart(13)}${'ms/art.'.padStart(9)}`,
    row('analysis (all stages)', a),
    row('wink-nlp tagging alone', r.wink),
    row('ingest (reading the file)', a.ingest),
    row('ingest + analysis', sum(a, a.ingest)),
    ...(r.cold.articles ? [row(`analysis, warm-up (${num(r.cold.articles)})`, r.cold)] : []),
    '',
    `analysis takes ${r.slowdown.toFixed(2)}× wink-nlp's CPU time (target ≤ ${TARGETS.winkFactor}×): ${mark(r.verdict.withinWink)}`,
    `speed target ≥ ${TARGETS.articlesPerSec} articles/s of CPU time: ${mark(r.verdict.speed)}${r.verdict.articles ? '' : `   (fewer than ${num(TARGETS.minArticles)} articles: not a full run)`}`,
    a.failures ? `articles that failed: ${a.failures}` : '',
    '',
    'time per stage (a second run, timed per stage and with forced collections, so slower in all)',
    '                       CPU ms/article   share   wall ms/article',
    ...a.stages.map((s) => `  ${s.name.padEnd(20)}${num(s.cpuMs / a.articles, 3).padStart(15)}${`${(100 * s.share).toFixed(1)} %`.padStart(8)}${num(s.ms / a.articles, 3).padStart(18)}`),
    '',
  ];
  if (r.memory) {
    const m = r.memory;
    lines.push(
      `memory: peak RSS ${num(m.peakRssMB, 1)} MB, peak heap ${num(m.peakHeapMB, 1)} MB`,
      `heap after full GC: ${a.heap.map((h) => `${num(h.heapMB, 2)} MB @${num(h.articles)}`).join(', ')}`,
      `growth per 1,000 articles, quarter by quarter: ${a.heap
        .slice(1)
        .map((h, i) => num(((h.heapMB - a.heap[i].heapMB) * 1000) / Math.max(1, h.articles - a.heap[i].articles), 2))
        .join(', ')} MB (bounded caches show as growth that falls off; run more --articles to see it level)`,
      `growth ${num(m.growthMBPer1000, 3)} MB per 1,000 articles in the second half (flat below ${TARGETS.heapGrowthMBPer1000}): ${mark(m.flat)}`,
    );
  } else lines.push('memory: run with node --expose-gc (npm run bench does) to check heap growth');
  return lines.filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: { articles: { type: 'string', default: String(TARGETS.minArticles) }, warmup: { type: 'string', default: String(DEFAULT_WARMUP) }, json: { type: 'boolean' } },
  });
  const articles = Number(values.articles);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(articles) || articles < 4 || !Number.isInteger(warmup) || warmup < 0) {
    process.stderr.write('bench: --articles needs a whole number ≥ 4 and --warmup a whole number ≥ 0\n');
    process.exitCode = 2;
    return;
  }
  const r = bench({ articles, warmup });
  process.stdout.write((values.json ? JSON.stringify(r, null, 1) : formatReport(r)) + '\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
