// Things that look like quotations and are not: scare quotes, quoted terms and titles, names
// after "dubbed", and apostrophes of every kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeQuotes } from './fixture.js';
import { findQuotes } from './marks.js';
import { looksLikeTitle } from './index.js';

test('scare quotes around a term are not quotes', () => {
  const t = 'Shamkhani predicted that corruption will annihilate the “Zionist regime” of Israel. Zahar said the “illegitimate” regime is on the wane. Haniyeh thanked Iran for its "unlimited" support and its “first line of defense,” he said.';
  assert.equal(analyzeQuotes(t).direct.length, 0);
});

test('quoted titles and names are not quotes, even long ones', () => {
  const t = 'Velayati said the ”Deal of the Century” has not been formed yet. The battle, called “Operation Sword of Quds Against the Occupation”, ended. The plan dubbed “the deal of the century for the whole region” failed.';
  assert.equal(analyzeQuotes(t).direct.length, 0);
  assert.equal(looksLikeTitle('Operation Sword of Quds Against the Occupation'), true);
  assert.equal(looksLikeTitle('We Will Win, He Said.'), false);
});

test('apostrophes are not quote marks', () => {
  const t = 'Iran’s leader won’t meet them. Asa\'eb Ahl al-Haq and Kata\'ib Hezbollah met. Hamas’ statement read out the nations’ demands. The Palestinians’ resistance grew in the ’90s.';
  assert.deepEqual(findQuotes(t, [{ index: 0, start: 0, end: t.length }]), []);
  assert.equal(analyzeQuotes(t).direct.length, 0);
});

test('a possessive inside a quotation does not close it', () => {
  const t = '“Hamas’ leaders and the nations’ awareness of this regime’s plots will decide,” said Shamkhani.';
  const { direct } = analyzeQuotes(t);
  assert.equal(direct.length, 1);
  assert.equal(direct[0].text, 'Hamas’ leaders and the nations’ awareness of this regime’s plots will decide,');
});

test('single quotation marks quote only when they close', () => {
  const t = "Officials said 'we will not accept any deal that ignores our rights' on Sunday. The 'rock' and Ba'ath remained.";
  const { direct } = analyzeQuotes(t);
  assert.deepEqual(direct.map((q) => q.text), ['we will not accept any deal that ignores our rights']);
});

test('short quotations under five words are terms, not quotes', () => {
  const { direct } = analyzeQuotes('Annan described the talks as "a very encouraging development". Odinga mentioned the need for "justice".');
  assert.equal(direct.length, 0);
});

test('a name after "so-called", however written, is not a quote', () => {
  const { direct } = analyzeQuotes('Analysts say the so-called "rules of engagement between Israel and the group" are being tested.');
  assert.equal(direct.length, 0);
});

test('hyphenated words count once: a four-word term is not a quote', () => {
  const { direct } = analyzeQuotes('Houthi officials condemned the “U.S.-led Saudi-backed aggression campaign” on Yemen.');
  assert.equal(direct.length, 0);
});

test('a plural possessive inside a single-quoted quote does not end it', () => {
  const { direct } = analyzeQuotes("'The Palestinians' rights are not for sale at any price,' he said.");
  assert.deepEqual(direct.map((q) => q.text), ["The Palestinians' rights are not for sale at any price,"]);
});

test('stray, unpaired and mixed marks never break the stage: spans stay inside the text, speakers are actors', () => {
  const pieces = ['“', '”', '"', "'", '‘', '’', '«', '»', ' ', '\n', 'Ali Khamenei', ' said', ' he', ' the minister', ',', '.', ':', ' according to IRNA', ' We will win the war against them', ' Hamas’', ' told Reuters', ' saying', ' quoted', ' the group', ' that'];
  let seed = 7;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let k = 0; k < 100; k++) {
    let t = '';
    for (let i = 5 + rnd(50); i > 0; i--) t += pieces[rnd(pieces.length)];
    const { a } = analyzeQuotes(t);
    for (const q of a.quotes) {
      assert.ok(q.span.start >= 0 && q.span.start <= q.span.end && q.span.end <= t.length, JSON.stringify(t));
      assert.ok(!q.speaker || a.actors.some((x) => x.id === q.speaker));
    }
  }
  for (const t of ['', '“', '”', '"', '“a b c d e f', '\n\n“one two three four five\n\n', 'said:']) analyzeQuotes(t);
});
