// The HTTP API, in process (Hono's app.request, no network), over a temporary SQLite store
// filled by ingesting the dev set (or the bundled examples). Every route, and the bad requests:
// bad dates and parameters, unknown ids, oversized bodies, missing and wrong tokens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { openSqliteStore, type SqliteStore } from '../store/sqlite.js';
import { ingestPaths } from '../corpus/ingest.js';
import { createApp } from './app.js';
import { OPENAPI } from './openapi.js';
import { startServer } from './serve.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEV = path.resolve(root, '../shared/eval/dev');
const SOURCE = fs.existsSync(DEV) ? DEV : path.join(root, 'examples');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-api-'));
const DB = path.join(tmp, 'api.db');

let store: SqliteStore;
let app: Hono;
let ingested = 0;

type J = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function get(url: string, status = 200, a: Hono = app): Promise<J> {
  const res = await a.request(url);
  const body = (await res.json()) as J;
  assert.equal(res.status, status, `${url}: ${JSON.stringify(body).slice(0, 300)}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  if (status >= 400) {
    assert.equal(typeof body.error, 'string', `${url}: errors are {error: message}`);
    assert.ok(body.error.length > 10, `${url}: a clear message, not a code`);
  }
  return body;
}

async function post(body: string | FormData, headers: Record<string, string>, status: number, a: Hono = app): Promise<J> {
  const res = await a.request('/api/articles', { method: 'POST', body, headers });
  const out = (await res.json()) as J;
  assert.equal(res.status, status, JSON.stringify(out).slice(0, 300));
  return out;
}

const json = { 'content-type': 'application/json' };

before(async () => {
  store = openSqliteStore(DB);
  const s = await ingestPaths(store, [SOURCE]);
  ingested = s.added;
  app = createApp(store);
});

after(async () => {
  await store.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('the store is filled and /api/stats counts it', async () => {
  assert.ok(ingested >= 5, `ingested ${ingested} articles from ${SOURCE}`);
  const s = await get('/api/stats');
  assert.equal(s.counts.articles, ingested);
  assert.ok(s.counts.actors > 0 && s.counts.events > 0 && s.counts.quotes > 0);
  const dates = ((await get('/api/events?limit=500')).items as J[]).map((e) => e.date).filter(Boolean).sort();
  assert.deepEqual(s.events, { first: dates[0], last: dates[dates.length - 1] });
});

test('GET /api/actors: most mentioned first, pages that fit together, type and search filters', async () => {
  const all = await get('/api/actors?limit=500');
  assert.ok(all.items.length > 10);
  for (let i = 1; i < all.items.length; i++) assert.ok(all.items[i - 1].mentions >= all.items[i].mentions, 'sorted by mentions');
  const p1 = await get('/api/actors?limit=4');
  const p2 = await get(`/api/actors?limit=4&offset=${p1.next_offset}`);
  assert.equal(p1.next_offset, 4);
  assert.deepEqual([...p1.items, ...p2.items].map((a: J) => a.id), all.items.slice(0, 8).map((a: J) => a.id));
  const end = await get(`/api/actors?limit=5&offset=${all.items.length}`);
  assert.deepEqual([end.items, end.next_offset], [[], null]);

  const people = await get('/api/actors?type=person&limit=500');
  assert.ok(people.items.length > 0 && people.items.every((a: J) => a.type === 'person'));
  assert.equal((await get('/api/actors?type=Organization')).items.every((a: J) => a.type === 'organization'), true, 'type is case-insensitive');
  const hamas = await get('/api/actors?search=hAMas');
  assert.ok(hamas.items.some((a: J) => a.names.includes('Hamas')));
  assert.ok(hamas.items.every((a: J) => a.names.some((n: string) => n.toLowerCase().includes('hamas'))));
  assert.deepEqual((await get('/api/actors?search=zzqxnotaname')).items, []);
});

test('GET /api/actors with bad parameters: 400 naming the parameter', async () => {
  assert.match((await get('/api/actors?type=robot', 400)).error, /type is one of person, organization, place/);
  assert.match((await get('/api/actors?limit=0', 400)).error, /limit/);
  assert.match((await get('/api/actors?limit=abc', 400)).error, /limit takes a whole number/);
  assert.match((await get('/api/actors?limit=501', 400)).error, /limit/);
  assert.match((await get('/api/actors?offset=-3', 400)).error, /offset/);
  assert.match((await get(`/api/actors?search=${'x'.repeat(600)}`, 400)).error, /search is longer/);
});

test("GET /api/actors/:id: an actor's page whose evidence is the article's own words; unknown id is 404", async () => {
  const top = (await get('/api/actors?search=hamas')).items.find((a: J) => a.name === 'Hamas') ?? (await get('/api/actors?limit=1')).items[0];
  const p = await get(`/api/actors/${encodeURIComponent(top.id)}`);
  assert.equal(p.id, top.id);
  assert.equal(p.mentions, top.mentions);
  assert.ok(Array.isArray(p.roles) && Array.isArray(p.meetings) && Array.isArray(p.events) && Array.isArray(p.quotes));
  const theirs = await get(`/api/events?actor=${top.id}&limit=500`);
  assert.equal(p.events_total, theirs.items.length);
  assert.equal(p.meetings.length + p.events.length, Math.min(100, p.events_total));
  assert.ok(p.appearances.length > 0 && p.appearances.length <= p.articles);
  assert.ok(p.outlets.length > 0 && p.outlets.length <= p.articles);
  for (const m of p.meetings) {
    assert.equal(m.type, 'CONSULT');
    assert.ok(m.participants.some((x: J) => x.id === top.id), 'each meeting includes the actor');
  }
  const arts = new Map<string, string>();
  for (const r of p.roles)
    for (const e of r.evidence) {
      if (!arts.has(e.article)) arts.set(e.article, (await get(`/api/articles/${e.article}`)).text);
      assert.equal(arts.get(e.article)!.slice(e.start, e.end), e.text);
    }
  for (const q of p.quotes) {
    const text = arts.get(q.article) ?? (await get(`/api/articles/${q.article}`)).text;
    arts.set(q.article, text);
    assert.ok(text.slice(q.span.start, q.span.end).includes(q.text.slice(0, 20)), 'quote span points at the quote');
  }
  assert.match((await get('/api/actors/A999999', 404)).error, /no actor with id "A999999"/);
});

test('GET /api/events: type, actor and date filters, pages; bad dates and unknown actors refused', async () => {
  const all = await get('/api/events?limit=500');
  assert.ok(all.items.length > 0);
  const consult = await get('/api/events?type=consult&limit=500');
  assert.ok(consult.items.length > 0 && consult.items.every((e: J) => e.type === 'CONSULT'));
  for (const e of all.items) {
    assert.ok(e.sources >= 1 && e.outlets.length >= 1 && e.outlets.length <= e.sources);
    assert.ok(e.participants.every((x: J) => typeof x.id === 'string' && typeof x.name === 'string'));
  }
  const dated = all.items.filter((e: J) => e.date);
  assert.ok(dated.length > 0);
  const year = dated[0].date.slice(0, 4);
  const inYear = await get(`/api/events?from=${year}&to=${year}&limit=500`);
  assert.ok(inYear.items.length > 0 && inYear.items.every((e: J) => e.date && e.date.startsWith(year)));
  assert.equal(inYear.items.length, all.items.filter((e: J) => e.date?.startsWith(year)).length);

  const someone = all.items.find((e: J) => e.participants.length >= 2)!;
  const [a, b] = someone.participants;
  const both = await get(`/api/events?actor=${a.id}&actor=${encodeURIComponent(b.name)}&limit=500`);
  assert.deepEqual(both.actors.map((x: J) => x.id).sort(), [a.id, b.id].sort(), 'an actor is given by id or by name');
  assert.ok(both.items.some((e: J) => e.id === someone.id));
  assert.ok(both.items.every((e: J) => [a.id, b.id].every((id) => e.participants.some((x: J) => x.id === id))));

  const p1 = await get('/api/events?limit=2');
  const p2 = await get('/api/events?limit=2&offset=2');
  assert.deepEqual([...p1.items, ...p2.items].map((e: J) => e.id), all.items.slice(0, 4).map((e: J) => e.id));
  assert.equal(p2.next_offset, all.items.length > 4 ? 4 : null);

  assert.match((await get('/api/events?from=2019-02-30', 400)).error, /from takes a date like 2019, 2019-07 or 2019-07-22 \(got "2019-02-30"\)/);
  assert.match((await get('/api/events?to=July', 400)).error, /^to takes a date/);
  assert.match((await get('/api/events?from=2019-13', 400)).error, /from/);
  assert.match((await get('/api/events?from=2020&to=2019-12-31', 400)).error, /from \(2020\) is after to \(2019-12-31\)/);
  await get('/api/events?from=2019-07-22&to=2019-07', 200); // a day inside the month is not "after" it
  assert.match((await get('/api/events?type=PARTY', 400)).error, /type is one of CONSULT/);
  assert.match((await get('/api/events?actor=Nobody%20Atall', 404)).error, /no actor with id or name "Nobody Atall"/);
});

test('GET /api/events/:id: every source with its own sentence at its offsets, quotes and labels; unknown id is 404', async () => {
  const all = (await get('/api/events?limit=500')).items as J[];
  const multi = all.filter((e) => e.sources >= 2);
  assert.ok(multi.length > 0, 'some event is reported by two articles');
  for (const e of [...multi.slice(0, 3), all[all.length - 1]]) {
    const one = await get(`/api/events/${e.id}`);
    assert.equal(one.id, e.id);
    assert.equal(one.sources.length, e.sources);
    for (const s of one.sources) {
      const art = await get(`/api/articles/${s.article}`);
      assert.equal(art.text.slice(s.evidence.start, s.evidence.end), s.evidence.text);
      for (const q of s.quotes) assert.ok(one.participants.some((p: J) => p.id === q.speaker), 'quotes come from the participants');
      assert.ok(Array.isArray(s.labels));
    }
  }
  assert.match((await get('/api/events/E424242', 404)).error, /no event with id "E424242"/);
});

test('GET /api/quotes: by speaker (id or name), by words, paged; unknown speaker is 404', async () => {
  const all = await get('/api/quotes?limit=500');
  assert.ok(all.items.length > 0);
  const spoken = all.items.find((q: J) => q.speaker);
  assert.ok(spoken, 'some quote has a canonical speaker');
  const byId = await get(`/api/quotes?speaker=${spoken.speaker}&limit=500`);
  assert.equal(byId.speaker.id, spoken.speaker);
  assert.ok(byId.items.length > 0 && byId.items.every((q: J) => q.speaker === spoken.speaker && q.speaker_canonical === byId.speaker.name));
  const byName = await get(`/api/quotes?speaker=${encodeURIComponent(byId.speaker.name)}&limit=500`);
  assert.equal(byName.speaker.id, spoken.speaker);
  const word = (spoken.text.match(/[A-Za-z]{6,}/) ?? ['said'])[0];
  const found = await get(`/api/quotes?search=${word}&limit=500`);
  assert.ok(found.items.some((q: J) => q.text === spoken.text));
  assert.ok(found.items.every((q: J) => q.text.toLowerCase().includes(word.toLowerCase())));
  const p1 = await get('/api/quotes?limit=3');
  const p2 = await get(`/api/quotes?limit=3&offset=${p1.next_offset}`);
  assert.deepEqual([...p1.items, ...p2.items].map((q: J) => `${q.article}/${q.local}`), all.items.slice(0, 6).map((q: J) => `${q.article}/${q.local}`));
  const last = await get(`/api/quotes?limit=3&offset=${all.items.length - 2}`);
  assert.deepEqual([last.items.length, last.next_offset], [2, null], 'the last page says there is no next');
  assert.deepEqual((await get('/api/quotes?search=%22%20OR%20(')).items, [], 'query syntax is words, never FTS5 syntax');
  assert.match((await get('/api/quotes?speaker=A0000', 404)).error, /no speaker/);
  assert.match((await get('/api/quotes?limit=x', 400)).error, /limit/);
});

test('GET /api/articles: newest first with a total; /api/articles/:id gives text and analysis whose offsets hold', async () => {
  const list = await get('/api/articles?limit=500');
  assert.equal(list.total, ingested);
  assert.equal(list.items.length, ingested);
  const dates = list.items.map((a: J) => a.published).filter(Boolean);
  assert.deepEqual(dates, [...dates].sort().reverse());
  assert.ok(list.items.every((a: J) => !('hash' in a) && !('text' in a)), 'the list carries metadata only');
  assert.equal((await get('/api/articles?limit=3&offset=3')).items[0].id, list.items[3].id);

  const art = await get(`/api/articles/${list.items[0].id}`);
  assert.equal(typeof art.text, 'string');
  assert.ok(art.analysis.actors.length > 0);
  for (const a of art.analysis.actors) for (const m of a.mentions) assert.equal(art.text.slice(m.start, m.end), m.text);
  const linked = Object.entries(art.canonical).filter(([, v]) => v);
  assert.ok(linked.length > 0, 'article actors are tied to canonical actors');
  assert.equal(linked.length, art.analysis.actors.length, 'every article actor has its canonical actor');
  for (const [local, id] of linked) {
    const p = await get(`/api/actors/${id}`);
    assert.ok(p.appearances.some((x: J) => x.article === art.id && x.local === local), `${local} → ${id} is the stored link`);
  }
  assert.match((await get('/api/articles/no-such-article', 404)).error, /no article with id "no-such-article"/);
  assert.match((await get('/api/articles?offset=100001', 400)).error, /offset/);
});

test('GET /api/timeline: one actor or a pair, scored per year; none, three or unknown refused', async () => {
  const events = (await get('/api/events?limit=500')).items as J[];
  const e = events.find((x) => x.participants.length >= 2)!;
  const [a, b] = e.participants;
  const one = await get(`/api/timeline?actor=${a.id}`);
  assert.deepEqual(one.actors.map((x: J) => x.id), [a.id]);
  assert.ok(one.events.some((x: J) => x.id === e.id));
  assert.equal(one.years.reduce((n: number, y: J) => n + y.events, 0), one.total);
  assert.equal(one.events.length, one.total, 'all shown under the default limit');
  const latest = await get(`/api/timeline?actor=${a.id}&limit=1`);
  assert.equal(latest.total, one.total);
  assert.equal(latest.events.length, 1);
  const datedOnes = one.events.filter((x: J) => x.date);
  if (datedOnes.length) assert.equal(latest.events[0].id, datedOnes[datedOnes.length - 1].id, 'the latest dated event');
  await get(`/api/timeline?actor=${a.id}&limit=0`, 400);
  assert.equal(one.scale.CONSULT, 1);
  const pair = await get(`/api/timeline?actor=${a.id}&actor=${b.id}`);
  assert.ok(pair.events.length >= 1 && pair.events.length <= one.events.length);
  assert.match((await get('/api/timeline', 400)).error, /give one actor, or two/);
  assert.match((await get(`/api/timeline?actor=${a.id}&actor=${b.id}&actor=${a.id}`, 400)).error, /give one actor, or two/);
  await get('/api/timeline?actor=Nobody%20Atall', 404);
});

test('GET /api/search: articles and quotes with the hit marked; q is required', async () => {
  const art = (await get('/api/articles?limit=1')).items[0];
  const text = (await get(`/api/articles/${art.id}`)).text as string;
  const word = (text.match(/\b[A-Z][a-z]{5,}\b/) ?? ['Iran'])[0];
  const r = await get(`/api/search?q=${word}&limit=50`);
  assert.equal(r.q, word);
  assert.ok(r.items.some((h: J) => h.kind === 'article' && h.article === art.id));
  assert.ok(r.items.every((h: J) => h.snippet.includes('[')));
  assert.match((await get('/api/search', 400)).error, /q is required/);
  assert.match((await get('/api/search?q=%20%20', 400)).error, /q is required/);
  assert.deepEqual((await get('/api/search?q=%22(%20*%20)')).items, [], 'punctuation alone matches nothing');
  await get('/api/search?q=NEAR(%22Iran%22%20OR%20*', 200); // FTS5 syntax is searched as words, never parsed
});

test('GET /api/network: nodes with mentions, weighted meeting edges between them, for a date range', async () => {
  const n = await get('/api/network');
  assert.ok(n.meetings > 0 && n.edges.length > 0);
  const ids = new Set(n.nodes.map((x: J) => x.id));
  for (const e of n.edges) {
    assert.ok(ids.has(e.source) && ids.has(e.target), 'edges join listed nodes');
    assert.ok(e.count >= 1 && e.events.length >= 1);
  }
  for (let i = 1; i < n.edges.length; i++) assert.ok(n.edges[i - 1].count >= n.edges[i].count, 'heaviest first');
  assert.ok(n.nodes.every((x: J) => x.mentions >= 1 && typeof x.name === 'string'));
  // The edge counts agree with the meetings listed by /api/events.
  const heavy = n.edges[0];
  const both = await get(`/api/events?type=CONSULT&actor=${heavy.source}&actor=${heavy.target}&limit=500`);
  assert.equal(both.items.length, heavy.count);

  const small = await get('/api/network?edges=1&nodes=2');
  assert.ok(small.edges.length <= 1 && small.nodes.length <= 2 && small.truncated === n.edges.length > 1);
  const dated = ((await get('/api/events?type=CONSULT&limit=500')).items as J[]).filter((e) => e.date);
  const day = dated[0].date.slice(0, 10);
  const ranged = await get(`/api/network?from=${day}&to=${day}`);
  assert.ok(ranged.meetings >= 1 && ranged.meetings < n.meetings);
  assert.equal(ranged.from, day);
  assert.match((await get('/api/network?from=2019-04-31', 400)).error, /from takes a date/);
  assert.match((await get('/api/network?edges=0', 400)).error, /edges/);
});

test('GET /api/openapi.json describes every route the app serves, and nothing else', async () => {
  const doc = await get('/api/openapi.json');
  assert.equal(doc.openapi, '3.0.3');
  const served = new Set(
    app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
  );
  const described = new Set(Object.entries(doc.paths as J).flatMap(([p, ops]) => Object.keys(ops as J).map((m) => `${m} ${p}`)));
  assert.deepEqual([...described].sort(), [...served].sort());
  assert.deepEqual(doc, JSON.parse(JSON.stringify(OPENAPI)));
  // Every $ref points at a schema that exists.
  const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
  for (const r of refs) assert.ok(doc.components.schemas[r.split('/').pop()!], r);
  for (const [p, ops] of Object.entries(doc.paths as Record<string, J>)) {
    for (const [method, op] of Object.entries(ops)) {
      assert.ok(op.summary && op.responses && Object.keys(op.responses).some((k) => /^2\d\d$/.test(k)), `${method} ${p}: summary and a success response`);
      const params = (op.parameters ?? []) as J[];
      for (const name of p.match(/\{(\w+)\}/g) ?? []) {
        assert.ok(params.some((x) => x.in === 'path' && `{${x.name}}` === name && x.required), `${method} ${p}: ${name} declared`);
      }
      // A documented number or date parameter is checked by the route: a bad value is a 400 naming it.
      if (method !== 'get') continue;
      for (const x of params.filter((x) => x.in === 'query' && (x.schema.type === 'integer' || x.schema.pattern))) {
        const r = await app.request(`${p}?${x.name}=bad-value`);
        assert.equal(r.status, 400, `${p}?${x.name}=bad-value`);
        assert.match(((await r.json()) as J).error, new RegExp(`^${x.name} `), `${p}: the error names ${x.name}`);
      }
    }
  }
});

test('unknown routes and methods are JSON 404s; responses are never sniffed as HTML', async () => {
  assert.match((await get('/api/nothing', 404)).error, /no route GET \/api\/nothing/);
  const res = await app.request('/api/actors', { method: 'DELETE' });
  assert.equal(res.status, 404);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff', 'error answers carry the headers too');
  const bad = await app.request('/api/events?from=x');
  assert.equal(bad.headers.get('x-content-type-options'), 'nosniff');
  const ok = await app.request('/api/actors');
  assert.equal(ok.headers.get('x-content-type-options'), 'nosniff');
  assert.match(ok.headers.get('content-security-policy') ?? '', /default-src 'none'/);
});

// Writes run last: they add to the store the reads above checked.

const ARTICLE = [
  'Hamas leader Ismail Haniyeh met Iranian Foreign Minister Hossein Amir-Abdollahian in Doha on Tuesday, the movement said in a statement.',
  '"We discussed the situation in Gaza and the support of the resistance," Haniyeh said after the meeting. <script>alert("x")</script><b>bold</b>',
  'Amir-Abdollahian later flew to Beirut, where he was expected to meet Lebanese officials, according to the Iranian foreign ministry.',
].join('\n\n');

test('POST /api/articles (JSON): analyzed and merged at once; the text comes back verbatim as a JSON string; posting again changes nothing', async () => {
  const before = await get('/api/stats');
  const hamasBefore = (await get('/api/actors?search=hamas')).items.find((a: J) => a.name === 'Hamas');
  const r = await post(JSON.stringify({ text: ARTICLE, outlet: 'Test Wire', published: '2024-02-13', title: 'Haniyeh meets Amir-Abdollahian', url: 'https://example.org/a/1' }), json, 201);
  assert.equal(r.status, 'added');
  assert.match(r.id, /^web-[0-9a-f]{16}$/);
  assert.ok(r.actors.some((a: J) => /Haniyeh/.test(a.name)));
  const after_ = await get('/api/stats');
  assert.equal(after_.counts.articles, before.counts.articles + 1);

  const art = await get(`/api/articles/${r.id}`);
  assert.equal(art.text, ARTICLE, 'the body is stored and returned exactly, <script> included, as a string');
  assert.equal(art.outlet, 'Test Wire');
  assert.equal(art.published, '2024-02-13');
  const res = await app.request(`/api/articles/${r.id}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/, 'never served as HTML');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.ok((await get(`/api/articles?limit=500`)).items.some((a: J) => a.id === r.id));
  assert.ok((await get('/api/search?q=Doha')).items.some((h: J) => h.article === r.id), 'searchable at once');
  const haniyeh = (await get('/api/actors?search=haniyeh')).items;
  assert.ok(haniyeh.length > 0, 'its actors appear');
  if (hamasBefore && r.actors.some((a: J) => a.name === 'Hamas')) {
    const hamasAfter = await get(`/api/actors/${hamasBefore.id}`);
    assert.equal(hamasAfter.articles, hamasBefore.articles + 1, 'merged into the existing canonical actor');
    assert.ok(Object.values(art.canonical).includes(hamasBefore.id));
  }
  const again = await post(JSON.stringify({ text: ARTICLE, outlet: 'Test Wire', published: '2024-02-13', title: 'Haniyeh meets Amir-Abdollahian', url: 'https://example.org/a/1' }), json, 200);
  assert.deepEqual([again.status, again.id], ['unchanged', r.id]);
  assert.deepEqual((await get('/api/stats')).counts, after_.counts);
});

