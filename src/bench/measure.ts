// The measurements of the benchmark: the whole analysis with time per stage, wink-nlp's own
// tagging as the baseline, and the heap as the number of articles grows.
import { performance } from 'node:perf_hooks';
import type { Stage } from '../pipeline/stage.js';
import { DEFAULT_STAGES } from '../pipeline/order.js';
import { analyzeDocument } from '../pipeline/run.js';
import { loadNlp } from '../nlp.js';
import { readSample, type BenchCorpus } from './corpus.js';

/** Milliseconds spent in each stage, summed over articles. */
export type StageTimes = Map<string, number>;

/**
 * The given stages, each wrapped to add the time it runs to `times`. The wrapped stages
 * compute exactly what the originals do; only the benchmark uses them.
 */
export function timedStages(stages: readonly Stage[], times: StageTimes): Stage[] {
  return stages.map((s) => ({
    ...s,
    run(a, ctx) {
      const t0 = performance.now();
      try {
        return s.run(a, ctx);
      } finally {
        times.set(s.name, (times.get(s.name) ?? 0) + performance.now() - t0);
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
  /** Time spent analyzing (or tagging), without building the articles or the forced GCs. */
  ms: number;
  articlesPerSec: number;
  tokensPerSec: number;
}

function throughput(articles: number, tokens: number, chars: number, ms: number): Throughput {
  return { articles, tokens, chars, ms, articlesPerSec: (articles * 1000) / ms, tokensPerSec: (tokens * 1000) / ms };
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
  stages: { name: string; ms: number; share: number }[];
  /** Heap after a full GC at each quarter of the run. */
  heap: HeapPoint[];
  /** Highest heap in use seen during the run (sampled), in MB. */
  peakHeapMB: number;
  failures: number;
}

/**
 * Analyzes articles `from`…`from + n - 1` of the corpus with the default stages, timed per stage.
 * With `checkpoints`, forces a full GC at each quarter and records the heap.
 */
export function runAnalysis(corpus: BenchCorpus, from: number, n: number, checkpoints = false): AnalysisRun {
  const times: StageTimes = new Map();
  const stages = timedStages(DEFAULT_STAGES, times);
  const heap: HeapPoint[] = [];
  const marks = new Set([1, 2, 3, 4].map((q) => Math.round((n * q) / 4)));
  let ms = 0;
  let ingestMs = 0;
  let tokens = 0;
  let chars = 0;
  let failures = 0;
  let peak = 0;
  if (checkpoints && fullGc()) heap.push({ articles: 0, heapMB: process.memoryUsage().heapUsed / MB });
  for (let i = 0; i < n; i++) {
    const file = corpus.file(from + i);
    const t0 = performance.now();
    const doc = readSample(file);
    const t1 = performance.now();
    try {
      const a = analyzeDocument(doc, { stages });
      tokens += a.tokens.length;
    } catch {
      failures++;
    }
    ms += performance.now() - t1;
    ingestMs += t1 - t0;
    chars += doc.text.length;
    if (i % 25 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (checkpoints && marks.has(i + 1) && fullGc()) heap.push({ articles: i + 1, heapMB: process.memoryUsage().heapUsed / MB });
  }
  const stageMs = [...times.values()].reduce((x, y) => x + y, 0);
  return {
    ...throughput(n, tokens, chars, ms),
    ingest: throughput(n, tokens, chars, ingestMs),
    stages: DEFAULT_STAGES.map((s) => ({ name: s.name, ms: times.get(s.name) ?? 0, share: (times.get(s.name) ?? 0) / (stageMs || 1) })),
    heap,
    peakHeapMB: peak / MB,
    failures,
  };
}

/**
 * wink-nlp's own tagging of the same articles, with the pipeline the analysis loads
 * (sentences, POS, negation), reading every token's value and tag once: the floor any
 * analysis built on it can reach.
 */
export function runWink(corpus: BenchCorpus, from: number, n: number): Throughput {
  const nlp = loadNlp();
  const its = nlp.its;
  let ms = 0;
  let tokens = 0;
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const text = corpus.body(from + i);
    const t0 = performance.now();
    const d = nlp.readDoc(text);
    const pos = d.tokens().out(its.pos) as string[];
    tokens += pos.length;
    ms += performance.now() - t0;
    chars += text.length;
  }
  return throughput(n, tokens, chars, ms);
}
