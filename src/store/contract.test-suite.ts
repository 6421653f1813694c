// The behaviour every Store adapter must have. Each adapter's test file calls
// `storeContract(name, factory)` with a factory that returns a fresh, empty store.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorLinkRow, ActorRow, ArticleBundle, EventRow, EventSourceRow, QuoteRow, Store } from './types.js';

const TEXT_A =
  'TEHRAN – Iran’s Supreme Leader Ayatollah Ali Khamenei received a Hamas delegation headed by Saleh al-Arouri on Monday. ' +
  '"The Zionist regime will be defeated," Khamenei said.';
const TEXT_B = 'Hamas deputy chief Salah al-Aruri met Khamenei in Tehran in July, the Clarion Project reported. The terror group praised the visit.';

function actor(id: string, name: string, names: string[], type: ActorRow['type'] = 'person', mentions = 1): ActorRow {
  return { id, name, type, names, affiliation: null, mentions, articles: 1, outlets: 1 };
}

function link(article: string, local: string, a: string, name: string, over: Partial<ActorLinkRow> = {}): ActorLinkRow {
  return { article, local, actor: a, name, type: 'person', aliases: [], roles: [], affiliation: null, orgs: [], mentions: 1, rule: 'new', outlet: null, published: null, ...over };
}

function event(id: string, participants: string[], date: string | null, type: EventRow['type'] = 'CONSULT'): EventRow {
  return { id, type, mode: 'meet', date, location: 'Tehran', participants, sources: 1 };
}

function source(article: string, local: string, ev: string, participants: string[], date: string | null): EventSourceRow {
  return {
    article, local, event: ev, outlet: null, url: null, published: null, type: 'CONSULT', mode: 'meet', date, date_text: null, location: 'Tehran',
    context: 'actual', participants, source: null, targets: [], evidence: { start: 0, end: 10 }, text: 'met', rule: 'test', merge: 'new',
  };
}

function quote(article: string, local: string, speaker: string | null, text: string): QuoteRow {
  return { article, local, speaker, speaker_name: null, text, direct: true, via: null, span: { start: 0, end: text.length }, outlet: null, published: null };
}

function bundle(id: string, text: string, hash: string, over: Partial<ArticleBundle> = {}): ArticleBundle {
  return {
    article: { id, source: `${id}.txt`, url: null, outlet: 'Outlet ' + id, published: '2019-07-23', title: 'Title ' + id, language: 'en', hash, text, analysis: { id, n: 1 } },
    links: [], sources: [], quotes: [], labels: [], actors: [], events: [], dropActors: [], dropEvents: [],
    ...over,
  };
}

/** The seed: two articles about one meeting, sharing two canonical actors and one event. */
async function seed(s: Store): Promise<void> {
  await s.writeArticle(
    bundle('a', TEXT_A, 'h-a', {
      actors: [actor('K', 'Ali Khamenei', ['Ali Khamenei', 'Khamenei'], 'person', 3), actor('R', 'Saleh al-Arouri', ['Saleh al-Arouri']), actor('H', 'Hamas', ['Hamas'], 'organization')],
      links: [link('a', 'a1', 'K', 'Ali Khamenei', { aliases: ['Khamenei'] }), link('a', 'a2', 'R', 'Saleh al-Arouri'), link('a', 'a3', 'H', 'Hamas', { type: 'organization' })],
      events: [event('E1', ['K', 'R'], '2019-07-22')],
      sources: [source('a', 'e1', 'E1', ['K', 'R'], '2019-07-22')],
      quotes: [quote('a', 'q1', 'K', 'The Zionist regime will be defeated')],
      labels: [{ article: 'a', outlet: 'Outlet a', published: '2019-07-23', actor: null, term: 'Zionist regime', category: 'delegitimizing', start: 150, end: 164, context: 'The Zionist regime' }],
    }),
  );
  await s.writeArticle(
    bundle('b', TEXT_B, 'h-b', {
      actors: [actor('R', 'Saleh al-Arouri', ['Saleh al-Arouri', 'Salah al-Aruri'], 'person', 2)],
      links: [link('b', 'a1', 'R', 'Salah al-Aruri'), link('b', 'a2', 'K', 'Khamenei')],
      events: [{ ...event('E1', ['K', 'R'], '2019-07-22'), sources: 2 }, event('E2', ['K', 'H'], '2019-03')],
      sources: [source('b', 'e1', 'E1', ['K', 'R'], '2019-07'), source('b', 'e2', 'E2', ['K', 'H'], '2019-03')],
    }),
  );
}