test('POST /api/articles (JSON HTML and multipart file upload): the ingest readers make the document', async () => {
  const html = `<!doctype html><html><head><title>Talks in Muscat</title><meta property="og:site_name" content="Gulf Daily"></head><body><nav>Home | World</nav><article><h1>Talks in Muscat</h1>${ARTICLE.split('\n\n')
    .map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`)
    .join('')}<p>Oman's foreign minister Badr Albusaidi hosted both delegations in Muscat earlier this month, officials said.</p></article></body></html>`;
  const h = await post(JSON.stringify({ html, published: '2024-03-01' }), json, 201);
  assert.equal(h.outlet, 'Gulf Daily');
  assert.equal(h.title, 'Talks in Muscat');
  const text = (await get(`/api/articles/${h.id}`)).text as string;
  assert.ok(!text.includes('Home | World'), 'the main text only');

  const fd = new FormData();
  const body = `title: Zarif in Baghdad\noutlet: Upload Times\npublished: 2019-07-22\n---\nIranian Foreign Minister Mohammad Javad Zarif met Iraqi Prime Minister Adel Abdul Mahdi in Baghdad on Monday. "Our relations are strong," Zarif told reporters after the talks.\n`;
  fd.append('file', new Blob([body], { type: 'text/plain' }), 'zarif-baghdad.txt');
  fd.append('url', 'https://example.org/zarif');
  const u = await post(fd, {}, 201);
  assert.deepEqual([u.id, u.outlet, u.published, u.title], ['zarif-baghdad', 'Upload Times', '2019-07-22', 'Zarif in Baghdad']);
  assert.equal((await get('/api/articles/zarif-baghdad')).url, 'https://example.org/zarif', 'form fields fill what the header lacks');
  assert.ok((await get('/api/actors?search=zarif')).items.length > 0);
});

