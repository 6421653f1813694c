import { ingestPaths, type IngestProgress } from '../corpus/ingest.js';
import { DEFAULT_DB, lockDb, STDIO, withStore, type Out } from './corpus-common.js';

export interface IngestCliOptions {
  db?: string;
  json?: boolean;
}

function bar(p: IngestProgress): string {
  const width = 24;
  const filled = p.total ? Math.round((p.done / p.total) * width) : 0;
  const name = p.current.length > 40 ? '…' + p.current.slice(-39) : p.current;
  return `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${p.done}/${p.total} ${name}\x1b[K`;
}

/** `dossier ingest PATH... [--db FILE] [--json]`: exit 1 when any article failed, 2 on bad usage. */
export async function ingestCommand(paths: string[], opts: IngestCliOptions, io: Out = STDIO): Promise<number> {
  if (!paths.length) {
    io.err.write('dossier ingest: give at least one file or folder (try: dossier ingest examples)\n');
    return 2;
  }
  const tty = !opts.json && (io.err as NodeJS.WriteStream).isTTY === true;
  const release = lockDb(opts.db ?? DEFAULT_DB);
  if (typeof release === 'string') {
    io.err.write(`dossier ingest: ${release}\n`);
    return 1;
  }
  try {
    return await ingestInto(paths, opts, io, tty);
  } finally {
    release();
  }
}

async function ingestInto(paths: string[], opts: IngestCliOptions, io: Out, tty: boolean): Promise<number> {
  return withStore('ingest', opts as Record<string, unknown>, false, io, async (store) => {
    const s = await ingestPaths(store, paths, {
      onProgress: tty ? (p) => io.err.write(p.current ? bar(p) : '\r\x1b[K') : undefined,
      onWarning: (m) => io.err.write(`${tty ? '\r\x1b[K' : ''}warning: ${m}\n`),
    });
    for (const e of s.errors) io.err.write(`warning: ${e.source}: ${e.error}\n`);
    const c = await store.counts();
    if (opts.json) io.out.write(JSON.stringify({ db: store.location, ...s, corpus: c }, null, 1) + '\n');
    else
      io.out.write(
        `ingested ${s.articles} article${s.articles === 1 ? '' : 's'} into ${store.location}: ${s.added} new, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.failed} failed` +
          ` (${s.seconds.toFixed(1)} s${s.perSecond ? `, ${s.perSecond.toFixed(1)} articles/s` : ''})\n` +
          `corpus: ${c.articles} articles, ${c.actors} actors, ${c.events} events from ${c.sources} reports, ${c.quotes} quotes, ${c.labels} framing labels\n`,
      );
    return s.failed ? 1 : 0;
  });
}
