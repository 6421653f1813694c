import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { openSqliteStore } from '../store/sqlite.js';
import { Corpus } from '../corpus/corpus.js';
import { article } from '../corpus/fixtures.js';
import { actorCommand, actorsCommand, eventsCommand, quotesCommand, searchCommand, timelineCommand } from './corpus-queries.js';
import type { Out } from './corpus-common.js';

const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-q-')), 'q.db');

function io(): Out & { text: () => string; errors: () => string } {
  let out = '';
  let err = '';
  const w = (f: (s: string) => void) => new Writable({ write: (c, _e, cb) => (f(String(c)), cb()) });
  return { out: w((s) => (out += s)), err: w((s) => (err += s)), text: () => out, errors: () => err };
}

before(async () => {
  const store = openSqliteStore(db);
  const c = Corpus.empty();
  const fm = 'Foreign Minister Kamal Kharazi met Ismail Haniyeh in Tehran. "Resistance is the only way," Kharazi said.';
  const sc = 'Kamal Kharazi, head of the Strategic Council on Foreign Relations, hosted Ismail Haniyeh in Tehran.';
  const a1 = article('old', 'IRNA', '2001-03-04', fm, [{ name: 'Kamal Kharazi', roles: ['foreign minister'] }, { name: 'Ismail Haniyeh' }], [
    { participants: ['Kamal Kharazi', 'Ismail Haniyeh'], date: '2001-03-03', location: 'Tehran', evidence: 'met Ismail Haniyeh in Tehran' },
  ]);
  a1.analysis.quotes.push({ id: 'q1', text: 'Resistance is the only way', speaker: 'a1', via: null, direct: true, span: { start: 62, end: 88 }, cue: null, speaker_span: null, rule: 't' });
  const a2 = article('new', 'SCFR', '2021-06-01', sc, [{ name: 'Kamal Kharazi', roles: ['head of the strategic council on foreign relations'] }, { name: 'Ismail Haniyeh' }], [
    { participants: ['Kamal Kharazi', 'Ismail Haniyeh'], date: '2021-05-31', location: 'Tehran', mode: 'host', evidence: 'hosted Ismail Haniyeh in Tehran' },
  ]);
  await store.writeArticle(c.add(a1));
  await store.writeArticle(c.add(a2));
  await store.close();
});

test('actors: a table, and JSON with aliases, roles and counts', async () => {
  const t = io();
  assert.equal(await actorsCommand([], { db }, t), 0);
  assert.match(t.text(), /^ID\s+NAME\s+TYPE/);
  assert.match(t.text(), /Kamal Kharazi/);
  const j = io();
  await actorsCommand([], { db, json: true, search: 'kharazi' }, j);
  const rows = JSON.parse(j.text());
  assert.equal(rows.length, 1);
  assert.equal(rows[0].articles, 2);
  assert.deepEqual(rows[0].roles.map((r: { title: string }) => r.title), ['foreign minister', 'head of the strategic council on foreign relations']);
  const bad = io();
  assert.equal(await actorsCommand([], { db, type: 'country' }, bad), 2);
});

test('actor: roles over time with dates and evidence; an unknown name is one line and exit 1', async () => {
  const j = io();
  assert.equal(await actorCommand(['Kharazi'], { db, json: true }, j), 0);
  const p = JSON.parse(j.text());
  assert.deepEqual(p.roles.map((r: { title: string; first: string }) => [r.title, r.first]), [
    ['foreign minister', '2001-03-04'],
    ['head of the strategic council on foreign relations', '2021-06-01'],
  ]);
  assert.equal(p.roles[0].evidence[0].text, 'Foreign Minister');
  assert.equal(p.meetings.length, 2, 'two meetings twenty years apart stay two');
  assert.equal(p.quotes.length, 1);
  const variant = io();
  assert.equal(await actorCommand(['Ismail', 'Hanieh'], { db, json: true }, variant), 0, 'another transliteration finds the actor');
  assert.equal(JSON.parse(variant.text()).name, 'Ismail Haniyeh');
  const none = io();
  assert.equal(await actorCommand(['Zbigniew Nobody'], { db }, none), 1);
  assert.equal(none.errors().trim().split('\n').length, 1);
  assert.match(none.errors(), /no actor named "Zbigniew Nobody"/);
});

test('events, timeline, quotes and search answer from the store', async () => {
  const e = io();
  await eventsCommand([], { db, json: true, actor: ['Kharazi', 'Haniyeh'], from: '2021' }, e);
  const ev = JSON.parse(e.text());
  assert.equal(ev.length, 1);
  assert.equal(ev[0].date, '2021-05-31');
  assert.equal(ev[0].sources[0].text, 'hosted Ismail Haniyeh in Tehran');
  const bad = io();
  assert.equal(await eventsCommand([], { db, type: 'PARTY' }, bad), 2);
  await assert.rejects(eventsCommand([], { db, from: 'last year' }, io()), /--from takes a date/);

  const t = io();
  await timelineCommand(['Kharazi', 'Haniyeh'], { db, json: true }, t);
  const tl = JSON.parse(t.text());
  assert.deepEqual(tl.years.map((y: { year: string }) => y.year), ['2001', '2021']);
  assert.equal(tl.events[0].score, 1);

  const q = io();
  await quotesCommand([], { db, json: true, speaker: 'Kamal Kharazi' }, q);
  assert.equal(JSON.parse(q.text())[0].text, 'Resistance is the only way');
  const s = io();
  await searchCommand(['strategic', 'council'], { db, json: true }, s);
  assert.deepEqual(JSON.parse(s.text()).map((h: { article: string }) => h.article), ['new']);
});

test('a damaged database: one line naming the file, exit 1', async () => {
  const bad = db.replace(/q\.db$/, 'damaged.db');
  const buf = fs.readFileSync(db);
  buf.fill(0x5a, 4096, buf.length);
  fs.writeFileSync(bad, buf);
  const t = io();
  assert.equal(await actorsCommand([], { db: bad }, t), 1);
  assert.equal(t.errors().trim().split('\n').length, 1);
  assert.match(t.errors(), new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*(damaged|not a dossier database)`));
});
