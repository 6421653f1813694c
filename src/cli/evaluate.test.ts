import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluateCommand, type EvaluateIO } from './evaluate.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: EvaluateIO = { out: { write: (s: string) => out.push(s) }, err: { write: (s: string) => err.push(s) } };
  return { io, out, err };
}

function goldFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-gold-'));
  fs.writeFileSync(
    path.join(dir, 'a-1.txt'),
    'outlet: Example News\npublished: 2019-07-23\n---\nIranian Foreign Minister Mohammad Javad Zarif met Hamas leader Ismail Haniyeh in Tehran on Monday, the Iranian foreign ministry said.\n',
  );
  fs.writeFileSync(
    path.join(dir, 'a-1.gold.json'),
    JSON.stringify({
      id: 'a-1',
      actors: [
        { name: 'Mohammad Javad Zarif', type: 'person', roles: ['foreign minister'], affiliation: 'Iran' },
        { name: 'Ismail Haniyeh', type: 'person', roles: ['hamas leader'], affiliation: 'Hamas' },
        { name: 'Hamas', type: 'organization' },
        { name: 'Tehran', type: 'place' },
        { name: 'Iran', type: 'place' },
      ],
      meetings: [{ participants: ['Mohammad Javad Zarif', 'Ismail Haniyeh'], date: '2019-07-22', location: 'Tehran' }],
      quotes: [],
    }),
  );
  return dir;
}

test('evaluate prints a table of every layer for a gold folder', () => {
  const dir = goldFolder();
  const c = capture();
  assert.equal(evaluateCommand([], { gold: dir }, c.io), 0);
  const text = c.out.join('');
  assert.match(text, /^docs 1 {2}\(no prediction for 0\)/);
  for (const l of ['actors', 'person', 'organization', 'place', 'roles', 'meetings', 'quotes', 'attributed']) assert.match(text, new RegExp(`^${l} +[\\d.]+ +[\\d.]+ +[\\d.]+ +\\d+/\\d+/\\d+$`, 'm'));
  assert.match(text, /meeting dates right \d+\/\d+/);
  // the analysis finds at least the two persons
  const person = /^person +[\d.]+ +[\d.]+ +[\d.]+ +(\d+)\//m.exec(text);
  assert.ok(person && Number(person[1]) >= 2, text);
});

test('evaluate --json gives the figures with counts; --verbose lists findings', () => {
  const dir = goldFolder();
  const c = capture();
  assert.equal(evaluateCommand([], { gold: dir, json: true }, c.io), 0);
  const j = JSON.parse(c.out.join(''));
  assert.equal(j.figures.docs, 1);
  assert.equal(j.figures.layers.meetings.tp + j.figures.layers.meetings.fn, 1);
  const v = capture();
  evaluateCommand([], { gold: dir, verbose: true }, v.io);
  // findings come before the table, one per line, naming the article
  const lines = v.out.join('').split('\n');
  const table = lines.findIndex((l) => l.startsWith('docs '));
  assert.ok(lines.slice(0, table).every((l) => l.startsWith('  a-1 ')));
});

test('evaluate names what is wrong with its command line or gold folder', () => {
  let c = capture();
  assert.equal(evaluateCommand([], {}, c.io), 2);
  assert.match(c.err.join(''), /give one gold folder/);
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-gold-'));
  c = capture();
  assert.equal(evaluateCommand([], { gold: empty }, c.io), 2);
  assert.match(c.err.join(''), /no <id>\.gold\.json files in this folder/);
  c = capture();
  assert.equal(evaluateCommand([], { gold: path.join(empty, 'nope') }, c.io), 2);
  assert.match(c.err.join(''), /cannot read the gold folder/);
  // a gold file without its article: scored as missing, exit code 1
  const dir = goldFolder();
  fs.rmSync(path.join(dir, 'a-1.txt'));
  c = capture();
  assert.equal(evaluateCommand([], { gold: dir }, c.io), 1);
  assert.match(c.out.join(''), /no prediction for 1/);
});

test('evaluate --pred scores analyses already written, without analyzing', () => {
  const dir = goldFolder();
  const pred = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-pred-'));
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'a-1.gold.json'), 'utf8'));
  // the gold itself, written in the contract: everything is found
  const actors = gold.actors.map((a: { name: string }, i: number) => ({ id: `a${i + 1}`, ...a }));
  fs.writeFileSync(path.join(pred, 'a-1.json'), JSON.stringify({ id: 'a-1', actors, events: [{ type: 'CONSULT', participants: ['a1', 'a2'], date: '2019-07-22' }], quotes: [] }));
  let c = capture();
  assert.equal(evaluateCommand([], { gold: dir, pred, json: true }, c.io), 0);
  const f = JSON.parse(c.out.join('')).figures;
  assert.deepEqual([f.layers.actors.f1, f.layers.roles.f1, f.layers.meetings.f1, f.meetingDates.right], [1, 1, 1, 1]);
  // a file that is not JSON is named, and counts as no prediction
  fs.writeFileSync(path.join(pred, 'a-1.json'), '{"actors": [');
  c = capture();
  assert.equal(evaluateCommand([], { gold: dir, pred }, c.io), 1);
  assert.match(c.out.join(''), /warning: .*a-1\.json: not a prediction/);
  c = capture();
  assert.equal(evaluateCommand([], { gold: dir, pred: path.join(pred, 'nope') }, c.io), 2);
  assert.match(c.err.join(''), /not a folder of <id>\.json predictions/);
});
