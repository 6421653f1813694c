import fs from 'node:fs';
import path from 'node:path';
import { readInputs } from '../ingest/index.js';
import { analyzeBatch, inBatches } from '../pipeline/run.js';
import { toContract, type ContractAnalysis } from '../output/contract.js';
import { summarize } from './summary.js';

export interface AnalyzeOptions {
  out?: string;
  json?: boolean;
}

/** Where the command writes: stdout and stderr, or anything with `write` in tests. */
export interface AnalyzeIO {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}

/**
 * `dossier analyze PATH... [--out DIR] [--json]`: returns the exit code, 1 when any input was not
 * analysed. Every input that fails (unreadable, empty, binary, too large, no article, a bad JSONL
 * line, not English) gets one `warning: SOURCE: reason` line on stderr and the batch goes on;
 * non-fatal reading problems (a file read as windows-1252) are warned about and still analysed.
 */
export function analyzeCommand(paths: string[], opts: AnalyzeOptions, io: AnalyzeIO = { out: process.stdout, err: process.stderr }): number {
  if (!paths.length) {
    io.err.write('dossier analyze: give at least one file or folder (try: dossier analyze examples)\n');
    return 2;
  }
  if (opts.out) fs.mkdirSync(opts.out, { recursive: true });
  let failed = 0;
  const results: ContractAnalysis[] = [];
  // Inputs are read a batch at a time and their articles analyzed together (analyzeBatch: the same
  // analyses in less time); what each input gives is written in the order the inputs come.
  for (const inputs of inBatches(readInputs(paths), { weight: (r) => (r.ok ? r.doc.text.length : 0) })) {
    const docs = inputs.flatMap((r) => (r.ok ? [r.doc] : []));
    const analyzed = analyzeBatch(docs);
    let k = 0;
    for (const r of inputs) {
      if (!r.ok) {
        failed++;
        io.err.write(`warning: ${r.source}: ${r.error}\n`);
        continue;
      }
      for (const w of r.doc.warnings) io.err.write(`warning: ${r.doc.source}: ${w}\n`);
      const b = analyzed[k++];
      let c: ContractAnalysis;
      try {
        if (!b.ok) throw b.error;
        c = toContract(b.analysis);
      } catch (e) {
        failed++;
        io.err.write(`warning: ${r.doc.source}: analysis failed: ${(e as Error).message}\n`);
        continue;
      }
      if (opts.out) fs.writeFileSync(path.join(opts.out, `${c.id}.json`), JSON.stringify(c, null, 1));
      if (opts.json) results.push(c);
      else if (!opts.out) io.out.write(summarize(c) + '\n');
    }
  }
  if (failed && !opts.out) io.err.write(`dossier analyze: ${failed} input${failed === 1 ? '' : 's'} not analysed (see the warnings above)\n`);
  if (opts.json) io.out.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 1) + '\n');
  else if (opts.out) io.out.write(`wrote ${results.length || countOut(opts.out)} analyses to ${opts.out}${failed ? `, ${failed} failed` : ''}\n`);
  return failed ? 1 : 0;
}

function countOut(dir: string): number {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).length;
}
