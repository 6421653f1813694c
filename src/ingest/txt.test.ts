import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseTxt, splitHeader } from './txt.js';
import { normalizeDate } from './document.js';

const example = (name: string) => fs.readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');

test('a header of key: value lines ending in --- gives the metadata; the body starts after the --- line', () => {
  const src = 'url: https://example.org/a\noutlet: Example News\npublished: 2019-07-23\ntitle: Khamenei hosts Hamas\n---\nIran hosted a Hamas delegation in Tehran on Monday.\n';
  const d = parseTxt(src, 'a', 'a.txt');
  assert.equal(d.url, 'https://example.org/a');
  assert.equal(d.outlet, 'Example News');
  assert.equal(d.published, '2019-07-23');
  assert.equal(d.title, 'Khamenei hosts Hamas');
  assert.equal(d.text, 'Iran hosted a Hamas delegation in Tehran on Monday.\n');
  assert.equal(d.id, 'a');
});

test('"unknown" header values are null, and a header id wins over the file name', () => {
  const d = parseTxt('url: unknown\npublished: unknown\nid: h-017\n---\nBody text here.', 'file', 'f.txt');
  assert.equal(d.url, null);
  assert.equal(d.published, null);
  assert.equal(d.id, 'h-017');
});

test('plain text without a header is all body, even when a --- line appears later', () => {
  const src = 'Hamas officials met in Doha.\n---\nA second part of the story follows the rule.';
  const d = parseTxt(src, 'p', 'p.txt');
  assert.equal(d.text, src);
  assert.equal(d.outlet, null);
});

test('YAML-style front matter (a --- line before the header too) is a header', () => {
  const src = '---\ntitle: Talks in Doha\npublished: 2020-07-03\n---\nErdogan met the emir of Qatar.';
  const d = parseTxt(src, 'y', 'y.txt');
  assert.equal(d.title, 'Talks in Doha');
  assert.equal(d.published, '2020-07-03');
  assert.equal(d.text, 'Erdogan met the emir of Qatar.');
});

test('CRLF files keep their body exactly', () => {
  const src = 'outlet: Example\r\n---\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n';
  const { body, meta, bodyOffset } = splitHeader(src);
  assert.equal(meta.outlet, 'Example');
  assert.equal(body, 'First paragraph.\r\n\r\nSecond paragraph.\r\n');
  assert.equal(src.slice(bodyOffset), body);
});

test('a leading " date YYYY-MM-DD" is the published date when the header has none, recorded as a date-line range', () => {
  const src = 'outlet: Middle East Monitor\npublished: unknown\n---\n date 2019-07-23 A senior delegation from Hamas held talks in Tehran on Tuesday.';
  const d = parseTxt(src, 's', 's.txt');
  assert.equal(d.published, '2019-07-23');
  const dl = d.boilerplate.find((b) => b.kind === 'date-line');
  assert.ok(dl);
  assert.equal(d.text.slice(dl.start, dl.end), 'date 2019-07-23');
  assert.ok(d.text.startsWith(' date 2019-07-23 A senior'), 'the body is not modified');
});

test('the header date wins over the date line', () => {
  const d = parseTxt('published: 2020-01-01\n---\n date 2019-07-23 Talks were held.', 's', 's.txt');
  assert.equal(d.published, '2020-01-01');
});

test('the example seed-002 keeps its body offsets true and its date', () => {
  const src = example('seed-002.txt');
  const d = parseTxt(src, 'seed-002', 'seed-002.txt');
  assert.equal(d.published, '2019-07-23');
  const at = d.text.indexOf('Saleh al-Arouri');
  assert.equal(src.slice(src.indexOf('---\n') + 4).slice(at, at + 15), 'Saleh al-Arouri');
});

test('published dates are normalised to YYYY-MM-DD', () => {
  assert.equal(normalizeDate('2019-07-23T10:00:00Z'), '2019-07-23');
  assert.equal(normalizeDate('July 23, 2019'), '2019-07-23');
  assert.equal(normalizeDate('23 Jul 2019'), '2019-07-23');
  assert.equal(normalizeDate('2019/7/3'), '2019-07-03');
  assert.equal(normalizeDate('Tue, 23 Jul 2019 10:00:00 GMT'), '2019-07-23');
  assert.equal(normalizeDate('2019-13-40'), null);
  assert.equal(normalizeDate('yesterday'), null);
});
