import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from './corpus.js';
import { article } from './fixtures.js';
import { findLabels } from './framing.js';
import { sameWord, fold, parsePerson } from './names.js';

function canonicalOf(c: Corpus, article: string, name: string, bundle: ReturnType<Corpus['add']>): string {
  const l = bundle.links.find((x) => x.article === article && x.name === name);
  assert.ok(l, `no link for ${name}`);
  return l.actor;
}

test('name folding: transliterations are one name, different short names are not', () => {
  assert.ok(sameWord(fold('Aruri'), fold('Arouri')));
  assert.ok(sameWord(fold('Salah'), fold('Saleh')));
  assert.ok(sameWord(fold('Mashaal'), fold('Meshaal')) && sameWord(fold('Meshaal'), fold('Mishaal')));
  assert.ok(sameWord(fold('Khamenei'), fold('Khamneie')));
  assert.ok(sameWord(fold('Mohammad'), fold('Muhammad')));
  assert.ok(!sameWord(fold('Ali'), fold('Ala')));
  assert.ok(!sameWord(fold('Mohammad'), fold('Mahmoud')));
  assert.ok(!sameWord(fold('Haniyeh'), fold('Hanna')));
  assert.deepEqual(parsePerson('Saleh al-Arouri'), { first: 'sale', last: 'aruri', words: ['saleh', 'arouri'] });
  assert.equal(parsePerson('Abu Marzouk')?.first, null, 'Abu starts a surname, not a given name');
  assert.equal(parsePerson('Dr. Kamal Kharazi')?.first, 'kamal');
  assert.equal(parsePerson('Tamim bin Hamad Al Thani')?.last, 'thani');
});

test('spelling variants across outlets become one actor; its names keep every spelling', () => {
  const c = Corpus.empty();
  const b1 = c.add(article('m1', 'Middle East Monitor', '2019-07-23', 'Hamas deputy leader Saleh al-Arouri arrived in Tehran.', [{ name: 'Saleh al-Arouri', roles: ['hamas deputy leader'] }]));
  const b2 = c.add(article('t1', 'The Times of Israel', '2019-06-16', 'Salah al-Aruri, the Hamas deputy leader, met the minister.', [{ name: 'Salah al-Aruri' }]));
  const b3 = c.add(article('x', 'Al Jazeera', '2017-10-20', 'Khaled Meshaal spoke. Later Khaled Mashaal left; Khalid Mishaal returned.', [{ name: 'Khaled Meshaal' }]));
  const b4 = c.add(article('y', 'Reuters', '2012-12-07', 'Khaled Mashaal visited Gaza.', [{ name: 'Khaled Mashaal' }]));
  const b5 = c.add(article('z', 'AP', '2012-12-08', 'Mishaal said so.', [{ name: 'Mishaal' }]));
  const r = canonicalOf(c, 'm1', 'Saleh al-Arouri', b1);
  assert.equal(canonicalOf(c, 't1', 'Salah al-Aruri', b2), r);
  const row = c.actors.row(r);
  assert.deepEqual(row.names.sort(), ['Salah al-Aruri', 'Saleh al-Arouri']);
  assert.equal(row.articles, 2);
  const m = canonicalOf(c, 'x', 'Khaled Meshaal', b3);
  assert.equal(canonicalOf(c, 'y', 'Khaled Mashaal', b4), m);
  assert.equal(canonicalOf(c, 'z', 'Mishaal', b5), m, 'a surname alone joins the only actor with that surname');
  assert.equal(b5.links[0].rule, 'surname-unique');
});

