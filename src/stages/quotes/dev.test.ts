// The full default pipeline on two of the example articles (also in the dev set): every quote
// found by its first words, none extra, and the speakers the text gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseTxt } from '../../ingest/txt.js';
import { analyzeDocument } from '../../pipeline/run.js';

function run(file: string) {
  const doc = parseTxt(fs.readFileSync(new URL(`../../../examples/${file}`, import.meta.url), 'utf8'), file, file);
  const a = analyzeDocument(doc);
  const name = (id: string | null) => (id ? a.actors.find((x) => x.id === id)?.name ?? '' : null);
  return a.quotes.filter((q) => q.direct).map((q) => ({ start: q.text.split(/\s+/).slice(0, 4).join(' '), who: name(q.speaker), via: q.via }));
}

test('seed-001: unclosed outer quote, partial quotes, "he added"', () => {
  const qs = run('seed-001.txt');
  assert.deepEqual(qs.map((q) => q.start), [
    'latest developments in the',
    'the Intifada [violent uprising',
    'growing humanitarian crises in',
    'Palestinian resistance and its',
    'defend [their] movement in',
    'The Intifada of Palestinian',
    'About 60 years have',
  ]);
  assert.match(qs[0].who ?? '', /Qaddumi/);
  assert.match(qs[3].who ?? '', /Zarif/);
  assert.match(qs[5].who ?? '', /Khamenei/);
  assert.match(qs[6].who ?? '', /Khamenei/);
});

test('seed-002: statements of an organization, a wrong closing glyph, no quote marks no quote', () => {
  const qs = run('seed-002.txt');
  assert.deepEqual(qs.map((q) => q.start), ['But it turned out', 'The delegation reiterated that', 'Both sides highlighted that', 'During the meeting, both']);
  assert.match(qs[0].who ?? '', /Shamkhani/);
  for (const q of qs.slice(1)) assert.match(q.who ?? '', /Hamas|Islamic Resistance Movement/);
});
