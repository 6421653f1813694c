import type { Analysis, Document } from '../model/types.js';
import type { Stage, StageContext } from './stage.js';
import { nlpForDocument } from '../nlp.js';
import { DEFAULT_STAGES } from './order.js';

/** An empty analysis of a document: the runner fills it stage by stage. */
export function emptyAnalysis(doc: Document): Analysis {
  return { doc, paragraphs: [], sentences: [], tokens: [], names: [], demonyms: [], actors: [], dates: [], quotes: [], events: [] };
}

/** Throws when a stage needs a layer that no stage before it assigns. */
function checkOrder(stages: readonly Stage[]): void {
  const done = new Set<string>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!done.has(need)) throw new Error(`stage ${stage.name} needs layer "${need}", which no earlier stage assigns: check the stage order`);
    }
    for (const layer of stage.assigns) done.add(layer);
  }
}

/** Runs one stage over an analysis and applies the layers it assigns. */
function applyStage(stage: Stage, a: Analysis, ctx: StageContext): void {
  const patch = stage.run(a, ctx);
  for (const layer of stage.assigns) {
    const value = (patch as Record<string, unknown>)[layer];
    if (value !== undefined) (a as unknown as Record<string, unknown>)[layer] = value;
  }
}

/** Runs the stages in order over one document. Each stage sees the layers before it. */
export function runStages(doc: Document, ctx: StageContext, stages: readonly Stage[] = DEFAULT_STAGES): Analysis {
  checkOrder(stages);
  const a = emptyAnalysis(doc);
  for (const stage of stages) applyStage(stage, a, ctx);
  return a;
}

/** Analyzes one document with the default stages, the published date as reference. */
export function analyzeDocument(doc: Document, opts: { stages?: readonly Stage[] } = {}): Analysis {
  return runStages(doc, { nlp: nlpForDocument(), reference: doc.published }, opts.stages ?? DEFAULT_STAGES);
}

/** One document's analysis from a batch, or why its analysis failed. */
export type BatchResult = { ok: true; analysis: Analysis } | { ok: false; error: Error };

/**
 * Documents a batch holds at most. Twenty to fifty run alike; more only hold more memory.
 * (`inBatches` also ends a batch early when its texts grow long.)
 */
export const BATCH_SIZE = 32;
/** Characters of text a batch holds at most, unless one document alone has more. */
export const BATCH_CHARS = 2_000_000;

/**
 * Analyzes several documents stage by stage: the first stage over every document, then the next.
 * The analyses are the same as `analyzeDocument` gives one by one (every stage is a pure function
 * of its document, and wink-nlp reads the texts in the same order), in about a fifth less CPU
 * time: a stage's code and data, wink-nlp's model above all, stay in the processor's caches from
 * one document to the next instead of being pushed out by the other stages'. A stage that throws
 * on one document fails that document alone; the others go on.
 */
export function analyzeBatch(docs: readonly Document[], opts: { stages?: readonly Stage[] } = {}): BatchResult[] {
  const stages = opts.stages ?? DEFAULT_STAGES;
  checkOrder(stages);
  const analyses = docs.map(emptyAnalysis);
  // each document gets its instance as analyzeDocument would, so renewals fall at the same counts
  const contexts: StageContext[] = docs.map((d) => ({ nlp: nlpForDocument(), reference: d.published }));
  const errors: (Error | null)[] = docs.map(() => null);
  for (const stage of stages) {
    for (let i = 0; i < docs.length; i++) {
      if (errors[i]) continue;
      try {
        applyStage(stage, analyses[i], contexts[i]);
      } catch (e) {
        errors[i] = e instanceof Error ? e : new Error(String(e));
      }
    }
  }
  return analyses.map((analysis, i) => {
    const error = errors[i];
    return error ? { ok: false, error } : { ok: true, analysis };
  });
}

/**
 * The items of `items` in batches of at most `size`, a batch ending early once the lengths that
 * `weight` gives add up to `maxWeight` or more. Reads `items` lazily, one batch ahead at most.
 */
export function* inBatches<T>(items: Iterable<T>, opts: { size?: number; weight?: (x: T) => number; maxWeight?: number } = {}): Generator<T[]> {
  const { size = BATCH_SIZE, weight = () => 0, maxWeight = BATCH_CHARS } = opts;
  let batch: T[] = [];
  let w = 0;
  for (const x of items) {
    batch.push(x);
    w += weight(x);
    if (batch.length >= size || w >= maxWeight) {
      yield batch;
      batch = [];
      w = 0;
    }
  }
  if (batch.length) yield batch;
}