test('people who share a surname stay apart; a bare surname goes to the one its context points at', () => {
  const c = Corpus.empty();
  const b1 = c.add(article('k1', 'IRNA', '2019-07-22', 'Supreme Leader Ali Khamenei received the guests.', [{ name: 'Ali Khamenei', roles: ['supreme leader'] }]));
  const b2 = c.add(article('k2', 'Iran International', '2022-10-01', 'Mojtaba Khamenei, son of the leader, was seen.', [{ name: 'Mojtaba Khamenei', roles: ['son of the leader'] }]));
  const ali = canonicalOf(c, 'k1', 'Ali Khamenei', b1);
  const son = canonicalOf(c, 'k2', 'Mojtaba Khamenei', b2);
  assert.notEqual(ali, son, 'father and son');
  assert.equal(b2.links[0].rule, 'new-same-surname-other-given-name');
  const b3 = c.add(article('k3', 'Tasnim', '2020-01-01', 'The supreme leader Khamenei said.', [{ name: 'Khamenei', roles: ['supreme leader'] }]));
  assert.equal(canonicalOf(c, 'k3', 'Khamenei', b3), ali, 'the role says which Khamenei');

  const s1 = c.add(article('s1', 'Rediff', '2005-09-15', 'Prime Minister Manmohan Singh met. Foreign Minister Natwar Singh joined.', [
    { name: 'Manmohan Singh', roles: ['prime minister'] },
    { name: 'Natwar Singh', roles: ['foreign minister'] },
  ]));
  assert.notEqual(canonicalOf(c, 's1', 'Manmohan Singh', s1), canonicalOf(c, 's1', 'Natwar Singh', s1));
  const s2 = c.add(article('s2', 'PTI', '2005-09-16', 'Singh spoke to reporters.', [{ name: 'Singh' }]));
  const bare = canonicalOf(c, 's2', 'Singh', s2);
  assert.ok(![canonicalOf(c, 's1', 'Manmohan Singh', s1), canonicalOf(c, 's1', 'Natwar Singh', s1)].includes(bare), 'no context: not guessed');
  assert.equal(s2.links[0].rule, 'new-surname-ambiguous');
  const s3 = c.add(article('s3', 'PTI', '2005-09-17', 'Prime Minister Manmohan Singh arrived. Singh said the talks went well.', [{ name: 'Manmohan Singh', roles: ['prime minister'] }, { name: 'Singh' }]));
  assert.equal(canonicalOf(c, 's3', 'Singh', s3), canonicalOf(c, 's1', 'Manmohan Singh', s1), 'the article itself names him in full');
});

test('same name, different people: conflicting affiliation and roles keep them apart; short given names must agree', () => {
  const c = Corpus.empty();
  const b1 = c.add(article('p1', 'ESPN', '2016-06-04', 'The boxer Mohammed Ali, of the United States, died.', [{ name: 'Mohammed Ali', roles: ['boxer'], affiliation: 'United States' }]));
  const b2 = c.add(article('p2', 'Ahram', '2016-06-05', 'Governor Mohammed Ali of Giza, Egypt, opened a bridge.', [{ name: 'Mohammed Ali', roles: ['governor of giza'], affiliation: 'Egypt' }]));
  assert.notEqual(canonicalOf(c, 'p1', 'Mohammed Ali', b1), canonicalOf(c, 'p2', 'Mohammed Ali', b2));
  const b3 = c.add(article('p3', 'X', '2016-06-05', 'Ali Hassan met Ala Hassan.', [{ name: 'Ali Hassan' }, { name: 'Ala Hassan' }]));
  assert.notEqual(canonicalOf(c, 'p3', 'Ali Hassan', b3), canonicalOf(c, 'p3', 'Ala Hassan', b3));
});

