import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeQuotes } from '../quotes/fixture.js';
import { referents, resolveReferent } from './referents.js';

function nameOf(a: ReturnType<typeof analyzeQuotes>['a'], id: string | undefined) {
  return a.actors.find((x) => x.id === id)?.name;
}

test('a pronoun refers to the subject of its clause, else of the sentence before', () => {
  const t = 'Kibaki said he was determined. Odinga met Annan in Nairobi. He left later.';
  const { a } = analyzeQuotes(t);
  const r = referents(a);
  assert.equal(nameOf(a, r.resolve(t.indexOf('he was'))?.actor), 'Kibaki');
  assert.equal(r.resolve(t.indexOf('he was'))?.rule, 'pronoun-clause-subject');
  assert.equal(nameOf(a, r.resolve(t.indexOf('He left'))?.actor), 'Odinga');
});

test('an object pronoun is not the subject of its own clause', () => {
  const t = 'Edmundo Gonzalez arrived in Paris. Emmanuel Macron received him there. Kibaki said Odinga praised him. Odinga thanked her colleague.';
  const { a } = analyzeQuotes(t, { Paris: { type: 'place' } });
  const r = referents(a);
  assert.equal(nameOf(a, r.resolve(t.indexOf('him there'))?.actor), 'Edmundo Gonzalez');
  assert.equal(nameOf(a, r.resolve(t.indexOf('him.'))?.actor), 'Kibaki');
  // "her" before a noun is a possessive: it may be the subject's own
  assert.equal(nameOf(a, r.resolve(t.indexOf('her colleague'))?.actor), 'Odinga');
});

test('a pronoun agrees with the gender the article gives a person', () => {
  const t = 'Claire Hanna criticised the talks. Sir Keir Starmer defended them. She told the radio it was a failure. Mr Benn arrived. Ms Naomi Long spoke. He left early.';
  const { a } = analyzeQuotes(t);
  const r = referents(a);
  // "She" skips Sir Keir Starmer, the subject just before, for the woman named before him
  assert.equal(nameOf(a, r.resolve(t.indexOf('She told'))?.actor), 'Claire Hanna');
  // "He" skips Ms Naomi Long for Mr Benn
  assert.equal(nameOf(a, r.resolve(t.indexOf('He left'))?.actor), 'Mr Benn');
});

test('a description set off by a name right after it is that person: "The SDLP leader, Claire Hanna, …"', () => {
  const t = 'The SDLP leader, Claire Hanna, whose party leads the opposition, was not invited. She spoke later.';
  const { a } = analyzeQuotes(t);
  const r = referents(a);
  assert.equal(nameOf(a, r.resolve(t.indexOf('She spoke'))?.actor), 'Claire Hanna');
});

test('a verb-tagged word inside an apposition\'s noun phrase does not end it: "the Khartoum-based think tank"', () => {
  const t = 'Kholood Khair, founding director of the Khartoum-based think tank Confluence Advisory, was sceptical. She spoke later.';
  const { a } = analyzeQuotes(t);
  const r = referents(a);
  assert.deepEqual(r.subjects(0).map((x) => x.text), ['Kholood Khair']);
  assert.equal(nameOf(a, r.resolve(t.indexOf('She spoke'))?.actor), 'Kholood Khair');
});

test('a description in an object is no subject when "and" joins a second verb after it', () => {
  const t = 'Orsi praised the work at the head of Mercosur this semester and said the bloc needed change.';
  const { a } = analyzeQuotes(t, { Mercosur: { type: 'organization' } });
  const r = referents(a);
  assert.ok(!r.subjects(0).some((x) => x.text.startsWith('the head')), JSON.stringify(r.subjects(0).map((x) => x.text)));
});

test('a pronoun chain resolves through earlier pronouns', () => {
  const t = 'Ismail Haniyeh spoke in Tehran. He praised the talks. He then left for Doha.';
  const { a } = analyzeQuotes(t, { Tehran: { type: 'place' }, Doha: { type: 'place' } });
  const r = referents(a);
  assert.equal(nameOf(a, r.resolve(t.lastIndexOf('He'))?.actor), 'Ismail Haniyeh');
});

test('subjects skip appositions and relative clauses, not possessives', () => {
  const t = 'Khamenei, who held talks in Tehran with Abdul-Salam, also called for resistance. Iran’s minister Zarif left.';
  const { a } = analyzeQuotes(t, { Tehran: { type: 'place' } });
  const r = referents(a);
  assert.deepEqual(r.subjects(0).map((s) => s.text), ['Khamenei']);
  assert.deepEqual(r.subjects(1).map((s) => s.text), ['Zarif']);
});

test('a description resolves by role and affiliation, never to an actor named only after it', () => {
  const t = 'Mohammad Javad Zarif met Ismail Haniyeh. The Iranian minister praised him.';
  const { a } = analyzeQuotes(t, { 'Mohammad Javad Zarif': { roles: ['foreign minister'], affiliation: 'Iran' } });
  const r = referents(a);
  const at = t.indexOf('The Iranian');
  assert.equal(nameOf(a, r.resolve(at, 'the Iranian minister')?.actor), 'Mohammad Javad Zarif');
  assert.equal(r.resolve(at, 'the source'), null);
  assert.equal(r.resolve(0, 'the Iranian minister'), null);
});

test('resolveReferent: the one-shot form', () => {
  const t = 'Ali Shamkhani met Zahar. He praised the resistance.';
  const { a } = analyzeQuotes(t);
  const r = resolveReferent(a, t.indexOf('He praised'));
  assert.equal(nameOf(a, r?.actor), 'Ali Shamkhani');
  assert.equal(r?.rule, 'pronoun-previous-subject');
  assert.equal(nameOf(a, resolveReferent(a, t.indexOf('Zahar'))?.actor), 'Zahar');
});

test('"they" after plural persons or a person refers to nobody; after an organization, to it', () => {
  const t1 = 'The two leaders met in Doha. They said the talks went well.';
  const a1 = analyzeQuotes(t1, { Doha: { type: 'place' } }).a;
  assert.equal(referents(a1).resolve(t1.indexOf('They')), null);
  const t2 = 'Kibaki and Odinga met on Monday. They said the talks went well.';
  const a2 = analyzeQuotes(t2).a;
  assert.equal(referents(a2).resolve(t2.indexOf('They')), null);
  const t3 = 'The Taliban issued a statement. They said the talks went well.';
  const a3 = analyzeQuotes(t3, { Taliban: { type: 'organization' } }).a;
  assert.equal(nameOf(a3, referents(a3).resolve(t3.indexOf('They'))?.actor), 'Taliban');
});
