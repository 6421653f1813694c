import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readInputs } from './index.js';

const BODY = 'Iranian Foreign Minister Mohammad Javad Zarif met Qatari officials in Doha on Sunday, the official IRNA news agency reported, after talks on regional security and trade between the two countries.';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-jsonl-'));
}

test('one article per line, with its fields; a bad line is a failure naming file:line and the rest goes on', () => {
  const dir = tmp();
  const f = path.join(dir, 'batch.jsonl');
  const html = `<html><head><meta property="og:site_name" content="Gulf Wire"></head><body><article><p>${BODY}</p><p>${BODY}</p></article></body></html>`;
  fs.writeFileSync(
    f,
    [
      JSON.stringify({ id: 'a1', text: BODY, url: 'https://example.org/a1', outlet: 'Example', published: '2019-08-11T10:00:00Z', title: 'Zarif in Doha' }),
      '{not json',
      '',
      JSON.stringify({ url: 'https://example.org/none' }),
      JSON.stringify({ html }),
      '[1,2]',
      JSON.stringify({ text: BODY }),
    ].join('\n'),
  );
  const rs = [...readInputs([f])];
  assert.equal(rs.length, 6);
  const [a, bad, none, h, arr, last] = rs;
  assert.ok(a.ok);
  assert.equal(a.doc.id, 'a1');
  assert.equal(a.doc.published, '2019-08-11');
  assert.equal(a.doc.title, 'Zarif in Doha');
  assert.equal(a.doc.source, `${f}:1`);
  assert.ok(!bad.ok && bad.source === `${f}:2` && /not valid JSON/.test(bad.error));
  assert.ok(!none.ok && none.source === `${f}:4` && /neither/.test(none.error));
  assert.ok(h.ok);
  assert.equal(h.doc.outlet, 'Gulf Wire');
  assert.equal(h.doc.text, `${BODY}\n\n${BODY}`);
  assert.ok(!arr.ok && /not a JSON object/.test(arr.error));
  assert.ok(last.ok);
  assert.equal(last.doc.id, 'batch-7', 'a line without id is named after the file and line');
});

test('a line longer than the limit is refused alone; lines after it are read', () => {
  const dir = tmp();
  const f = path.join(dir, 'big.jsonl');
  fs.writeFileSync(f, [JSON.stringify({ text: 'x'.repeat(5000) }), JSON.stringify({ id: 'ok', text: BODY })].join('\n') + '\n');
  const rs = [...readInputs([f], { maxBytes: 1000 })];
  assert.equal(rs.length, 2);
  assert.ok(!rs[0].ok && rs[0].kind === 'too-large' && rs[0].source === `${f}:1`);
  assert.ok(rs[1].ok && rs[1].doc.id === 'ok');
});

test('lines are read across chunk boundaries, and ids cannot escape the output folder', () => {
  const dir = tmp();
  const f = path.join(dir, 'many.jsonl');
  const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: i === 0 ? '../../etc/x' : `n${i}`, text: `${BODY} ${'filler '.repeat(500)}` }));
  fs.writeFileSync(f, lines.join('\n'));
  const rs = [...readInputs([f])];
  assert.equal(rs.length, 400);
  assert.ok(rs.every((r) => r.ok));
  assert.ok(rs[0].ok && !rs[0].doc.id.includes('/'));
  assert.ok(rs[399].ok && rs[399].doc.id === 'n399');
});

test('an empty JSONL file is reported', () => {
  const dir = tmp();
  const f = path.join(dir, 'empty.jsonl');
  fs.writeFileSync(f, '\n\n');
  const rs = [...readInputs([f])];
  assert.equal(rs.length, 1);
  assert.ok(!rs[0].ok && rs[0].kind === 'empty');
});