test('organizations: spelling variants join, different organizations sharing a word do not', () => {
  const c = Corpus.empty();
  const b1 = c.add(article('o1', 'A', '2020-01-01', 'Hezbollah and Kata\'ib Hezbollah', [{ name: 'Hezbollah', type: 'organization' }, { name: "Kata'ib Hezbollah", type: 'organization' }]));
  const b2 = c.add(article('o2', 'B', '2020-01-02', 'Hizbullah said', [{ name: 'Hizbullah', type: 'organization' }]));
  const b3 = c.add(article('o3', 'C', '2020-01-03', 'The Islamic Resistance Movement (Hamas) said', [{ name: 'Islamic Resistance Movement', type: 'organization', aliases: ['Hamas'] }]));
  const b4 = c.add(article('o4', 'D', '2020-01-04', 'Hamas said', [{ name: 'Hamas', type: 'organization' }]));
  assert.equal(canonicalOf(c, 'o2', 'Hizbullah', b2), canonicalOf(c, 'o1', 'Hezbollah', b1));
  assert.notEqual(canonicalOf(c, 'o1', "Kata'ib Hezbollah", b1), canonicalOf(c, 'o1', 'Hezbollah', b1));
  assert.equal(canonicalOf(c, 'o4', 'Hamas', b4), canonicalOf(c, 'o3', 'Islamic Resistance Movement', b3), 'joined through the alias');
});

test('a changed article takes back what its old version contributed', () => {
  const c = Corpus.empty();
  c.add(article('r1', 'A', '2020-01-01', 'Ismail Haniyeh spoke.', [{ name: 'Ismail Haniyeh' }]));
  const b = c.add(article('r2', 'B', '2020-01-02', 'Ismail Haniyeh and Ziyad al-Nakhalah met.', [{ name: 'Ismail Haniyeh' }, { name: 'Ziyad al-Nakhalah' }]));
  const h = canonicalOf(c, 'r2', 'Ismail Haniyeh', b);
  const z = canonicalOf(c, 'r2', 'Ziyad al-Nakhalah', b);
  assert.equal(c.actors.row(h).articles, 2);
  const again = c.add(article('r2', 'B', '2020-01-02', 'Ismail Haniyeh spoke again.', [{ name: 'Ismail Haniyeh' }]));
  assert.equal(c.actors.row(h).articles, 2);
  assert.equal(c.actors.row(h).mentions, 2);
  assert.deepEqual(again.dropActors, [z], 'Nakhalah is no longer in any article');
  assert.ok(!c.actors.canons.has(z));
});

const MEMO =
  'Hamas deputy leader Saleh al-Arouri met Supreme Leader Ali Khamenei in Tehran on Monday. The Hamas delegation also met Ali Shamkhani on Sunday.';
const CLARION = 'Khamenei hosted a Hamas delegation in Tehran in July, led by Hamas deputy chief Saleh al-Arouri.';

test('one meeting reported by two outlets is one event with two sources; a delegation stands for its leader', () => {
  const c = Corpus.empty();
  const hamas = { name: 'Hamas', type: 'organization' as const };
  const b1 = c.add(article('seed-002', 'Middle East Monitor', '2019-07-23', MEMO, [hamas, { name: 'Saleh al-Arouri', roles: ['hamas deputy leader'] }, { name: 'Ali Khamenei', aliases: ['Khamenei'] }, { name: 'Ali Shamkhani' }], [
    { participants: ['Saleh al-Arouri', 'Ali Khamenei'], date: '2019-07-22', location: 'Tehran', evidence: 'met Supreme Leader' },
    { participants: ['Hamas', 'Ali Shamkhani'], date: '2019-07-21', location: 'Tehran', evidence: 'also met Ali Shamkhani' },
  ]));
  const b2 = c.add(article('seed-003', 'Clarion Project', null, CLARION, [{ name: 'Khamenei' }, hamas, { name: 'Saleh al-Arouri', roles: ['hamas deputy chief'] }], [
    { participants: ['Khamenei', 'Hamas'], date: '2019-07', location: 'Tehran', mode: 'host', evidence: 'hosted a Hamas delegation' },
  ]));
  assert.equal(b1.sources.length, 2);
  assert.notEqual(b1.sources[0].event, b1.sources[1].event, 'two meetings on two days');
  assert.equal(b2.sources[0].event, b1.sources[0].event, 'the Clarion report joins the Khamenei meeting');
  assert.match(b2.sources[0].merge, /via-organization/);
  const ev = c.events.row(b1.sources[0].event);
  assert.equal(ev.sources, 2);
  assert.equal(ev.date, '2019-07-22', 'the most precise agreed date');
  assert.equal(b2.sources[0].text, 'hosted a Hamas delegation', "each source keeps its own wording");
});

