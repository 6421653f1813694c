import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeCommand } from './analyze.js';

function sink() {
  const chunks: string[] = [];
  return { write: (s: string) => chunks.push(s), text: () => chunks.join('') };
}

test('analyze on a folder with one good and one bad file writes the good analysis, warns about the bad one by name, and returns 1', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'));
  const input = path.join(dir, 'in');
  const out = path.join(dir, 'out');
  fs.mkdirSync(input);
  fs.copyFileSync(new URL('../../examples/seed-002.txt', import.meta.url), path.join(input, 'good.txt'));
  fs.writeFileSync(path.join(input, 'bad.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
  const o = sink();
  const e = sink();
  const code = analyzeCommand([input], { out }, { out: o, err: e });
  assert.equal(code, 1);
  assert.deepEqual(fs.readdirSync(out), ['good.json']);
  const good = JSON.parse(fs.readFileSync(path.join(out, 'good.json'), 'utf8'));
  assert.equal(good.id, 'good');
  assert.equal(good.document.published, '2019-07-23');
  assert.equal(good.document.language, 'en');
  assert.ok(Array.isArray(good.actors) && good.actors.length > 0);
  assert.equal(e.text().trim().split('\n').length, 1, 'one warning line');
  assert.match(e.text(), new RegExp(`^warning: ${path.join(input, 'bad.txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: binary file`));
  assert.match(o.text(), /wrote 1 analyses to .*, 1 failed/);
});

test('analyze returns 0 when every input is analysed, and a non-English article makes it 1', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'));
  fs.copyFileSync(new URL('../../examples/seed-004.txt', import.meta.url), path.join(dir, 'a.txt'));
  const ok = analyzeCommand([dir], { json: true }, { out: sink(), err: sink() });
  assert.equal(ok, 0);
  fs.writeFileSync(path.join(dir, 'fa.txt'), 'رهبر انقلاب اسلامی در دیدار هیئت حماس گفت که مقاومت پیروز خواهد شد و رژیم صهیونیستی رو به زوال است.\n');
  const e = sink();
  assert.equal(analyzeCommand([dir], { json: true }, { out: sink(), err: e }), 1);
  assert.match(e.text(), /fa\.txt: written in Persian \(fa\), not English/);
  assert.match(e.text(), /1 input not analysed/);
});
