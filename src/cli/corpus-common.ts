// Helpers shared by the corpus commands: opening the store, finding an actor by name,
// and printing tables.
import fs from 'node:fs';
import { openSqliteStore } from '../store/sqlite.js';
import { StoreError, type ActorRow, type Store } from '../store/types.js';
import { compact, sameWord } from '../corpus/names.js';

export const DB_OPTION = { db: { type: 'string' as const } };
export const DEFAULT_DB = './dossier.db';

export type Out = { out: NodeJS.WritableStream; err: NodeJS.WritableStream };
export const STDIO: Out = { out: process.stdout, err: process.stderr };

export function openStore(values: Record<string, unknown>, readonly: boolean): Store {
  return openSqliteStore((values.db as string | undefined) ?? DEFAULT_DB, { readonly });
}

/**
 * Runs a command body with the store open; a StoreError (bad file, newer schema…) becomes
 * one line on stderr and exit code 1.
 */
export async function withStore(cmd: string, values: Record<string, unknown>, readonly: boolean, io: Out, body: (s: Store) => Promise<number>): Promise<number> {
  // `dossier actors | head`: a reader that stops early is not an error.
  if (io.out === process.stdout && !process.stdout.listenerCount('error'))
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  let store: Store;
  try {
    store = openStore(values, readonly);
  } catch (e) {
    if (e instanceof StoreError) {
      io.err.write(`dossier ${cmd}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  try {
    return await body(store);
  } catch (e) {
    if (e instanceof StoreError) {
      io.err.write(`dossier ${cmd}: ${e.message}\n`);
      return 1;
    }
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) {
      const what = /CORRUPT|NOTADB/.test(code) ? 'is damaged' : /READONLY|PERM|CANTOPEN/.test(code) ? 'cannot be written or opened' : 'failed';
      io.err.write(`dossier ${cmd}: ${store.location} ${what} (${(e as Error).message}); nothing more was changed\n`);
      return 1;
    }
    throw e;
  } finally {
    await store.close();
  }
}

/**
 * Canonical actors a user's name refers to, best first: actors with exactly that name or alias,
 * else spelling variants of it (Aruri for Arouri), else actors whose names contain it.
 */
export async function findActors(store: Store, name: string): Promise<ActorRow[]> {
  const exact = await store.actorsNamed(name.trim());
  if (exact.length) return exact;
  const words = compact(name);
  const all = await store.actors({ search: name.trim() });
  if (all.length) return all;
  if (!words) return [];
  // Spelling variants: compare the words of every known name (a scan, only when nothing else matched).
  const q = words.split(' ');
  const pool = await store.actors({ limit: 1_000_000 });
  const like = (n: string) => {
    const w = compact(n).split(' ');
    if (!sameWord(w[w.length - 1], q[q.length - 1])) return false;
    return q.length === 1 || w.length === 1 || sameWord(w[0], q[0]);
  };
  return pool.filter((a) => a.names.some(like));
}

/** Resolves a user's name to one actor, or writes a clear message and returns null. */
export async function oneActor(store: Store, name: string, cmd: string, io: Out): Promise<ActorRow | null> {
  const found = await findActors(store, name);
  if (!found.length) {
    io.err.write(`dossier ${cmd}: no actor named "${name}" in ${store.location} (try: dossier actors --search ${JSON.stringify(name.split(/\s+/).pop())})\n`);
    return null;
  }
  return found[0];
}

/** A plain text table: column widths from the content, long cells cut with an ellipsis. */
export function table(head: string[], rows: (string | number | null)[][], max = 48): string {
  const cells = [head, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)).replace(/\s+/g, ' ')))];
  const cut = (s: string) => (s.length > max ? s.slice(0, max - 1) + '…' : s);
  const w = head.map((_, i) => Math.max(...cells.map((r) => cut(r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => cut(c ?? '').padEnd(w[i])).join('  ').trimEnd();
  return [line(cells[0]), w.map((n) => '─'.repeat(n)).join('  '), ...cells.slice(1).map(line)].join('\n') + '\n';
}

export function printJson(io: Out, v: unknown): void {
  io.out.write(JSON.stringify(v, null, 1) + '\n');
}

/** Checks a `YYYY[-MM[-DD]]` option. */
export function checkDate(v: unknown, opt: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new Error(`--${opt} takes a date like 2019, 2019-07 or 2019-07-22 (got "${String(v)}")`);
  return v;
}

/**
 * One ingest at a time per database: a lock file beside it holds the owner's pid. A lock left by
 * a process that no longer runs (kill -9) is taken over. Returns a release function, or a message.
 */
export function lockDb(file: string): (() => void) | string {
  if (file === ':memory:') return () => {};
  const lock = `${file}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lock, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => fs.rmSync(lock, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return `cannot create ${lock}: ${(e as Error).message}`;
      const pid = Number(fs.readFileSync(lock, 'utf8').trim());
      if (pid && pid !== process.pid && alive(pid)) return `another dossier ingest (pid ${pid}) is writing ${file}: wait for it, or remove ${lock} if that process is gone`;
      fs.rmSync(lock, { force: true });
    }
  }
  return `cannot lock ${file}`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
