// The corpus on the real dev articles: ingest them all, then ask the questions an analyst asks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEV = path.resolve(root, '../shared/eval/dev');
const BIN = path.join(root, 'bin/dossier.js');
const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-dev-')), 'dev.db');

function dossier(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--db', db], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) };
}

test('dev set: one Arouri across outlets, whatever the spelling; unknown actors are a clear error', { skip: !fs.existsSync(DEV) && 'no dev set' }, () => {
  const ing = dossier('ingest', DEV, '--json');
  assert.equal(ing.status, 0, ing.err);
  assert.equal(ing.json().added, fs.readdirSync(DEV).filter((f) => f.endsWith('.txt')).length);

  const arouri = dossier('actors', '--search', 'Arouri', '--json').json() as { names: string[]; articles: number }[];
  assert.equal(arouri.length, 1, `one actor, got ${arouri.map((a) => a.names.join('/')).join(' | ')}`);
  assert.ok(arouri[0].names.includes('Salah al-Aruri'), arouri[0].names.join('; '));
  assert.ok(arouri[0].names.some((n) => /^Saleh al-Arouri$/i.test(n)), arouri[0].names.join('; '));
  assert.ok(arouri[0].articles >= 3);
  assert.equal((dossier('actors', '--search', 'Aruri', '--json').json() as unknown[]).length, 1);

  const haniyeh = dossier('actor', 'Haniyeh', '--json').json();
  assert.ok(haniyeh.articles >= 4, 'Haniyeh is one actor across the Hamas articles');
  assert.ok(haniyeh.roles.length >= 2);

  // The July 2019 Hamas delegation's meeting with Khamenei, reported by Middle East Monitor and Clarion Project: one event.
  const july = dossier('events', '--actor', 'Khamenei', '--actor', 'Hamas', '--type', 'CONSULT', '--json').json() as { date: string | null; sources: { outlet: string }[] }[];
  const in2019 = july.filter((e) => e.date?.startsWith('2019-07'));
  assert.equal(in2019.length, 1, JSON.stringify(july.map((e) => [e.date, e.sources.map((s) => s.outlet)])));
  assert.deepEqual(in2019[0].sources.map((s) => s.outlet).sort(), ['Clarion Project', 'Middle East Monitor']);

  const none = dossier('actor', 'Nobody Atall');
  assert.equal(none.status, 1);
  assert.match(none.err, /no actor named "Nobody Atall"/);

  const again = dossier('ingest', DEV, '--json').json();
  assert.equal(again.added + again.replaced, 0, 'a second ingest adds nothing');
});
