// What the browser tests need around the browser: the built UI, a server on a free loopback
// port over a temporary store filled from a folder of articles, and Debian's chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { openSqliteStore } from '../store/sqlite.js';
import { ingestPaths, type IngestSummary } from '../corpus/ingest.js';
import { startServer } from '../server/serve.js';
import { defaultUiDir } from '../server/static.js';
import { repoRoot } from '../eval/devset.js';

/** Where Debian puts chromium (CHROMIUM_PATH overrides); null when none is installed. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

/** The flags the browser runs with: headless, no sandbox (root in CI), nothing that calls out. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else t = Math.max(t, fs.statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Builds the web UI with Vite when dist/web is missing or older than web/ (npm test only runs
 * tsc). Returns the folder of the built UI.
 */
export function ensureUiBuilt(): string {
  const root = repoRoot();
  const out = defaultUiDir();
  const index = path.join(out, 'index.html');
  const web = path.join(root, 'web');
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newest(web)) return out;
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', 'web'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build of web/ failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

export interface TestServer {
  url: string;
  ingest: IngestSummary;
  close(): Promise<void>;
}

/**
 * `dossier serve` (the real serving path: API, UI, host checks) on a free loopback port over a
 * fresh store in a temporary folder, filled first from `articles` (files or folders).
 */
export async function startTestServer(articles: string[]): Promise<TestServer> {
  ensureUiBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-e2e-'));
  const db = path.join(dir, 'test.db');
  const filling = openSqliteStore(db);
  let ingest: IngestSummary;
  try {
    ingest = await ingestPaths(filling, articles);
  } finally {
    await filling.close();
  }
  const quiet = { write: () => true } as unknown as NodeJS.WritableStream;
  const s = await startServer({ db, port: '0' }, { out: quiet, err: process.stderr });
  return {
    url: s.url,
    ingest,
    close: async () => {
      await s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
