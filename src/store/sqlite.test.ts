import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { storeContract } from './contract.test-suite.js';
import { openSqliteStore } from './sqlite.js';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import { StoreError } from './types.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-store-'));
let n = 0;
const fresh = () => path.join(dir, `t${++n}.db`);

storeContract('sqlite file', async () => openSqliteStore(fresh()));
storeContract('sqlite :memory:', async () => openSqliteStore(':memory:'));

test('a new database is in WAL mode with the current schema version', async () => {
  const f = fresh();
  const s = openSqliteStore(f);
  await s.close();
  const db = new Database(f, { readonly: true });
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  db.close();
});

test('a database from a newer schema version is refused and left untouched', async () => {
  const f = fresh();
  await openSqliteStore(f).close();
  const db = new Database(f);
  db.pragma('journal_mode = DELETE');
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  db.close();
  const before = fs.readFileSync(f);
  assert.throws(() => openSqliteStore(f), (e: Error) => e instanceof StoreError && /newer dossier/.test(e.message) && !e.message.includes('\n'));
  assert.throws(() => openSqliteStore(f, { readonly: true }), StoreError);
  assert.deepEqual(fs.readFileSync(f), before);
});

test('a file that is not a database is refused and left untouched', () => {
  const f = fresh();
  const junk = Buffer.from('this is not sqlite at all, just some text that someone saved with a .db name\n'.repeat(100));
  fs.writeFileSync(f, junk);
  assert.throws(() => openSqliteStore(f), (e: Error) => e instanceof StoreError && /not a dossier database/.test(e.message));
  assert.throws(() => openSqliteStore(f, { readonly: true }), StoreError);
  assert.deepEqual(fs.readFileSync(f), junk);
});

test("another program's SQLite database is refused and left untouched", () => {
  const f = fresh();
  const db = new Database(f);
  db.exec('CREATE TABLE people (name TEXT)');
  db.close();
  const before = fs.readFileSync(f);
  assert.throws(() => openSqliteStore(f), /not a dossier database/);
  assert.deepEqual(fs.readFileSync(f), before);
});

test('a read-only database file can be queried but not written', async () => {
  const f = fresh();
  await openSqliteStore(f).close();
  fs.chmodSync(f, 0o444);
  assert.throws(() => openSqliteStore(f), /read-only/);
  const s = openSqliteStore(f, { readonly: true });
  assert.equal((await s.counts()).articles, 0);
  await assert.rejects(s.writeArticle({} as never), /read-only/);
  await s.close();
});

test('opening read-only refuses a missing file rather than creating it', () => {
  const f = fresh();
  assert.throws(() => openSqliteStore(f, { readonly: true }), /no database at/);
  assert.equal(fs.existsSync(f), false);
});

test('an older database is migrated forward and keeps its data', async () => {
  const f = fresh();
  const db = new Database(f);
  db.exec(MIGRATIONS[0].sql);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('user_version = 1');
  db.prepare(`INSERT INTO actors (id, name, type, names, names_lc, affiliation, mentions, articles, outlets) VALUES ('A1', 'Ali Khamenei', 'person', '["Ali Khamenei"]', 'ali khamenei', NULL, 3, 1, 1)`).run();
  db.close();
  const s = openSqliteStore(f);
  assert.equal(s.schemaVersion, SCHEMA_VERSION);
  assert.equal((await s.actor('A1'))?.name, 'Ali Khamenei');
  await s.close();
  const check = new Database(f, { readonly: true });
  assert.equal(check.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  assert.ok(check.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'actors_mentions'`).get());
  check.close();
});

test('a damaged database gives one clear line at query time', async () => {
  const f = fresh();
  const s = openSqliteStore(f);
  const text = 'Ali Khamenei received a Hamas delegation in Tehran. '.repeat(400);
  for (let i = 0; i < 5; i++)
    await s.writeArticle({
      article: { id: `a${i}`, source: 'x', url: null, outlet: 'o', published: null, title: null, language: null, hash: `h${i}`, text: text + i, analysis: {} },
      links: [], sources: [], quotes: [], labels: [], actors: [], events: [], dropActors: [], dropEvents: [],
    });
  await s.close();
  const buf = fs.readFileSync(f);
  assert.ok(buf.length > 4096 * 12);
  buf.fill(0x5a, 4096 * 2, 4096 * 10);
  fs.writeFileSync(f, buf);
  let failed: Error | null = null;
  try {
    const r = openSqliteStore(f, { readonly: true });
    try {
      await r.search('Khamenei');
      await r.articles();
    } finally {
      await r.close();
    }
  } catch (e) {
    failed = e as Error;
  }
  assert.ok(failed, 'reading a damaged file fails');
  assert.match(failed!.message, /malformed|damaged|not a dossier database|vtable/);
});
