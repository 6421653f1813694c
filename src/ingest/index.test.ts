import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { readInputs, errText, MAX_FILE_BYTES, type ReadResult } from './index.js';

const GOOD = 'outlet: Example News\npublished: 2019-08-11\n---\nIranian Foreign Minister Mohammad Javad Zarif met the emir of Qatar in Doha on Sunday, the Qatari foreign ministry said in a statement. The two men discussed regional security and trade.\n';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-ingest-'));
}
function read(...paths: string[]): ReadResult[] {
  return [...readInputs(paths)];
}
function failure(r: ReadResult): { source: string; error: string; kind?: string } {
  assert.equal(r.ok, false, 'expected a failure');
  return r as { ok: false; source: string; error: string; kind?: string };
}

test('a folder is walked recursively in sorted order; .gold.json, unknown extensions and hidden files are skipped', () => {
  const dir = tmp();
  fs.mkdirSync(path.join(dir, 'b-sub'));
  fs.writeFileSync(path.join(dir, 'c.txt'), GOOD);
  fs.writeFileSync(path.join(dir, 'a.txt'), GOOD);
  fs.writeFileSync(path.join(dir, 'b-sub', 'inner.txt'), GOOD);
  fs.writeFileSync(path.join(dir, 'a.gold.json'), '{}');
  fs.writeFileSync(path.join(dir, 'notes.pdf'), '%PDF');
  fs.writeFileSync(path.join(dir, '.hidden.txt'), GOOD);
  const rs = read(dir);
  assert.deepEqual(rs.map((r) => (r.ok ? r.doc.id : r.source)), ['a', 'inner', 'c']);
});

test('a file named explicitly with an unknown extension is refused by name; one without extension is read as text', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'x.pdf'), '%PDF-1.4');
  fs.writeFileSync(path.join(dir, 'article'), GOOD);
  const [pdf, plain] = read(path.join(dir, 'x.pdf'), path.join(dir, 'article'));
  assert.match(failure(pdf).error, /unsupported file type "\.pdf"/);
  assert.ok(plain.ok);
});

test('an empty file, and a whitespace-only file, are failures naming the file', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'blank.txt'), ' \n\n  \n');
  fs.writeFileSync(path.join(dir, 'header-only.txt'), 'outlet: X\n---\n\n');
  const rs = read(dir);
  assert.deepEqual(rs.map((r) => [path.basename(failure(r).source), failure(r).kind]), [
    ['blank.txt', 'empty'],
    ['empty.txt', 'empty'],
    ['header-only.txt', 'empty'],
  ]);
});

test('a binary file is refused: NUL bytes, or mostly control bytes', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'nul.txt'), Buffer.from([0x49, 0x72, 0x61, 0x6e, 0x00, 0x01, 0x02, 0x50]));
  fs.writeFileSync(path.join(dir, 'ctl.txt'), Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 ? 0x41 : 0x07))));
  const [ctl, nul] = read(dir);
  assert.match(failure(nul).error, /binary file \(NUL byte at offset 4\)/);
  assert.match(failure(ctl).error, /binary file \(\d+% control bytes\)/);
});

