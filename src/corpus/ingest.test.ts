import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../store/sqlite.js';
import { ingestPaths } from './ingest.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEV = path.resolve(root, '../shared/eval/dev');
const BIN = path.join(root, 'bin/dossier.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-ingest-'));

function copyDev(dir: string, ids: string[]): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const id of ids) fs.copyFileSync(path.join(DEV, `${id}.txt`), path.join(dir, `${id}.txt`));
  return dir;
}

test('ingest is idempotent: the same folder twice adds nothing; a changed article replaces its old analysis', { skip: !fs.existsSync(DEV) && 'no dev set' }, async () => {
  const dir = copyDev(path.join(tmp, 'idem'), ['seed-000', 'seed-002', 'h1-006']);
  const store = openSqliteStore(path.join(tmp, 'idem.db'));
  const first = await ingestPaths(store, [dir]);
  assert.equal(first.added, 3);
  const c1 = await store.counts();
  const again = await ingestPaths(store, [dir]);
  assert.deepEqual([again.added, again.replaced, again.unchanged], [0, 0, 3]);
  assert.deepEqual(await store.counts(), c1);

  const f = path.join(dir, 'h1-006.txt');
  fs.appendFileSync(f, '\nHamas leader Ismail Haniyeh later met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad, Reuters said.\n');
  const changed = await ingestPaths(store, [dir]);
  assert.deepEqual([changed.added, changed.replaced, changed.unchanged], [0, 1, 2]);
  const c2 = await store.counts();
  assert.equal(c2.articles, 3);
  const art = await store.article('h1-006');
  assert.match(art!.text, /al-Sudani/);
  const analysisActors = (art!.analysis as { actors: unknown[] }).actors.length;
  const snap = await store.snapshot();
  assert.equal(snap.links.filter((l) => l.article === 'h1-006').length, analysisActors, 'only the new analysis is linked');
  // Every canonical actor still has a link, and every link a canonical actor.
  const ids = new Set(snap.actors.map((a) => a.id));
  assert.ok(snap.links.every((l) => ids.has(l.actor)));
  assert.deepEqual(new Set(snap.links.map((l) => l.actor)), ids);
  await store.close();
});

test('kill -9 in the middle of a write, then ingest again: every article stored exactly once, same corpus as a clean run', { skip: !fs.existsSync(DEV) && 'no dev set' }, async () => {
  const ids = fs.readdirSync(DEV).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).slice(0, 8);
  const dir = copyDev(path.join(tmp, 'crash'), ids);
  const db = path.join(tmp, 'crash.db');
  const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', db], { env: { ...process.env, DOSSIER_TEST_STALL_AT_WRITE: '4' }, stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      if (err.includes('stalled inside a write transaction')) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', () => reject(new Error(`the ingest finished before it stalled: ${err}`)));
  });
  await new Promise((r) => child.on('exit', r));
  const mid = openSqliteStore(db, { readonly: true });
  assert.equal((await mid.counts()).articles, 3, 'three articles committed, the fourth rolled back');
  await mid.close();

  const rerun = spawnSync(process.execPath, [BIN, 'ingest', dir, '--db', db, '--json'], { encoding: 'utf8' });
  assert.equal(rerun.status, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout);
  assert.equal(summary.unchanged, 3);
  assert.equal(summary.added, ids.length - 3);

  const clean = path.join(tmp, 'clean.db');
  assert.equal(spawnSync(process.execPath, [BIN, 'ingest', dir, '--db', clean], { encoding: 'utf8' }).status, 0);
  const a = openSqliteStore(db, { readonly: true });
  const b = openSqliteStore(clean, { readonly: true });
  assert.deepEqual(await a.counts(), await b.counts());
  assert.deepEqual((await a.articles()).map((x) => x.id).sort(), [...ids].sort());
  const names = async (s: typeof a) => (await s.actors()).map((x) => x.names.join('|')).sort();
  assert.deepEqual(await names(a), await names(b));
  await a.close();
  await b.close();
});

