import fs from 'node:fs';
import path from 'node:path';
import type { Document } from '../model/types.js';
import { parseTxt } from './txt.js';

export type ReadResult = { ok: true; doc: Document } | { ok: false; source: string; error: string };

/** Walks files and folders and yields one result per article; a bad file yields an error, never throws. */
export function* readInputs(paths: string[]): Generator<ReadResult> {
  for (const p of paths) yield* readPath(p);
}

function* readPath(p: string): Generator<ReadResult> {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (e) {
    yield { ok: false, source: p, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
    return;
  }
  if (st.isDirectory()) {
    const entries = fs.readdirSync(p).filter((f) => /\.txt$/i.test(f) && !f.endsWith('.gold.json')).sort();
    for (const f of entries) yield* readPath(path.join(p, f));
    return;
  }
  const id = path.basename(p).replace(/\.[^.]+$/, '');
  try {
    yield { ok: true, doc: parseTxt(fs.readFileSync(p, 'utf8'), id, p) };
  } catch (e) {
    yield { ok: false, source: p, error: String((e as Error).message ?? e) };
  }
}
