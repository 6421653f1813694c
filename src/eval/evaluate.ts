// evaluate(goldDir): analyze every article of a gold folder and score it against its gold file.
import fs from 'node:fs';
import path from 'node:path';
import type { Document } from '../model/types.js';
import { readInputs } from '../ingest/index.js';
import { analyzeDocument } from '../pipeline/run.js';
import { toContract } from '../output/contract.js';
import { GoldFormatError, loadGoldDir, type GoldEntry, type PredArticle } from './gold.js';
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

/**
 * Predictions already written as `<id>.json` (by `dossier analyze --out DIR`, or another tool
 * writing the contract), for the given ids. A missing file is a missing prediction; a file that
 * is not JSON is a failure naming it.
 */
export function loadPredictions(dir: string, ids: readonly string[]): Predictions {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new GoldFormatError(`${dir}: not a folder of <id>.json predictions`);
  const byId = new Map<string, PredArticle>();
  const failures: Failure[] = [];
  for (const id of ids) {
    const file = path.join(dir, `${id}.json`);
    if (!fs.existsSync(file)) continue;
    try {
      const v: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not a JSON object');
      byId.set(id, v as PredArticle);
    } catch (e) {
      failures.push({ source: file, error: `not a prediction: ${(e as Error).message}` });
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
 * With `predDir`, scores the `<id>.json` predictions found there instead of analyzing.
 */
export function evaluate(goldDir: string, opts: { analyze?: Analyzer; predDir?: string } = {}): Evaluation {
  const gold = loadGoldDir(goldDir);
  const { byId, failures } = opts.predDir
    ? loadPredictions(opts.predDir, gold.map((g) => g.id))
    : predictFolder(goldDir, opts.analyze);
  return { ...scorePredictions(gold, byId), failures };
}
