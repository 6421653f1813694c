// The measurements of the benchmark: the whole analysis with time per stage, wink-nlp's own
// tagging as the baseline, and the heap as the number of articles grows.
import { performance } from 'node:perf_hooks';
import type { Stage } from '../pipeline/stage.js';
import { DEFAULT_STAGES } from '../pipeline/order.js';
import { analyzeBatch, BATCH_SIZE } from '../pipeline/run.js';
import { loadNlp } from '../nlp.js';
import { readSample, type BenchCorpus } from './corpus.js';
import type { Document } from '../model/types.js';

/** Adds up wall-clock and CPU time over many short spans. */
export class Clock {
  ms = 0;
  cpuMs = 0;
  private t0 = 0;
  private c0: NodeJS.CpuUsage = { user: 0, system: 0 };
  start(): void {
    this.c0 = process.cpuUsage();
    this.t0 = performance.now();
  }
  stop(): void {
    this.ms += performance.now() - this.t0;
    const c = process.cpuUsage(this.c0);
    this.cpuMs += (c.user + c.system) / 1000;
  }
}

/** Time spent in each stage, summed over articles. */
export type StageTimes = Map<string, Clock>;

/**
 * The given stages, each wrapped to add the time it runs to `times`. The wrapped stages
 * compute exactly what the originals do; only the benchmark uses them.
 */
export function timedStages(stages: readonly Stage[], times: StageTimes): Stage[] {
  return stages.map((s) => ({
    ...s,
    run(a, ctx) {
      let clock = times.get(s.name);
      if (!clock) times.set(s.name, (clock = new Clock()));
      clock.start();
      try {
        return s.run(a, ctx);
      } finally {
        clock.stop();
      }
    },
  }));
}

const MB = 1024 * 1024;

/** Full garbage collection, when node runs with --expose-gc; false when it cannot. */
export function fullGc(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}

export interface Throughput {
  articles: number;
  tokens: number;
  chars: number;
  /** Wall-clock time spent analyzing (or tagging), without building the articles or the forced GCs. */
  ms: number;
  /**
   * CPU time of the process over the same spans (all its threads, so GC helpers count too).
   * On a machine shared with other work this is the fairer measure of one core's speed.
   */
  cpuMs: number;
  articlesPerSec: number;
  tokensPerSec: number;
  /** Articles per second of CPU time. */
  articlesPerCpuSec: number;
  tokensPerCpuSec: number;
}

export function throughput(articles: number, tokens: number, chars: number, clock: { ms: number; cpuMs: number }): Throughput {
  const { ms, cpuMs } = clock;
  return {
    articles,
    tokens,
    chars,
    ms,
    cpuMs,
    articlesPerSec: (articles * 1000) / ms,
    tokensPerSec: (tokens * 1000) / ms,
    articlesPerCpuSec: (articles * 1000) / cpuMs,
    tokensPerCpuSec: (tokens * 1000) / cpuMs,
  };
}

export interface HeapPoint {
  /** Articles analyzed so far. */
  articles: number;
  /** Heap in use after a full GC, in MB. */
  heapMB: number;
}

export interface AnalysisRun extends Throughput {
  /** Reading the same articles from their file content (header, date line, boilerplate, language). */
  ingest: Throughput;
  /** Wall-clock and CPU time per stage (empty unless timed per stage); `share` is the stage's part of the analysis CPU time. */
  stages: { name: string; ms: number; cpuMs: number; share: number }[];
  /** Heap after a full GC at each quarter of the run. */
  heap: HeapPoint[];
  /** Highest heap in use seen during the run (sampled), in MB. */
  peakHeapMB: number;
  failures: number;
}

/**
 * Analyzes articles `from`…`from + n - 1` of the corpus with the default stages.
 * With `checkpoints`, forces a full GC at each quarter and records the heap. With `perStage`,
 * times each stage too; those timers read the process's CPU usage a dozen times per article,
 * which costs several percent, so the speed itself is measured in a run without them.
 */
export function runAnalysis(corpus: BenchCorpus, from: number, n: number, opts: { checkpoints?: boolean; perStage?: boolean } = {}): AnalysisRun {
  const checkpoints = opts.checkpoints ?? false;
  const times: StageTimes = new Map();
  const stages = opts.perStage ? timedStages(DEFAULT_STAGES, times) : DEFAULT_STAGES;
  const heap: HeapPoint[] = [];
  const marks = new Set([1, 2, 3, 4].map((q) => Math.round((n * q) / 4)));
  const clock = new Clock();
  const ingestClock = new Clock();
  let tokens = 0;
  let chars = 0;
  let failures = 0;
  let peak = 0;
  if (checkpoints && fullGc()) heap.push({ articles: 0, heapMB: process.memoryUsage().heapUsed / MB });
  // in batches, as `dossier analyze` and the ingest run it (analyzeBatch)
  // (a batch ends at each heap checkpoint, so that the heap is read after exactly that many articles)
  for (let i = 0, end = 0; i < n; i = end) {
    end = Math.min(n, i + BATCH_SIZE);
    if (checkpoints) for (const m of marks) if (m > i && m < end) end = m;
    const docs: Document[] = [];
    for (let k = i; k < end; k++) {
      const file = corpus.file(from + k);
      ingestClock.start();
      docs.push(readSample(file));
      ingestClock.stop();
    }
    clock.start();
    const results = analyzeBatch(docs, { stages });
    clock.stop();
    for (const r of results) {
      if (r.ok) tokens += r.analysis.tokens.length;
      else failures++;
    }
    for (const d of docs) chars += d.text.length;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (checkpoints && marks.has(end) && fullGc()) heap.push({ articles: end, heapMB: process.memoryUsage().heapUsed / MB });
  }
  const stageCpu = [...times.values()].reduce((x, y) => x + y.cpuMs, 0);
  return {
    ...throughput(n, tokens, chars, clock),
    ingest: throughput(n, tokens, chars, ingestClock),
    stages: !opts.perStage ? [] : DEFAULT_STAGES.map((s) => {
      const c = times.get(s.name) ?? new Clock();
      return { name: s.name, ms: c.ms, cpuMs: c.cpuMs, share: c.cpuMs / (stageCpu || 1) };
    }),
    heap,
    peakHeapMB: peak / MB,
    failures,
  };
}

/**
 * wink-nlp's own tagging of the same articles, with the pipeline the analysis loads
 * (sentences and POS), reading every token's tag once: the floor any analysis built on it
 * can reach.
 */
export function runWink(corpus: BenchCorpus, from: number, n: number): Throughput {
  const nlp = loadNlp();
  const its = nlp.its;
  const clock = new Clock();
  let tokens = 0;
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const text = corpus.body(from + i);
    clock.start();
    const d = nlp.readDoc(text);
    const pos = d.tokens().out(its.pos) as string[];
    clock.stop();
    tokens += pos.length;
    chars += text.length;
  }
  return throughput(n, tokens, chars, clock);
}
