import type { Analysis, Document } from '../model/types.js';
import type { Stage } from '../pipeline/stage.js';
import { runStages } from '../pipeline/run.js';
import { loadNlp } from '../nlp.js';

/** A document made by hand for tests. */
export function makeDoc(text: string, over: Partial<Document> = {}): Document {
  return { id: 't', text, url: null, outlet: null, published: null, title: null, language: 'en', source: 'test', boilerplate: [], warnings: [], ...over };
}

/** Runs the given stages over a hand-made text, with an optional published date. */
export function analyzeText(text: string, stages: readonly Stage[], over: Partial<Document> = {}): Analysis {
  const doc = makeDoc(text, over);
  return runStages(doc, { nlp: loadNlp(), reference: doc.published }, stages);
}