test('a 50 MB file is refused from its size, without being read', () => {
  const dir = tmp();
  const f = path.join(dir, 'huge.txt');
  fs.writeFileSync(f, '');
  fs.truncateSync(f, 50 * 1024 * 1024); // sparse: nothing is written
  const r = failure(read(f)[0]);
  assert.equal(r.kind, 'too-large');
  assert.match(r.error, /too large \(50 MB; the limit is 5 MB/);
  assert.equal(MAX_FILE_BYTES, 5 * 1024 * 1024);
});

test('invalid UTF-8 is read as windows-1252 with a warning, and the article is still analysed', () => {
  const dir = tmp();
  const f = path.join(dir, 'latin.txt');
  fs.writeFileSync(f, Buffer.concat([Buffer.from('The minister met the owner of the caf'), Buffer.from([0xe9]), Buffer.from(' in Beirut on Monday, officials in the Lebanese capital said after the talks.')]));
  const [r] = read(f);
  assert.ok(r.ok);
  assert.match(r.doc.text, /café in Beirut/);
  assert.equal(r.doc.warnings.length, 1);
  assert.match(r.doc.warnings[0], /not valid UTF-8 \(first bad byte at offset 37\); read as windows-1252/);
});

test('an HTML page in a declared legacy charset is decoded with it, without a warning', () => {
  const dir = tmp();
  const f = path.join(dir, 'legacy.html');
  const para = 'The minister met the owner of the café in Beirut on Monday, officials in the Lebanese capital said after the talks, which lasted for three hours and covered trade and security.';
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>T</title></head><body><article><p>${para}</p><p>${para}</p></article></body></html>`;
  fs.writeFileSync(f, Buffer.from(html, 'latin1'));
  const [r] = read(f);
  assert.ok(r.ok);
  assert.match(r.doc.text, /café in Beirut/);
  assert.deepEqual(r.doc.warnings, []);
});

test('HTML pages may be three times the text limit', () => {
  const dir = tmp();
  const f = path.join(dir, 'big.html');
  fs.writeFileSync(f, '');
  fs.truncateSync(f, 50 * 1024 * 1024);
  assert.match(failure(read(f)[0]).error, /too large \(50 MB; the limit is 15 MB per page\)/);
});

test('a UTF-16 file with a byte-order mark is decoded', () => {
  const dir = tmp();
  const f = path.join(dir, 'u16.txt');
  fs.writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]));
  const [r] = read(f);
  assert.ok(r.ok);
  assert.equal(r.doc.outlet, 'Example News');
});

test('HTML with no article in it is a failure naming the file', () => {
  const dir = tmp();
  const f = path.join(dir, 'index.html');
  fs.writeFileSync(f, '<html><head><title>Home</title></head><body><nav><a href="/a">World</a> <a href="/b">Sport</a></nav><div>Cookies help us.</div></body></html>');
  const r = failure(read(f)[0]);
  assert.equal(r.source, f);
  assert.equal(r.kind, 'no-article');
});

test('a folder with unreadable entries: a broken link and a pipe are reported by name, the good file is read', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'good.txt'), GOOD);
  fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'broken.txt'));
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  fs.mkdirSync(path.join(dir, 'folder.txt')); // a folder with an article's name is walked, not read
  fs.writeFileSync(path.join(dir, 'folder.txt', 'inside.txt'), GOOD);
  const rs = read(dir);
  assert.deepEqual(
    rs.map((r) => (r.ok ? `ok ${r.doc.id}` : `${path.basename(r.source)}: ${r.error}`)),
    [`broken.txt: cannot read: broken symbolic link (to ${path.join(dir, 'gone.txt')})`, 'ok inside', 'ok good', 'pipe.txt: not a regular file (a pipe, socket or device): skipped'],
  );
});

test('a permission error is reported as such (an unreadable folder, when not running as root)', (t) => {
  if (process.getuid?.() === 0) {
    t.skip('root reads files whatever their mode; the broken-link test covers the failure path');
    return;
  }
  const dir = tmp();
  const locked = path.join(dir, 'locked');
  fs.mkdirSync(locked);
  fs.chmodSync(locked, 0o000);
  try {
    const r = failure(read(locked)[0]);
    assert.match(r.error, /permission denied/);
  } finally {
    fs.chmodSync(locked, 0o755);
  }
});

test('file-system errors become one-line reasons (EACCES cannot be caused as root, so it is fed in)', () => {
  const err = (code: string, message: string) => Object.assign(new Error(message), { code }) as NodeJS.ErrnoException;
  assert.equal(errText(err('EACCES', "EACCES: permission denied, open '/x/a.txt'")), 'permission denied (check the file permissions)');
  assert.equal(errText(err('ELOOP', 'ELOOP: too many symbolic links encountered')), 'too many levels of symbolic links');
  assert.equal(errText(err('EIO', "EIO: i/o error, read '/x'")), 'EIO (i/o error)');
});

test('a path that does not exist is reported', () => {
  const r = failure(read('/nonexistent/dossier/article.txt')[0]);
  assert.equal(r.error, 'no such file or folder');
});

test('Arabic and Persian articles are read, their language detected and reported, and they are not analysed', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'ar.txt'), 'قال المتحدث باسم حركة حماس إن الوفد وصل إلى طهران يوم الأحد لإجراء محادثات مع المسؤولين الإيرانيين حول التطورات في المنطقة.\n');
  fs.writeFileSync(path.join(dir, 'fa.txt'), 'رهبر انقلاب اسلامی در دیدار هیئت حماس گفت که مقاومت پیروز خواهد شد و رژیم صهیونیستی رو به زوال است.\n');
  const [ar, fa] = read(dir);
  const a = failure(ar);
  assert.equal(a.kind, 'language');
  assert.match(a.error, /written in Arabic \(ar\), not English/);
  assert.match(failure(fa).error, /written in Persian \(fa\), not English/);
  assert.equal(!ar.ok && ar.doc?.language, 'ar');
});

test('English articles carry language "en"; a header language is trusted', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'en.txt'), GOOD);
  fs.writeFileSync(path.join(dir, 'stated.txt'), 'language: fr\n---\nIranian Foreign Minister Mohammad Javad Zarif met the emir of Qatar in Doha on Sunday.');
  const [en, fr] = read(dir);
  assert.ok(en.ok && en.doc.language === 'en');
  assert.match(failure(fr).error, /French \(fr\)/);
});

test('the examples folder reads as five English articles with their headers', () => {
  const rs = read(new URL('../../examples', import.meta.url).pathname);
  assert.deepEqual(rs.map((r) => (r.ok ? r.doc.id : r.source)), ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']);
  assert.ok(rs.every((r) => r.ok && r.doc.language === 'en' && r.doc.outlet));
});