test('bad databases (not a database, read-only, missing) give one clear line and exit 1, leaving the file as it was', { skip: !fs.existsSync(DEV) && 'no dev set' }, () => {
  const junk = path.join(tmp, 'junk.db');
  fs.writeFileSync(junk, 'not a database\n'.repeat(200));
  const before = fs.readFileSync(junk);
  for (const args of [['ingest', path.join(DEV, 'seed-000.txt')], ['actors']]) {
    const r = spawnSync(process.execPath, [BIN, ...args, '--db', junk], { encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /not a dossier database/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
  assert.deepEqual(fs.readFileSync(junk), before);
  const ro = path.join(tmp, 'ro.db');
  assert.equal(spawnSync(process.execPath, [BIN, 'ingest', path.join(DEV, 'seed-000.txt'), '--db', ro], { encoding: 'utf8' }).status, 0);
  fs.chmodSync(ro, 0o444);
  const roBefore = fs.readFileSync(ro);
  const denied = spawnSync(process.execPath, [BIN, 'ingest', path.join(DEV, 'seed-001.txt'), '--db', ro], { encoding: 'utf8' });
  assert.equal(denied.status, 1);
  assert.match(denied.stderr, /read-only/);
  assert.deepEqual(fs.readFileSync(ro), roBefore);
  assert.equal(spawnSync(process.execPath, [BIN, 'actors', '--db', ro], { encoding: 'utf8' }).status, 0, 'still readable');
  const missing = spawnSync(process.execPath, [BIN, 'actors', '--db', path.join(tmp, 'none.db')], { encoding: 'utf8' });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no database at .*run "dossier ingest/);
  assert.equal(fs.existsSync(path.join(tmp, 'none.db')), false);
});

test('one ingest at a time: a live lock holder is reported, a dead one is taken over', { skip: !fs.existsSync(DEV) && 'no dev set' }, () => {
  const db = path.join(tmp, 'locked.db');
  fs.writeFileSync(`${db}.lock`, String(process.pid));
  const busy = spawnSync(process.execPath, [BIN, 'ingest', path.join(DEV, 'seed-000.txt'), '--db', db], { encoding: 'utf8' });
  assert.equal(busy.status, 1);
  assert.match(busy.stderr, new RegExp(`another dossier ingest \\(pid ${process.pid}\\)`));
  assert.equal(fs.existsSync(db), false, 'nothing was created');
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  fs.writeFileSync(`${db}.lock`, dead);
  const ok = spawnSync(process.execPath, [BIN, 'ingest', path.join(DEV, 'seed-000.txt'), '--db', db], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(fs.existsSync(`${db}.lock`), false, 'the lock is released');
});

test('a store without saved corpus states (an older schema) is read the slow way once, then has them', { skip: !fs.existsSync(DEV) && 'no dev set' }, async () => {
  const dir = copyDev(path.join(tmp, 'states'), ['seed-000', 'seed-002']);
  const file = path.join(tmp, 'states.db');
  const store = openSqliteStore(file);
  await ingestPaths(store, [dir]);
  const before = (await store.actors()).map((a) => `${a.id}:${a.articles}`).sort();
  await store.close();
  const raw = new Database(file);
  raw.exec('UPDATE actors SET state = NULL; UPDATE events SET state = NULL;');
  raw.close();
  const again = openSqliteStore(file);
  assert.equal(await again.corpusState(), null);
  copyDev(dir, ['seed-003']);
  const s = await ingestPaths(again, [dir]);
  assert.equal(s.added, 1);
  assert.ok(await again.corpusState(), 'every actor and event has its state again');
  const after = new Map((await again.actors()).map((a) => [a.id, a.articles]));
  for (const x of before) {
    const [id, n] = x.split(':');
    assert.ok((after.get(id) ?? 0) >= Number(n), `${id} kept its articles`);
  }
  await again.close();
});

test('an article given twice in one run (the same id) is stored once, the later text replacing the earlier', async () => {
  const dir = path.join(tmp, 'twice');
  fs.mkdirSync(dir, { recursive: true });
  const line = (text: string) => JSON.stringify({ id: 'same', text, published: '2021-03-01', outlet: 'Example' });
  fs.writeFileSync(
    path.join(dir, 'a.jsonl'),
    [
      line('Iranian Foreign Minister Javad Zarif met Hamas leader Ismail Haniyeh in Tehran on Sunday.'),
      line('Turkish President Recep Tayyip Erdogan met Qatari Emir Tamim bin Hamad Al Thani in Doha on Monday.'),
    ].join('\n') + '\n',
  );
  const store = openSqliteStore(path.join(tmp, 'twice.db'));
  const warnings: string[] = [];
  const s = await ingestPaths(store, [dir], { onWarning: (w) => warnings.push(w) });
  assert.deepEqual([s.added, s.replaced, s.failed], [1, 1, 0]);
  assert.equal((await store.counts()).articles, 1);
  const art = await store.article('same');
  assert.match(art!.text, /Erdogan/);
  const snap = await store.snapshot();
  const names = new Set(snap.links.filter((l) => l.article === 'same').map((l) => snap.actors.find((a) => a.id === l.actor)?.name));
  assert.ok(names.has('Recep Tayyip Erdogan'));
  assert.ok(!names.has('Javad Zarif'), 'the replaced text leaves no link behind');
  assert.deepEqual(new Set(snap.links.map((l) => l.actor)), new Set(snap.actors.map((a) => a.id)), 'no canonical actor without a link');
  await store.close();
});