test('POST /api/articles with bad bodies: 400, 413, 415 and 422 with clear messages', async () => {
  assert.match((await post('{"text": "unclosed', json, 400)).error, /not valid JSON/);
  assert.match((await post('[1,2]', json, 400)).error, /must be a JSON object/);
  assert.match((await post('{"outlet": "X"}', json, 400)).error, /no article: give a non-empty "text" or "html"/);
  assert.match((await post('{"text": "   "}', json, 400)).error, /no article/);
  assert.match((await post(JSON.stringify({ text: ARTICLE, html: '<p>x</p>' }), json, 400)).error, /either "text" or "html"/);
  assert.match((await post(JSON.stringify({ text: ARTICLE, published: 'last Tuesday' }), json, 400)).error, /"published" must be a date/);
  assert.match((await post(JSON.stringify({ text: ARTICLE, outlet: 5 }), json, 400)).error, /"outlet" must be a string/);
  assert.match((await post(JSON.stringify({ text: ARTICLE, url: 'javascript:alert(1)' }), json, 400)).error, /"url" must be an http/);
  assert.match((await post(JSON.stringify({ text: ARTICLE, body: 'x' }), json, 400)).error, /unknown field "body"/);
  assert.match((await post(JSON.stringify({ html: '<html><body><p>Too short.</p></body></html>' }), json, 422)).error, /no article text/);
  const german = 'Der iranische Außenminister traf am Dienstag in Doha den Anführer der Hamas. Die Gespräche drehten sich um die Lage im Gazastreifen und um die Unterstützung der Bewegung, sagte ein Sprecher nach dem Treffen.';
  assert.match((await post(JSON.stringify({ text: german }), json, 422)).error, /not English/);
  assert.match((await post(ARTICLE, { 'content-type': 'text/plain' }, 415)).error, /application\/json .* multipart\/form-data/);

  const big = JSON.stringify({ text: 'word '.repeat(450_000) }); // ~2.2 MB, over the default 2 MB
  assert.match((await post(big, json, 413)).error, /over the limit of 2 MB/);
  const tiny = createApp(store, { maxBodyBytes: 200 });
  assert.match((await post(JSON.stringify({ text: ARTICLE }), json, 413, tiny)).error, /over the limit of 200 bytes/);

  const pdf = new FormData();
  pdf.append('file', new Blob(['%PDF-1.4']), 'paper.pdf');
  assert.match((await post(pdf, {}, 415)).error, /upload a \.txt or \.html/);
  const none = new FormData();
  none.append('text', ARTICLE);
  assert.match((await post(none, {}, 400)).error, /a field named "file"/);
  const empty = new FormData();
  empty.append('file', new Blob(['\n\n  \n']), 'empty.txt');
  assert.match((await post(empty, {}, 422)).error, /empty/);
});

