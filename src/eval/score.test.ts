import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeNames, normalizeName, tokenF1, words } from './names.js';
import { matchActors } from './match.js';
import { combine, score, type LayerName } from './score.js';
import { parseGold, GoldFormatError, type GoldActor, type GoldArticle, type PredArticle } from './gold.js';

const gold = (over: Partial<GoldArticle>): GoldArticle => ({ id: 'g', actors: [], meetings: [], quotes: [], ...over });
const counts = (g: GoldArticle, p: PredArticle, layer: LayerName) => {
  const { tp, fp, fn } = score(g, p).counts[layer];
  return [tp, fp, fn];
};

test('names drop honorifics, Arabic articles, possessives and accents', () => {
  assert.equal(normalizeName('Sheikh Saleh al-Arouri'), 'saleh arouri');
  assert.equal(normalizeName('Ayatollah Ali Khamenei'), 'ali khamenei');
  assert.equal(normalizeName('Iran’s'), 'iran');
  assert.equal(normalizeName('Mahmoud Al-Zahar'), 'mahmoud zahar');
  assert.equal(normalizeName('the Hamas movement'), 'hamas movement');
  assert.equal(normalizeName('Recep Tayyip Erdoğan'), 'recep tayyip erdogan');
  // An article joined to the word is a different spelling, not a prefix to drop.
  assert.equal(normalizeName('Alzahar'), 'alzahar');
});

test('spelling variants are tolerated only on names of five letters or more', () => {
  assert.ok(closeNames('aruri', 'arouri'));
  assert.ok(closeNames('shmkhani', 'shamkhani'));
  assert.ok(closeNames('khamneie', 'khamenei'));
  assert.ok(!closeNames('iran', 'iraq'));
  assert.ok(!closeNames('hamas', 'hamad hamas'));
  assert.ok(!closeNames('zarif', 'rouhani'));
});

test('role words are compared as bags: "hamas deputy leader" finds "deputy leader of hamas"', () => {
  assert.ok(tokenF1(words('Hamas deputy leader'), words('deputy leader of Hamas')) >= 0.5);
  assert.ok(tokenF1(words('spokesman'), words('deputy leader of Hamas')) < 0.5);
  assert.equal(tokenF1([], words('leader')), 0);
});

test('Aruri and Arouri are one person; Iran and Iraq are two places', () => {
  const g = gold({
    actors: [
      { name: 'Saleh al-Arouri', type: 'person', aliases: ['Arouri'] },
      { name: 'Iran', type: 'place' },
    ],
  });
  const p: PredArticle = {
    actors: [
      { id: 'a1', name: 'Salah al-Aruri', type: 'person' },
      { id: 'a2', name: 'Iraq', type: 'place' },
    ],
  };
  assert.deepEqual(counts(g, p, 'actors'), [1, 1, 1]);
  assert.deepEqual(counts(g, p, 'person'), [1, 0, 0]);
  assert.deepEqual(counts(g, p, 'place'), [0, 1, 1]);
});

test('an honorific before a name does not stop a match, and a surname alone finds its person', () => {
  const g = gold({ actors: [{ name: 'Ali Shamkhani', type: 'person' }, { name: 'Ali Khamenei', type: 'person' }] });
  const p: PredArticle = { actors: [{ name: 'Ayatollah Ali Khamenei', type: 'person' }, { name: 'Shmkhani', type: 'person' }] };
  assert.deepEqual([...matchActors(p.actors!, g.actors)].sort(), [[0, 1], [1, 0]]);
});

test('persons with the same surname but another first name do not match', () => {
  const g = gold({ actors: [{ name: 'Ali Larijani', type: 'person' }] });
  assert.deepEqual(counts(g, { actors: [{ name: 'Sadegh Larijani', type: 'person' }] }, 'actors'), [0, 1, 1]);
  // The surname rule is for persons only: "Hamas" does not find "Hamas Political Bureau".
  const o = gold({ actors: [{ name: 'Hamas Political Bureau', type: 'organization' }] });
  assert.deepEqual(counts(o, { actors: [{ name: 'Bureau', type: 'organization' }] }, 'actors'), [0, 1, 1]);
});

test('the type must agree: Hamas typed as a person is not the organization', () => {
  const g = gold({ actors: [{ name: 'Hamas', type: 'organization' }] });
  const p: PredArticle = { actors: [{ name: 'Hamas', type: 'person' }] };
  assert.deepEqual(counts(g, p, 'actors'), [0, 1, 1]);
  assert.deepEqual(counts(g, p, 'person'), [0, 1, 0]);
  assert.deepEqual(counts(g, p, 'organization'), [0, 0, 1]);
  // Common NER labels are understood.
  assert.deepEqual(counts(gold({ actors: [{ name: 'Tehran', type: 'place' }] }), { actors: [{ name: 'Tehran', type: 'GPE' }] }, 'place'), [1, 0, 0]);
});

test('exact names are paired before variants, so one gold actor is not taken by a near miss', () => {
  const g = gold({ actors: [{ name: 'Hassan Nasrallah', type: 'person' }, { name: 'Hassan Nasralla', type: 'person' }] });
  const p: PredArticle = { actors: [{ name: 'Hassan Nasralla', type: 'person' }, { name: 'Hassan Nasrallah', type: 'person' }] };
  assert.deepEqual([...matchActors(p.actors!, g.actors)].sort(), [[0, 1], [1, 0]]);
});

