// Serves the built web UI (web/ built by Vite into dist/web) beside the API. The API app keeps
// its own strict headers (CSP default-src 'none'); this wrapper only hands /api/* to it and
// answers every other GET with a file of the UI, or with index.html for a client-side route.
// The UI's pages get a CSP that allows only the UI's own scripts and requests to this server.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The page policy: scripts and requests only to this origin; inline styles for the graph canvas. */
export const UI_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Where `vite build` puts the UI: dist/web at the package root. */
export function defaultUiDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'web');
}

/** True when the UI has been built into `dir`. */
export function uiBuilt(dir: string = defaultUiDir()): boolean {
  return fs.existsSync(path.join(dir, 'index.html'));
}

/**
 * A server app: `/api/*` goes to `api` untouched; any other GET or HEAD is a file of the built UI
 * under `uiDir` (never outside it), or index.html for a path that names no file.
 */
export function withUi(api: Hono, uiDir: string = defaultUiDir()): Hono {
  const root = new Hono();
  const base = path.resolve(uiDir);
  root.all('/api', (c) => api.fetch(c.req.raw, c.env));
  root.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
  root.on(['GET', 'HEAD'], '*', (c) => {
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path);
    } catch {
      return c.text('bad path', 400);
    }
    let file = path.resolve(base, '.' + path.posix.normalize('/' + rel));
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      file = path.join(base, 'index.html');
    }
    if (!fs.existsSync(file)) {
      return c.text('the web UI is not built: run `npm run build:web` (npm start does it), or use the API under /api/', 404);
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    c.header('Content-Type', type);
    c.header('Content-Security-Policy', UI_CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    // Hashed asset names never change content; the page itself is always fetched afresh.
    c.header('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(fs.readFileSync(file));
  });
  root.all('*', (c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));
  return root;
}
