// Readable output of an evaluation.
import type { Evaluation } from './evaluate.js';
import { LAYERS, type DocScore, type Figures } from './score.js';

/** The figures as a table: one row per layer with P, R, F1 and the counts behind them. */
export function formatFigures(f: Figures): string {
  const lines = [`docs ${f.docs}  (no prediction for ${f.missing})`, `${'layer'.padEnd(14)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   tp/fp/fn`];
  for (const l of LAYERS) {
    const x = f.layers[l];
    lines.push(`${l.padEnd(14)}${x.precision.toFixed(3).padStart(7)}${x.recall.toFixed(3).padStart(7)}${x.f1.toFixed(3).padStart(7)}   ${x.tp}/${x.fp}/${x.fn}`);
  }
  lines.push(`meeting dates right ${f.meetingDates.right}/${f.meetingDates.scored}`);
  return lines.join('\n');
}

/** Every miss, extra and wrong attribution of one article, one per line. */
export function formatFindings(d: DocScore): string[] {
  return d.findings.map((x) => `  ${d.id}  ${x.kind.padEnd(6)} ${x.layer.padEnd(10)} ${x.what}`);
}

/** The whole evaluation: findings first when verbose, then failures, then the table. */
export function formatEvaluation(e: Evaluation, verbose = false): string {
  const lines: string[] = [];
  if (verbose) for (const d of e.docs) lines.push(...formatFindings(d));
  for (const x of e.failures) lines.push(`warning: ${x.source}: ${x.error}`);
  lines.push(formatFigures(e.figures));
  return lines.join('\n');
}