test('roles are scored over matched persons with token F1 ≥ 0.5', () => {
  const g = gold({ actors: [{ name: 'Saleh al-Arouri', type: 'person', roles: ['deputy leader of hamas', 'head of the west bank office'] }, { name: 'Hamas', type: 'organization', roles: ['movement'] }] });
  const p: PredArticle = {
    actors: [
      { name: 'Saleh al-Arouri', type: 'person', roles: ['Hamas deputy leader', { title: 'spokesman' }] },
      { name: 'Hamas', type: 'organization', roles: ['movement'] },
    ],
  };
  // one found, one missed, one extra; the organization's roles are not scored
  assert.deepEqual(counts(g, p, 'roles'), [1, 1, 1]);
});

const meetingGold = (affiliation: string | null): GoldArticle =>
  gold({
    actors: [
      { name: 'Ali Shamkhani', type: 'person' },
      { name: 'Hamas', type: 'organization' },
      { name: 'Ismail Haniyeh', type: 'person', affiliation },
      { name: 'Tehran', type: 'place' },
    ],
    meetings: [{ participants: ['Ali Shamkhani', 'Hamas'], date: '2019-07', location: 'Tehran' }],
  });
const meetingPred = (date: string | null, type = 'CONSULT'): PredArticle => ({
  actors: [
    { id: 'a1', name: 'Shamkhani', type: 'person' },
    { id: 'a2', name: 'Haniyeh', type: 'person' },
  ],
  events: [{ type, participants: ['a2', 'a1'], date }],
});

test('a person stands in for the organization they act for in a meeting', () => {
  assert.deepEqual(counts(meetingGold('Hamas'), meetingPred('2019-07-22'), 'meetings'), [1, 0, 0]);
  assert.deepEqual(score(meetingGold('Hamas'), meetingPred('2019-07-22')).dates, { right: 1, scored: 1 });
  // no affiliation: Haniyeh is not Hamas
  assert.deepEqual(counts(meetingGold(null), meetingPred('2019-07-22'), 'meetings'), [0, 1, 1]);
});

test('meeting dates must fit the gold date; the meeting still counts when they do not', () => {
  const s = score(meetingGold('Hamas'), meetingPred('2019-08-01'));
  assert.deepEqual([s.counts.meetings.tp, s.dates.right, s.dates.scored], [1, 0, 1]);
  assert.ok(s.findings.some((f) => f.layer === 'meetings' && f.kind === 'wrong'));
});

test('only meeting events are scored as meetings; a meeting of three is three pairs', () => {
  assert.deepEqual(counts(meetingGold('Hamas'), meetingPred('2019-07-22', 'ACCUSE'), 'meetings'), [0, 0, 1]);
  const g = gold({
    actors: [{ name: 'A Aaaaa', type: 'person' }, { name: 'B Bbbbb', type: 'person' }, { name: 'C Ccccc', type: 'person' }],
    meetings: [{ participants: ['A Aaaaa', 'B Bbbbb', 'C Ccccc'] }],
  });
  const p: PredArticle = { actors: [], events: [{ type: 'CONSULT', source: 'Aaaaa', targets: ['Bbbbb'] }] };
  assert.deepEqual(counts(g, p, 'meetings'), [1, 0, 2]);
});

test('quotes match by their first words and are attributed through the speaker actor', () => {
  const g = gold({
    actors: [{ name: 'Ali Shamkhani', type: 'person' }, { name: 'Ali Khamenei', type: 'person' }],
    quotes: [
      { speaker: 'Ali Shamkhani', text: 'What will annihilate the Zionist regime is internal and widespread corruption' },
      { speaker: 'Ali Khamenei', text: 'The resistance will continue until the occupation of Palestine ends' },
      { speaker: null, text: 'Nobody knows who said these words in the end' },
    ],
  });
  const p: PredArticle = {
    actors: [{ id: 'a1', name: 'Shamkhani', type: 'person' }, { id: 'a2', name: 'Khamenei', type: 'person' }],
    quotes: [
      { text: '“What will annihilate the Zionist regime is internal and widespread corruption and more”', speaker: 'a1' },
      { text: 'The resistance will continue until the occupation of Palestine ends', speaker: 'a1' },
      { text: 'Nobody knows who said these words in the end', speaker: null },
      { text: 'An extra quote that no gold has at all', speaker: 'a2' },
    ],
  };
  assert.deepEqual(counts(g, p, 'quotes'), [3, 1, 0]);
  assert.deepEqual(counts(g, p, 'attributed'), [2, 2, 1]);
});

test('figures are micro-averaged, and nothing predicted scores 0, not NaN', () => {
  const g = gold({ actors: [{ name: 'Iran', type: 'place' }] });
  const f = combine([score(g, { actors: [{ name: 'Iran', type: 'place' }] }), score(g, {})], 1);
  assert.equal(f.layers.actors.precision, 1);
  assert.equal(f.layers.actors.recall, 0.5);
  assert.equal(f.layers.quotes.f1, 0);
  assert.equal(f.missing, 1);
  assert.equal(f.meetingDates.accuracy, 0);
});

test('a malformed gold file is named in a clear error', () => {
  assert.throws(() => parseGold({ actors: [] }, 'x.gold.json'), (e: Error) => e instanceof GoldFormatError && /x\.gold\.json: "meetings" must be a list/.test(e.message));
  const bad: unknown = { actors: [{ name: 'Iran', type: 'country' } as unknown as GoldActor], meetings: [], quotes: [] };
  assert.throws(() => parseGold(bad, 'y.gold.json'), /y\.gold\.json: actors\[0\] \(Iran\) has type "country"/);
});
