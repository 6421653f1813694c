import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../model/types.js';
import type { Stage } from './stage.js';
import { readInputs } from '../ingest/index.js';
import { analyzeBatch, analyzeDocument, inBatches } from './run.js';
import { DEFAULT_STAGES } from './order.js';
import { makeDoc } from '../testing/docs.js';

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');

function exampleDocs(): Document[] {
  const docs: Document[] = [];
  for (const r of readInputs([examples])) if (r.ok) docs.push(r.doc);
  return docs;
}

test('a batch gives every article the analysis it gets alone', () => {
  const docs = exampleDocs();
  assert.ok(docs.length >= 5);
  const alone = docs.map((d) => analyzeDocument(d));
  const batch = analyzeBatch(docs);
  assert.equal(batch.length, docs.length);
  batch.forEach((r, i) => {
    assert.ok(r.ok);
    assert.equal(r.analysis.doc, docs[i], 'results come in the order of the documents');
    assert.ok(r.analysis.actors.length > 0 && r.analysis.events.length > 0);
    assert.deepEqual(r.analysis, alone[i]);
  });
});

test('a stage that throws on one article fails that article alone; the stages after it still run for the others', () => {
  const ran: string[] = [];
  const fragile: Stage = {
    name: 'fragile',
    requires: ['tokens'],
    assigns: [],
    run(a) {
      if (a.doc.text.includes('Khartoum')) throw new Error('cannot read Khartoum');
      return {};
    },
  };
  const after: Stage = { name: 'after', requires: ['actors'], assigns: [], run: (a) => (ran.push(a.doc.id), {}) };
  const stages = [...DEFAULT_STAGES.slice(0, 3), fragile, ...DEFAULT_STAGES.slice(3), after];
  const docs = [
    makeDoc('Foreign Minister Ali Hassan met the envoy in Cairo on Monday.', { id: 'a' }),
    makeDoc('The army said it had retaken Khartoum.', { id: 'b' }),
    makeDoc('President Jane Doe visited Nairobi.', { id: 'c' }),
  ];
  const results = analyzeBatch(docs, { stages });
  assert.deepEqual(results.map((r) => r.ok), [true, false, true]);
  const failed = results[1];
  assert.ok(!failed.ok && /cannot read Khartoum/.test(failed.error.message));
  assert.deepEqual(ran, ['a', 'c']);
  const first = results[0];
  assert.ok(first.ok && first.analysis.actors.some((x) => x.name === 'Ali Hassan'));
});

test('a stage that needs a layer no stage before it assigns is an error of the stage order', () => {
  const early: Stage = { name: 'early', requires: ['actors'], assigns: [], run: () => ({}) };
  assert.throws(() => analyzeBatch([makeDoc('Text.')], { stages: [early, ...DEFAULT_STAGES] }), /stage early needs layer "actors"/);
});

test('batches hold at most so many items, and end early once their lengths add up', () => {
  const sizes = (xs: number[], size: number, max: number) => [...inBatches(xs, { size, weight: (x) => x, maxWeight: max })].map((b) => b.length);
  assert.deepEqual(sizes([1, 1, 1, 1, 1, 1, 1], 3, 100), [3, 3, 1]);
  assert.deepEqual(sizes([10, 60, 50, 200, 5], 10, 100), [3, 1, 1], 'a batch ends once it reaches the limit; one long item makes a batch of its own');
  assert.deepEqual(sizes([], 3, 100), []);
  // lazily: the source is read one batch ahead at most
  let read = 0;
  function* counted() {
    for (let i = 0; i < 10; i++) {
      read++;
      yield i;
    }
  }
  const it = inBatches(counted(), { size: 4 });
  it.next();
  assert.equal(read, 4);
});
