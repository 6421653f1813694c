// evaluate(goldDir): analyze every article of a gold folder and score it against its gold file.
import type { Document } from '../model/types.js';
import { readInputs } from '../ingest/index.js';
import { analyzeDocument } from '../pipeline/run.js';
import { toContract } from '../output/contract.js';
import { loadGoldDir, type GoldEntry, type PredArticle } from './gold.js';
import { combine, score, type DocScore, type Figures } from './score.js';

/** An article that could not be read or analyzed: it is scored as an empty prediction. */
export interface Failure {
  source: string;
  error: string;
}

export interface Predictions {
  /** Contract output by article id (the id its `<id>.json` would be written under). */
  byId: Map<string, PredArticle>;
  failures: Failure[];
}

/** Turns a document into a prediction; the default is the library's analysis in contract form. */
export type Analyzer = (doc: Document) => PredArticle;

export const defaultAnalyzer: Analyzer = (doc) => toContract(analyzeDocument(doc));

/** Reads and analyzes every article file of a folder; one bad article never stops the rest. */
export function predictFolder(dir: string, analyze: Analyzer = defaultAnalyzer): Predictions {
  const byId = new Map<string, PredArticle>();
  const failures: Failure[] = [];
  for (const r of readInputs([dir])) {
    if (!r.ok) {
      failures.push({ source: r.source, error: r.error });
      continue;
    }
    try {
      byId.set(r.doc.id, analyze(r.doc));
    } catch (e) {
      failures.push({ source: r.doc.source, error: `analysis failed: ${(e as Error).message}` });
    }
  }
  return { byId, failures };
}

export interface Evaluation {
  figures: Figures;
  /** One score per gold article, in gold file order. */
  docs: DocScore[];
  /** Gold articles that had no prediction. */
  missing: string[];
  failures: Failure[];
}

/** Scores given predictions against gold articles; a gold article with no prediction scores as empty. */
export function scorePredictions(gold: readonly GoldEntry[], predictions: ReadonlyMap<string, PredArticle>): Omit<Evaluation, 'failures'> {
  const missing: string[] = [];
  const docs = gold.map(({ id, gold }) => {
    const pred = predictions.get(id);
    if (!pred) missing.push(id);
    return score(gold, pred ?? {}, id);
  });
  return { figures: combine(docs, missing.length), docs, missing };
}

/**
 * Analyzes the articles of a gold folder (`<id>.txt` beside `<id>.gold.json`) and scores
 * them: precision, recall and F1 per layer, as shared/eval/score.mjs computes them.
 */
export function evaluate(goldDir: string, opts: { analyze?: Analyzer } = {}): Evaluation {
  const gold = loadGoldDir(goldDir);
  const { byId, failures } = predictFolder(goldDir, opts.analyze);
  return { ...scorePredictions(gold, byId), failures };
}