test('DOSSIER_TOKEN: writes need the bearer token (401 without or wrong); reads do not', async () => {
  const guarded = createApp(store, { token: 's3cret-token' });
  const body = JSON.stringify({ text: ARTICLE.replace('Doha', 'Muscat'), outlet: 'Token Test' });
  const missing = await guarded.request('/api/articles', { method: 'POST', body, headers: json });
  assert.equal(missing.status, 401);
  assert.match(missing.headers.get('www-authenticate') ?? '', /^Bearer/);
  assert.match(((await missing.json()) as J).error, /needs a token/);
  assert.match((await post(body, { ...json, authorization: 'Bearer s3cret-tokeN' }, 401, guarded)).error, /wrong token/);
  assert.match((await post(body, { ...json, authorization: 'Basic czNjcmV0' }, 401, guarded)).error, /needs a token/);
  const before = (await get('/api/stats', 200, guarded)).counts.articles;
  assert.equal((await get('/api/stats')).counts.articles, before, 'nothing was written by refused requests');
  const ok = await post(body, { ...json, authorization: 'Bearer s3cret-token' }, 201, guarded);
  assert.equal(ok.status, 'added');
  await get('/api/actors?limit=1', 200, guarded);
});

test('cached views follow writes made by another process (dossier ingest) at once', async () => {
  const list = await get('/api/articles?limit=1');
  const net = await get('/api/network');
  const found = async () => ((await get('/api/search?q=Erdogan&limit=200')).items as { article: string }[]).some((h) => h.article === 'outside-1');
  assert.equal(await found(), false);
  const dir = path.join(tmp, 'outside');
  fs.mkdirSync(dir);
  fs.writeFileSync(
    path.join(dir, 'outside-1.txt'),
    'outlet: Outside Wire\npublished: 2031-05-04\n---\nQatari Emir Tamim bin Hamad Al Thani met Turkish President Recep Tayyip Erdogan in Doha on Monday, officials said. "We discussed trade and regional security," Erdogan told reporters after the meeting.\n',
  );
  const other = openSqliteStore(DB);
  try {
    assert.equal((await ingestPaths(other, [dir])).added, 1);
  } finally {
    await other.close();
  }
  const after_ = await get('/api/articles?limit=1');
  assert.equal(after_.total, list.total + 1);
  assert.equal(after_.items[0].id, 'outside-1', 'newest first, not the cached list');
  const net2 = await get('/api/network');
  assert.ok(net2.meetings >= net.meetings);
  assert.equal(await found(), true, 'the search is not answered from before the write');
});

