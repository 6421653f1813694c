import { evaluate, GoldFormatError } from '../eval/index.js';
import { formatEvaluation } from '../eval/report.js';

export interface EvaluateOptions {
  gold?: string;
  /** Score the `<id>.json` files of this folder instead of running the analysis. */
  pred?: string;
  json?: boolean;
  verbose?: boolean;
}

/** Where the command writes: stdout and stderr, or anything with `write` in tests. */
export interface EvaluateIO {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}

/**
 * `dossier evaluate --gold DIR [--pred DIR] [--json] [--verbose]`: analyzes the articles of a
 * gold folder (or reads their analyses from --pred) and prints precision, recall and F1 per layer. Exit code 0, 1 when an article could not be
 * read or analyzed, 2 for a bad command line or gold folder.
 */
export function evaluateCommand(positionals: string[], opts: EvaluateOptions, io: EvaluateIO = { out: process.stdout, err: process.stderr }): number {
  const dir = opts.gold ?? positionals[0];
  if (!dir || positionals.length > (opts.gold ? 0 : 1)) {
    io.err.write('dossier evaluate: give one gold folder of <id>.txt and <id>.gold.json files, e.g. dossier evaluate --gold ../shared/eval/dev\n');
    return 2;
  }
  let e;
  try {
    e = evaluate(dir, { predDir: opts.pred });
  } catch (err) {
    if (err instanceof GoldFormatError) {
      io.err.write(`dossier evaluate: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (opts.json) {
    for (const x of e.failures) io.err.write(`warning: ${x.source}: ${x.error}\n`);
    const out = { figures: e.figures, missing: e.missing, failures: e.failures, ...(opts.verbose ? { docs: e.docs } : {}) };
    io.out.write(JSON.stringify(out, null, 1) + '\n');
  } else io.out.write(formatEvaluation(e, opts.verbose) + '\n');
  return e.failures.length || e.missing.length ? 1 : 0;
}