test('two meetings of the same pair on different dates stay two; undated reports merge only when close in time and place', () => {
  const c = Corpus.empty();
  const actors = [{ name: 'Ali Khamenei' }, { name: 'Ismail Haniyeh' }];
  const meet = (date: string | null, location: string | null = 'Tehran') => [{ participants: ['Ali Khamenei', 'Ismail Haniyeh'], date, location }];
  const t = 'Ali Khamenei met Ismail Haniyeh.';
  const a = c.add(article('d1', 'IRNA', '2023-11-05', t, actors, meet('2023-11-01')));
  const b = c.add(article('d2', 'Reuters', '2024-07-31', t, actors, meet('2024-07-30')));
  const d = c.add(article('d3', 'AP', '2023-11-06', t, actors, meet('2023-11')));
  const e = c.add(article('d4', 'AFP', '2023-11-07', t, actors, meet('2023-11-02')));
  assert.notEqual(a.sources[0].event, b.sources[0].event);
  assert.equal(d.sources[0].event, a.sources[0].event, 'a month agrees with a day inside it');
  assert.notEqual(e.sources[0].event, a.sources[0].event, 'the next day is another meeting');
  const u1 = c.add(article('u1', 'X', '2021-03-10', t, actors, meet(null)));
  const u2 = c.add(article('u2', 'Y', '2021-03-11', t, actors, meet(null)));
  const u3 = c.add(article('u3', 'Z', '2021-05-20', t, actors, meet(null)));
  const u4 = c.add(article('u4', 'W', '2021-03-11', t, actors, meet(null, 'Doha')));
  assert.equal(u2.sources[0].event, u1.sources[0].event);
  assert.notEqual(u3.sources[0].event, u1.sources[0].event, 'two months later');
  assert.notEqual(u4.sources[0].event, u1.sources[0].event, 'another place');
  const n = c.add(article('n1', 'V', '2021-03-10', t, actors, [{ participants: ['Ali Khamenei', 'Ismail Haniyeh'], date: null, location: 'Tehran', context: 'negated' }]));
  assert.notEqual(n.sources[0].event, u1.sources[0].event, 'a meeting that did not happen is not merged');
});

test('framing: labels are found, longest term wins, and each is tied to the nearest actor in its sentence', () => {
  const text = 'The terror group Hamas praised the resistance. Tehran called Israel the Zionist regime. Three militants were killed.';
  const mentions = [
    { start: text.indexOf('Hamas'), end: text.indexOf('Hamas') + 5, actor: 'H' },
    { start: text.indexOf('Tehran'), end: text.indexOf('Tehran') + 6, actor: 'T' },
    { start: text.indexOf('Israel'), end: text.indexOf('Israel') + 6, actor: 'I' },
  ];
  const got = findLabels(text, mentions).map((l) => `${l.term}/${l.category}/${l.actor}`);
  assert.deepEqual(got, [
    'terror group/terrorism/H',
    'resistance/resistance/H',
    'Israel/state-name/I',
    'Zionist regime/state-denial/I',
    'militant/militancy/null',
    'killed/death-neutral/null',
  ]);
});

test("a report with no date and no published date joins the pair's only known event, and no event when the pair met more than once", () => {
  const actors = [{ name: 'Ali Khamenei' }, { name: 'Saleh al-Arouri' }];
  const t = 'Ali Khamenei met Saleh al-Arouri.';
  const meet = (date: string | null) => [{ participants: ['Ali Khamenei', 'Saleh al-Arouri'], date }];
  const c = Corpus.empty();
  const a = c.add(article('k1', 'MEMO', '2019-07-23', t, actors, meet('2019-07-22')));
  const u = c.add(article('k2', 'Clarion', null, t, actors, meet(null)));
  assert.equal(u.sources[0].event, a.sources[0].event);
  assert.match(u.sources[0].merge, /only-known-event/);
  const c2 = Corpus.empty();
  c2.add(article('k1', 'MEMO', '2019-07-23', t, actors, meet('2019-07-22')));
  c2.add(article('k3', 'IRNA', '2021-01-10', t, actors, meet('2021-01-09')));
  const v = c2.add(article('k2', 'Clarion', null, t, actors, meet(null)));
  assert.equal(v.sources[0].merge, 'new-ambiguous-coarse-date');
});