test('writes from another site are refused (403), and a loopback server answers only to loopback host names (421)', async () => {
  const form = () => {
    const fd = new FormData();
    fd.append('file', new Blob(['Hamas leader Ismail Haniyeh met Iranian officials in Tehran on Sunday, state media said, in a visit of two days.']), 'csrf.txt');
    return fd;
  };
  assert.match((await post(form(), { origin: 'http://evil.example' }, 403)).error, /a write sent by a page of another origin \(http:\/\/evil\.example\)/);
  assert.match((await post(form(), { 'sec-fetch-site': 'cross-site' }, 403)).error, /another origin \(Sec-Fetch-Site: cross-site\)/);
  assert.equal((await get('/api/articles/csrf', 404)).error.includes('csrf'), true, 'nothing was written');
  const same = await post(form(), { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' }, 201);
  assert.equal(same.id, 'csrf');

  const local = createApp(store, { allowedHosts: ['127.0.0.1', 'localhost'] });
  assert.equal((await local.request('http://127.0.0.1:8080/api/stats')).status, 200);
  assert.equal((await local.request('http://localhost:8080/api/stats')).status, 200);
  const rebound = await local.request('http://127.0.0.1:8080/api/stats', { headers: { host: 'attacker.example:8080' } });
  assert.equal(rebound.status, 421);
  assert.match(((await rebound.json()) as J).error, /answers to 127\.0\.0\.1, localhost, not to "attacker\.example"/);
});

test('dossier serve listens on 127.0.0.1 by default and answers over HTTP', async () => {
  const lines: string[] = [];
  const sink = { write: (s: string) => lines.push(s) } as unknown as NodeJS.WritableStream;
  await assert.rejects(startServer({ db: DB, port: '99999' }, { out: sink, err: sink }), /--port takes a number/);
  const s = await startServer({ db: DB, port: '0' }, { out: sink, err: sink });
  try {
    assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${s.url}/api/stats`);
    assert.equal(res.status, 200);
    assert.ok(((await res.json()) as J).counts.articles > 0);
    // Over the wire, articles are added by the writer worker: results and errors cross back with their status.
    assert.ok(s.writer, 'a writable store gets a writer worker');
    const warm = await s.writer!.warmed;
    assert.ok('ms' in warm, JSON.stringify(warm));
    const text = ARTICLE.replace('Doha', 'Algiers');
    const added = await fetch(`${s.url}/api/articles`, { method: 'POST', headers: json, body: JSON.stringify({ text, outlet: 'Wire Test' }) });
    assert.equal(added.status, 201);
    const id = ((await added.json()) as J).id;
    assert.equal(((await (await fetch(`${s.url}/api/articles/${id}`)).json()) as J).text, text);
    const de = await fetch(`${s.url}/api/articles`, { method: 'POST', headers: json, body: JSON.stringify({ text: 'Der iranische Außenminister traf am Dienstag in Doha den Anführer der Hamas. Die Gespräche drehten sich um die Lage im Gazastreifen, sagte ein Sprecher nach dem Treffen.' }) });
    assert.equal(de.status, 422);
    assert.match(((await de.json()) as J).error, /not English/);
    // Over the wire the size is known from Content-Length: refused before the body is read.
    const big = await fetch(`${s.url}/api/articles`, { method: 'POST', headers: json, body: JSON.stringify({ text: 'word '.repeat(450_000) }) });
    assert.equal(big.status, 413);
    assert.match(((await big.json()) as J).error, /over the limit of 2 MB/);
  } finally {
    await s.close();
  }
  assert.deepEqual(lines, [], 'no warning on loopback');

  // A store the user may only read is served read-only; adding says why it cannot.
  const ro = path.join(tmp, 'ro.db');
  const w = openSqliteStore(ro);
  await ingestPaths(w, [path.join(root, 'examples', 'seed-000.txt')]);
  await w.close();
  fs.chmodSync(ro, 0o444);
  const r = await startServer({ db: ro, port: '0' }, { out: sink, err: sink });
  try {
    assert.match(lines.join(''), /ro\.db is read-only: serving it read-only/);
    assert.equal((await fetch(`${r.url}/api/stats`)).status, 200);
    const add = await fetch(`${r.url}/api/articles`, { method: 'POST', headers: json, body: JSON.stringify({ text: ARTICLE }) });
    assert.equal(add.status, 503);
    assert.match(((await add.json()) as J).error, /read-only/);
  } finally {
    await r.close();
  }
});
