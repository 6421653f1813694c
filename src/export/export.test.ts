import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../store/sqlite.js';
import { Corpus } from '../corpus/corpus.js';
import { article } from '../corpus/fixtures.js';
import { collect } from './collect.js';
import { ploverLines } from './plover.js';
import { gexf } from './gexf.js';
import { csvTable } from './csv.js';

async function corpusStore() {
  const store = openSqliteStore(':memory:');
  const c = Corpus.empty();
  const hamas = { name: 'Hamas', type: 'organization' as const };
  const memo = 'Hamas deputy leader Saleh al-Arouri met Supreme Leader Ali Khamenei in Tehran on Monday, said "we stand firm, together".';
  const clarion = 'Khamenei hosted a Hamas delegation in Tehran in July.';
  const a1 = article('seed-002', 'Middle East Monitor', '2019-07-23', memo, [hamas, { name: 'Saleh al-Arouri', roles: ['hamas deputy leader'] }, { name: 'Ali Khamenei' }], [
    { participants: ['Saleh al-Arouri', 'Ali Khamenei'], date: '2019-07-22', location: 'Tehran', evidence: 'met Supreme Leader Ali Khamenei' },
  ]);
  a1.url = 'https://memo.example/1';
  a1.analysis.quotes.push({ id: 'q1', text: 'we stand firm, together', speaker: 'a2', via: null, direct: true, span: { start: 92, end: 115 }, cue: null, speaker_span: null, rule: 't' });
  const a2 = article('seed-003', 'Clarion Project', null, clarion, [{ name: 'Khamenei' }, hamas, { name: 'Saleh al-Arouri', roles: ['hamas deputy chief'] }], [
    { participants: ['Khamenei', 'Hamas'], date: '2019-07', location: 'Tehran', mode: 'host', evidence: 'hosted a Hamas delegation' },
  ]);
  a2.url = 'https://clarion.example/2';
  await store.writeArticle(c.add(a1));
  await store.writeArticle(c.add(a2));
  return store;
}

test('PLOVER JSONL: one line per merged event, with every report and its URL', async () => {
  const store = await corpusStore();
  const lines = [...ploverLines(await collect(store))].map((l) => JSON.parse(l));
  assert.equal(lines.length, 1);
  const e = lines[0];
  assert.equal(e.event, 'CONSULT');
  assert.equal(e.date, '2019-07-22');
  assert.deepEqual(e.urls.sort(), ['https://clarion.example/2', 'https://memo.example/1']);
  assert.deepEqual(e.sources.map((s: { outlet: string }) => s.outlet).sort(), ['Clarion Project', 'Middle East Monitor']);
  assert.deepEqual([e.source, e.target].sort(), ['Ali Khamenei', 'Saleh al-Arouri']);
  assert.equal(e.text, 'met Supreme Leader Ali Khamenei');
  await store.close();
});

test('GEXF: actors as nodes, an edge per participant pair dated by the event', async () => {
  const store = await corpusStore();
  const x = gexf(await collect(store));
  assert.match(x, /<graph mode="dynamic"/);
  assert.equal((x.match(/<node /g) ?? []).length, 3, 'Arouri, Khamenei and Hamas take part');
  const edges = x.match(/<edge [^>]*>/g) ?? [];
  assert.equal(edges.length, 3, 'three pairs among three participants');
  assert.ok(edges.every((e) => e.includes('start="2019-07-22" end="2019-07-22"')));
  assert.match(x, /label="Saleh al-Arouri"/);
  await store.close();
});

test('CSV: quoted where needed, one row per actor, event and quote', async () => {
  const store = await corpusStore();
  const d = await collect(store);
  const actors = csvTable(d, 'actors').trimEnd().split('\r\n');
  assert.equal(actors[0], 'id,name,type,names,affiliation,mentions,articles,outlets');
  assert.equal(actors.length, 4);
  const quotes = csvTable(d, 'quotes').trimEnd().split('\r\n');
  assert.equal(quotes.length, 2);
  assert.match(quotes[1], /,"we stand firm, together",/);
  assert.match(quotes[1], /Saleh al-Arouri/);
  const events = csvTable(d, 'events').trimEnd().split('\r\n');
  assert.equal(events.length, 2);
  assert.match(events[1], /Clarion Project; Middle East Monitor|Middle East Monitor; Clarion Project/);
  await store.close();
});
