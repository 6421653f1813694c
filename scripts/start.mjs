// `npm start`: after the build (tsc and the web UI), fill the embedded store with the bundled
// examples/ when it holds no article yet, then serve the UI and the API (dossier serve) on
// http://127.0.0.1:8080. Options pass through: npm start -- --port 9000 --host 127.0.0.1 --db FILE
// (PORT and HOST in the environment work too).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { openSqliteStore } = await import(path.join(root, 'dist/store/sqlite.js'));
const { ingestPaths } = await import(path.join(root, 'dist/corpus/ingest.js'));
const { main } = await import(path.join(root, 'dist/cli/index.js'));

const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } }, strict: true });
const db = values.db ?? process.env.DOSSIER_DB ?? './dossier.db';
const port = values.port ?? process.env.PORT ?? '8080';
const host = values.host ?? process.env.HOST ?? '127.0.0.1';

if (!fs.existsSync(path.join(root, 'dist/web/index.html'))) {
  process.stderr.write('npm start: the web UI is not built (npm run build:web)\n');
  process.exit(1);
}

const store = openSqliteStore(db);
try {
  if ((await store.counts()).articles === 0) {
    const examples = path.join(root, 'examples');
    process.stdout.write(`dossier: ${db} is empty: ingesting the sample articles in ${examples}…\n`);
    const s = await ingestPaths(store, [examples], { onWarning: (m) => process.stderr.write(`warning: ${m}\n`) });
    const c = await store.counts();
    process.stdout.write(`dossier: ${s.added} articles analysed in ${s.seconds.toFixed(1)} s: ${c.actors} actors, ${c.events} events, ${c.quotes} quotes\n`);
  }
} finally {
  await store.close();
}
process.exitCode = await main(['serve', '--db', db, '--port', port, '--host', host]);