export function storeContract(name: string, factory: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    test('a fresh store is empty and knows no article', async () => {
      const s = await factory();
      assert.equal(await s.articleHash('x'), null);
      assert.deepEqual(await s.counts(), { articles: 0, actors: 0, links: 0, events: 0, sources: 0, quotes: 0, labels: 0 });
      assert.equal(await s.article('x'), null);
      assert.ok(s.schemaVersion >= 1);
      await s.close();
    });

    test('an article round-trips with its hash, text and analysis', async () => {
      const s = await factory();
      await seed(s);
      assert.equal(await s.articleHash('a'), 'h-a');
      const a = await s.article('a');
      assert.equal(a?.text, TEXT_A);
      assert.deepEqual(a?.analysis, { id: 'a', n: 1 });
      assert.deepEqual((await s.articles()).map((x) => x.id).sort(), ['a', 'b']);
      assert.deepEqual(await s.counts(), { articles: 2, actors: 3, links: 5, events: 2, sources: 3, quotes: 1, labels: 1 });
      await s.close();
    });

    test('writing an article again replaces everything the earlier version wrote', async () => {
      const s = await factory();
      await seed(s);
      await s.writeArticle(
        bundle('a', 'Khamenei spoke.', 'h-a2', {
          links: [link('a', 'a1', 'K', 'Khamenei')],
          actors: [actor('K', 'Ali Khamenei', ['Ali Khamenei', 'Khamenei'], 'person', 2)],
          dropActors: ['H'],
          events: [{ ...event('E1', ['K', 'R'], '2019-07'), sources: 1 }],
        }),
      );
      assert.equal(await s.articleHash('a'), 'h-a2');
      const c = await s.counts();
      assert.equal(c.articles, 2);
      assert.equal(c.links, 3, 'the old links of article a are gone, b keeps its two');
      assert.equal(c.quotes, 0);
      assert.equal(c.labels, 0);
      assert.equal(c.sources, 2, 'only article b still reports events');
      assert.equal(await s.actor('H'), null);
      assert.equal((await s.actor('K'))?.mentions, 2);
      assert.equal((await s.events({ actors: ['K', 'R'] }))[0].date, '2019-07');
      assert.deepEqual(await s.search('Zionist'), [], 'the old text left the full-text index');
      assert.equal((await s.search('spoke')).length, 1);
      await s.close();
    });

    test('a failing write leaves the earlier version untouched', async () => {
      const s = await factory();
      await seed(s);
      const dup = link('a', 'a1', 'K', 'Khamenei');
      await assert.rejects(s.writeArticle(bundle('a', 'changed', 'h-bad', { links: [dup, dup] })));
      assert.equal(await s.articleHash('a'), 'h-a');
      assert.equal((await s.article('a'))?.text, TEXT_A);
      assert.equal((await s.counts()).links, 5);
      await s.close();
    });

    test('actors are found by type, by any name, case-insensitively', async () => {
      const s = await factory();
      await seed(s);
      assert.deepEqual((await s.actors()).map((a) => a.id), ['K', 'R', 'H'], 'most mentioned first');
      assert.deepEqual((await s.actors({ type: 'organization' })).map((a) => a.id), ['H']);
      assert.deepEqual((await s.actors({ search: 'aruri' })).map((a) => a.id), ['R']);
      assert.deepEqual((await s.actors({ search: 'nobody' })).map((a) => a.id), []);
      assert.deepEqual((await s.actors({ limit: 1, offset: 1 })).map((a) => a.id), ['R'], 'a page of the list');
      assert.deepEqual((await s.actors({ offset: 2 })).map((a) => a.id), ['H']);
      assert.deepEqual((await s.actorsNamed('KHAMENEI')).map((a) => a.id), ['K']);
      assert.deepEqual((await s.actorsNamed('Khamen')).map((a) => a.id), [], 'exact names only');
      const links = await s.links('R');
      assert.deepEqual(links.map((l) => `${l.article}:${l.name}`).sort(), ['a:Saleh al-Arouri', 'b:Salah al-Aruri']);
      await s.close();
    });

    test("an actor's links: those with a role, the latest N newest first; outlets counted with their labels", async () => {
      const s = await factory();
      const role = { title: 'deputy chief', affiliation: null, start: 0, end: 12, rule: 'test' };
      const label = (article: string, outlet: string, term: string) => ({ article, outlet, published: null, actor: 'R', term, category: 'test', start: 0, end: 4, context: '' });
      for (const [id, outlet, published, roles, labels] of [
        ['x1', 'Wire', '2019-01-02', [role], [label('x1', 'Wire', 'terrorist'), label('x1', 'Wire', 'terrorist')]],
        ['x2', 'Wire', '2019-03-04', [], [label('x2', 'Wire', 'militant')]],
        ['x3', 'Paper', '2018-05-06', [role], []],
      ] as const) {
        await s.writeArticle(
          bundle(id, 'Arouri.', `h-${id}`, {
            actors: [actor('R', 'Saleh al-Arouri', ['Saleh al-Arouri'])],
            links: [link(id, 'a1', 'R', 'Saleh al-Arouri', { outlet, published, roles: [...roles] })],
            labels: [...labels],
          }),
        );
      }
      assert.deepEqual((await s.links('R')).map((l) => l.article), ['x3', 'x1', 'x2'], 'in date order');
      assert.deepEqual((await s.links('R', { withRoles: true })).map((l) => l.article), ['x3', 'x1']);
      assert.deepEqual((await s.links('R', { latest: 2 })).map((l) => l.article), ['x2', 'x1'], 'newest first');
      assert.deepEqual((await s.links('R', { withRoles: true, latest: 1 })).map((l) => l.article), ['x1']);
      assert.deepEqual(await s.outletsOf('R'), [
        { outlet: 'Wire', articles: 2, labels: { militant: 1, terrorist: 2 } },
        { outlet: 'Paper', articles: 1, labels: {} },
      ]);
      assert.deepEqual(await s.outletsOf('nobody'), []);
      await s.close();
    });

    test('events filter by type, by every actor given, and by overlapping dates', async () => {
      const s = await factory();
      await seed(s);
      assert.deepEqual((await s.events()).map((e) => e.id), ['E2', 'E1'], 'in date order');
      assert.deepEqual((await s.events({ limit: 1, offset: 1 })).map((e) => e.id), ['E1']);
      assert.deepEqual((await s.events({ actors: ['K', 'R'] })).map((e) => e.id), ['E1']);
      assert.deepEqual((await s.events({ actors: ['K'] })).map((e) => e.id), ['E2', 'E1']);
      assert.deepEqual((await s.events({ type: 'ACCUSE' })).map((e) => e.id), []);
      assert.deepEqual((await s.events({ from: '2019-07-22' })).map((e) => e.id), ['E1']);
      assert.deepEqual((await s.events({ from: '2019-03-15', to: '2019-03-20' })).map((e) => e.id), ['E2'], 'a month-precise date overlaps a range inside it');
      assert.deepEqual((await s.events({ to: '2019-06' })).map((e) => e.id), ['E2']);
      const src = await s.eventSources(['E1']);
      assert.deepEqual(src.map((x) => x.article), ['a', 'b']);
      assert.deepEqual(src[0].evidence, { start: 0, end: 10 });
      await s.close();
    });

    test('quotes by speaker and by words; search covers articles and quotes and ignores query syntax', async () => {
      const s = await factory();
      await seed(s);
      assert.equal((await s.quotes({ speakers: ['K'] })).length, 1);
      assert.equal((await s.quotes({ offset: 1 })).length, 0, 'one quote: nothing after it');
      assert.equal((await s.quotes({ limit: 1, offset: 0 })).length, 1);
      assert.equal((await s.quotes({ speakers: ['R'] })).length, 0);
      assert.equal((await s.quotes({ search: 'defeated' })).length, 1);
      assert.equal((await s.quotes({ search: 'victorious' })).length, 0);
      const hits = await s.search('Zionist regime');
      assert.deepEqual(hits.map((h) => h.kind).sort(), ['article', 'quote']);
      assert.match(hits[0].snippet, /\[Zionist\]/);
      assert.deepEqual((await s.search('aruri')).map((h) => h.article), ['b'], 'words, not substrings; accents and case ignored');
      assert.deepEqual(await s.search('AND OR ( "* NEAR'), []);
      assert.deepEqual(await s.search('  '), []);
      const labels = await s.labels({ article: 'a' });
      assert.equal(labels[0].term, 'Zionist regime');
      await s.close();
    });

    test("saved corpus states come back only when every actor and event has one; an article's rows come back by id", async () => {
      const s = await factory();
      await seed(s);
      assert.equal(await s.corpusState(), null, 'the seed saves no state');
      await s.saveStates([{ id: 'K', state: '{"k":1}' }], []);
      assert.equal(await s.corpusState(), null, 'still missing for R, H and the events');
      await s.writeArticle(
        bundle('c', 'Khamenei again.', 'h-c', {
          actors: ['K', 'R', 'H'].map((id) => ({ ...actor(id, id, [id]), state: `{"id":"${id}"}` })),
          events: ['E1', 'E2'].map((id) => ({ ...event(id, ['K', 'R'], null), state: `{"e":"${id}"}` })),
        }),
      );
      const st = await s.corpusState();
      assert.ok(st);
      assert.deepEqual(st.actors.map((a) => a.state).sort(), ['{"id":"H"}', '{"id":"K"}', '{"id":"R"}']);
      assert.deepEqual(st.events.map((e) => e.id).sort(), ['E1', 'E2']);
      const rows = await s.articleRows('b');
      assert.deepEqual(rows.links.map((l) => l.local), ['a1', 'a2']);
      assert.deepEqual(rows.sources.map((x) => x.event), ['E1', 'E2']);
      assert.deepEqual(await s.articleRows('nope'), { links: [], sources: [] });
      await s.close();
    });

    test('a snapshot holds every link, source and canonical row', async () => {
      const s = await factory();
      await seed(s);
      const snap = await s.snapshot();
      assert.equal(snap.links.length, 5);
      assert.equal(snap.sources.length, 3);
      assert.deepEqual(snap.events.map((e) => e.id).sort(), ['E1', 'E2']);
      assert.deepEqual(snap.actors.map((a) => a.id).sort(), ['H', 'K', 'R']);
      assert.deepEqual(snap.links.find((l) => l.local === 'a1' && l.article === 'a')?.aliases, ['Khamenei']);
      await s.close();
    });
  });
}
