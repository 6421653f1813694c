// `dossier serve`: the HTTP API over a store, on 127.0.0.1:8080 unless told otherwise.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { StoreError, type Store } from '../store/types.js';
import { DEFAULT_DB, openStore, STDIO, type Out } from '../cli/corpus-common.js';
import { createApp } from './app.js';
import { WorkerWriter } from './worker-writer.js';
import { withUi } from './static.js';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

export interface Serving {
  server: ServerType;
  /** The worker that adds articles (absent on a read-only store). */
  writer?: WorkerWriter;
  url: string;
  /** Stops listening and closes the store. */
  close(): Promise<void>;
}

/** Checks the options, opens the store and starts listening. Throws Error with a clear message on bad options. */
export async function startServer(v: Record<string, unknown>, io: Out = STDIO): Promise<Serving> {
  const portText = (v.port as string | undefined) ?? String(DEFAULT_PORT);
  if (!/^\d+$/.test(portText) || Number(portText) > 65535) throw new Error(`--port takes a number from 0 to 65535 (got "${portText}")`);
  const host = ((v.host as string | undefined) ?? DEFAULT_HOST).trim();
  if (!host) throw new Error('--host is empty');
  const token = process.env.DOSSIER_TOKEN?.trim() || undefined;
  if (!LOOPBACK.test(host) && !token) {
    io.err.write(`dossier serve: warning: listening on ${host} without DOSSIER_TOKEN: anyone who can reach it can add articles\n`);
  }
  let store: Store;
  let writer: WorkerWriter | undefined;
  try {
    store = openStore(v, false);
    // Articles are added in a worker thread with its own connection, so reads stay quick meanwhile.
    if (store.location !== ':memory:') writer = new WorkerWriter(store.location);
  } catch (e) {
    // A store the user may only read is still worth browsing: serve it, and say that adding is off.
    if (!(e instanceof StoreError) || !/read-only/.test(e.message)) throw e;
    store = openStore(v, true);
    io.err.write(`dossier serve: ${e.message.split(':')[0]}: serving it read-only (adding articles answers 503)\n`);
  }
  // On a loopback address, answer only to loopback names (no DNS rebinding); elsewhere the user chose the exposure.
  const allowedHosts = LOOPBACK.test(host) ? ['127.0.0.1', 'localhost', '::1', host] : undefined;
  const app = withUi(createApp(store, { token, allowedHosts, writer }));
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: Number(portText), hostname: host }, () => resolve(s));
    s.once('error', (e: NodeJS.ErrnoException) => {
      void store.close();
      void writer?.close();
      reject(new Error(e.code === 'EADDRINUSE' ? `${host}:${portText} is already in use: give another --port` : e.code === 'EACCES' ? `not allowed to listen on ${host}:${portText}: use a port above 1024` : e.message));
    });
  });
  // Build the views a first visit asks for (the network, the article list) while nobody waits.
  void Promise.resolve(app.request('/api/network')).then((r) => r.arrayBuffer()).catch(() => undefined);
  void Promise.resolve(app.request('/api/articles?limit=1')).then((r) => r.arrayBuffer()).catch(() => undefined);
  void Promise.resolve(app.request('/api/stats')).then((r) => r.arrayBuffer()).catch(() => undefined);
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${shown}:${addr.port}`;
  return {
    server,
    writer,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => void Promise.all([store.close(), writer?.close()]).then(() => resolve()));
        // Open keep-alive connections (or a refused upload still sending) would hold the close open.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

export async function serveCommand(_p: string[], v: Record<string, unknown>, io: Out = STDIO): Promise<number> {
  let s: Serving;
  try {
    s = await startServer(v, io);
  } catch (e) {
    if (e instanceof StoreError) {
      io.err.write(`dossier serve: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  io.out.write(`dossier: serving ${(v.db as string | undefined) ?? DEFAULT_DB} at ${s.url} (API: ${s.url}/api/openapi.json)${process.env.DOSSIER_TOKEN ? '; writes need the DOSSIER_TOKEN' : ''}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void s.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
