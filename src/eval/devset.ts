// Where the shared evaluation material lives: `../shared/eval` beside the repository
// (CI checks the repository out with shared/ next to it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file is src/eval/devset.ts, compiled to dist/eval/devset.js. */
export function repoRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** `../shared/eval` relative to the repository root, or null when it is not there. */
export function sharedEvalDir(): string | null {
  const dir = path.resolve(repoRoot(), '..', 'shared', 'eval');
  return fs.existsSync(path.join(dir, 'dev')) ? dir : null;
}

/** Why a test that needs the shared dev set was skipped. */
export const NO_SHARED_EVAL = `no dev set at ${path.resolve(repoRoot(), '..', 'shared', 'eval', 'dev')} (shared/ must sit beside the repository)`;
