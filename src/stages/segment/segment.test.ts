import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, sentenceAt } from './index.js';
import { analyzeText } from '../../testing/docs.js';

test('token offsets point at the token text, across paragraphs and curly quotes', () => {
  const text = ' date 2019-07-23 Ali Shamkhani met Saleh al-Arouri.\n\n“We won’t,” he said. Dr. Kharazi agreed.';
  const a = analyzeText(text, [segment]);
  for (const t of a.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(a.paragraphs.length, 2);
  assert.equal(text.slice(a.paragraphs[1].start, a.paragraphs[1].end), '“We won’t,” he said. Dr. Kharazi agreed.');
});

test('sentences never cross a paragraph and "Dr." does not end a sentence', () => {
  const text = 'Hamas leader Ismail Haniyeh spoke\nDr. Kamal Kharazi stated that the talks went well. He left.';
  const a = analyzeText(text, [segment]);
  const texts = a.sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(texts, ['Hamas leader Ismail Haniyeh spoke', 'Dr. Kamal Kharazi stated that the talks went well.', 'He left.']);
  assert.equal(sentenceAt(a, text.indexOf('Kharazi')), 1);
  assert.equal(sentenceAt(a, text.indexOf('left')), 2);
});

test('sentences inside boilerplate are flagged', () => {
  const text = 'Zarif met Qaddumi on Monday.\nDonate to vital charities now!';
  const start = text.indexOf('Donate');
  const a = analyzeText(text, [segment], { boilerplate: [{ start, end: text.length, kind: 'donation', rule: 'test' }] });
  assert.deepEqual(a.sentences.map((s) => s.boilerplate), [false, true]);
});

test('words that wink splits at non-ASCII letters are glued back', () => {
  const text = 'Recep Tayyip Erdoğan met Ibrahim Kalın. They talked.';
  const a = analyzeText(text, [segment]);
  const words = a.tokens.map((t) => t.text);
  assert.ok(words.includes('Erdoğan'), words.join('|'));
  assert.ok(words.includes('Kalın'), words.join('|'));
  assert.equal(a.sentences.length, 2);
  for (const t of a.tokens) assert.equal(text.slice(t.start, t.end), t.text);
});
