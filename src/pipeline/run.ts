import type { Analysis, Document } from '../model/types.js';
import type { Stage, StageContext } from './stage.js';
import { nlpForDocument } from '../nlp.js';
import { DEFAULT_STAGES } from './order.js';

/** An empty analysis of a document: the runner fills it stage by stage. */
export function emptyAnalysis(doc: Document): Analysis {
  return { doc, paragraphs: [], sentences: [], tokens: [], names: [], demonyms: [], actors: [], dates: [], quotes: [], events: [] };
}

/** Runs the stages in order over one document. Each stage sees the layers before it. */
export function runStages(doc: Document, ctx: StageContext, stages: readonly Stage[] = DEFAULT_STAGES): Analysis {
  const a = emptyAnalysis(doc);
  const done = new Set<string>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!done.has(need)) throw new Error(`stage ${stage.name} needs layer "${need}", which no earlier stage assigns: check the stage order`);
    }
    const patch = stage.run(a, ctx);
    for (const layer of stage.assigns) {
      const value = (patch as Record<string, unknown>)[layer];
      if (value !== undefined) (a as unknown as Record<string, unknown>)[layer] = value;
      done.add(layer);
    }
  }
  return a;
}

/** Analyzes one document with the default stages, the published date as reference. */
export function analyzeDocument(doc: Document, opts: { stages?: readonly Stage[] } = {}): Analysis {
  return runStages(doc, { nlp: nlpForDocument(), reference: doc.published }, opts.stages ?? DEFAULT_STAGES);
}