test('a corpus rebuilt from its saved states resolves the next article as the running one does', () => {
  const c = Corpus.empty();
  const arts = [
    article('s1', 'MEMO', '2019-07-23', MEMO, [{ name: 'Hamas', type: 'organization' }, { name: 'Saleh al-Arouri', roles: ['hamas deputy leader'] }, { name: 'Ali Khamenei', aliases: ['Khamenei'], roles: ['supreme leader'] }, { name: 'Ali Shamkhani' }], [
      { participants: ['Saleh al-Arouri', 'Ali Khamenei'], date: '2019-07-22', location: 'Tehran', evidence: 'met Supreme Leader' },
    ]),
    article('s2', 'IRNA', '2019-07-24', 'Mojtaba Khamenei spoke.', [{ name: 'Mojtaba Khamenei' }]),
  ];
  const states = new Map<string, string>();
  const evStates = new Map<string, string>();
  for (const a of arts) {
    const b = c.add(a);
    for (const x of b.actors) states.set(x.id, x.state!);
    for (const e of b.events) evStates.set(e.id, e.state!);
  }
  const reloaded = Corpus.fromState({ actors: [...states].map(([id, state]) => ({ id, state })), events: [...evStates].map(([id, state]) => ({ id, state })) });
  const next = () => article('s3', 'Clarion Project', null, CLARION, [{ name: 'Khamenei', roles: ['supreme leader'] }, { name: 'Hamas', type: 'organization' }, { name: 'Saleh al-Arouri', roles: ['hamas deputy chief'] }], [
    { participants: ['Khamenei', 'Hamas'], date: '2019-07', location: 'Tehran', mode: 'host', evidence: 'hosted a Hamas delegation' },
  ]);
  const a = c.add(next());
  const b = reloaded.add(next());
  assert.deepEqual(b.links.map((l) => [l.name, l.actor, l.rule]), a.links.map((l) => [l.name, l.actor, l.rule]));
  assert.deepEqual(b.sources.map((x) => [x.event, x.merge]), a.sources.map((x) => [x.event, x.merge]));
  assert.deepEqual(b.actors.map((x) => [x.id, x.articles, x.mentions, x.names]), a.actors.map((x) => [x.id, x.articles, x.mentions, x.names]));
  assert.equal(b.links.find((l) => l.name === 'Khamenei')?.rule, 'surname-role-or-affiliation', 'the saved role words still tell the two Khameneis apart');
  assert.equal(b.events[0].sources, 2);
});

test('a phone call, written apart from meetings in the contract, is still an event of the corpus', async () => {
  const { analyzeText } = await import('../testing/docs.js');
  const { DEFAULT_STAGES } = await import('../pipeline/order.js');
  const { toContract } = await import('../output/contract.js');
  const text = 'Antony Blinken spoke by phone with Faisal bin Farhan on Wednesday.';
  const analysis = toContract(analyzeText(text, DEFAULT_STAGES, { published: '2023-06-16' }));
  assert.equal(analysis.events.length, 0);
  assert.equal(analysis.remote_events.length, 1);
  const c = Corpus.empty();
  const b = c.add({ id: 'call', source: 'call.txt', url: null, outlet: 'Example', published: '2023-06-16', title: null, language: 'en', hash: 'call', text, analysis });
  assert.equal(b.sources.length, 1);
  const ev = c.events.row(b.sources[0].event);
  assert.equal(ev.type, 'CONSULT');
  assert.equal(ev.mode, 'phone');
  assert.equal(ev.date, '2023-06-14');
});
