import fs from 'node:fs';
import path from 'node:path';
import type { Document } from '../model/types.js';
import { decodeBytes, declaredCharset } from './decode.js';
import { parseHtml } from './html.js';
import { readJsonl } from './jsonl.js';
import { languageName } from './language.js';
import { parseTxt, splitHeader } from './txt.js';

export { parseTxt, splitHeader } from './txt.js';
export { parseHtml } from './html.js';
export { buildDocument, type ArticleMeta } from './document.js';
export { findBoilerplate, boilerplateReason } from './boilerplate.js';
export { detectLanguage } from './language.js';

/** Why an input was not analysed. */
export type FailureKind =
  | 'unreadable' // missing, permission denied, broken link, not a regular file
  | 'unsupported' // a file type dossier does not read, named explicitly
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'parse' // a bad JSONL line
  | 'no-article' // HTML without article text
  | 'language'; // not English: read, but not analysed

export type ReadResult =
  | { ok: true; doc: Document }
  | { ok: false; source: string; error: string; kind?: FailureKind; doc?: Document };

export interface ReadOptions {
  /** Largest .txt/.html file read, and largest JSONL line; bigger ones are refused without being read. */
  maxBytes?: number;
  /** Languages analysed (ISO 639-1); a document in another detected language is reported and skipped. */
  languages?: readonly string[];
}

/** 5 MB: a news article is rarely over 100 KB of text. Larger files are refused without being read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** HTML pages carry scripts, styles and inline data besides the article: they may be this many times larger. */
export const HTML_SIZE_FACTOR = 3;
export const TXT_EXTENSIONS = ['.txt'];
export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'];
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];

/**
 * Walks files and folders (recursively, in sorted order) and yields one result per article.
 * A bad input yields a failure naming it, never throws: the batch goes on.
 */
export function* readInputs(paths: string[], opts: ReadOptions = {}): Generator<ReadResult> {
  const o = { maxBytes: opts.maxBytes ?? MAX_FILE_BYTES, languages: opts.languages ?? ['en'] };
  for (const p of paths) {
    for (const r of readPath(p, true, o)) yield checkLanguage(r, o.languages);
  }
}

function checkLanguage(r: ReadResult, languages: readonly string[]): ReadResult {
  if (!r.ok) return r;
  const lang = r.doc.language;
  if (!lang || languages.includes(lang)) return r;
  return {
    ok: false,
    source: r.doc.source,
    error: `written in ${languageName(lang)} (${lang}), not English: skipped (dossier analyses English news)`,
    kind: 'language',
    doc: r.doc,
  };
}

function* readPath(p: string, explicit: boolean, o: Required<ReadOptions>): Generator<ReadResult> {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (e) {
    yield { ok: false, source: p, error: statError(p, e as NodeJS.ErrnoException, explicit), kind: 'unreadable' };
    return;
  }
  if (st.isDirectory()) {
    let entries: string[];
    try {
      entries = fs.readdirSync(p);
    } catch (e) {
      yield { ok: false, source: p, error: `cannot list folder: ${errText(e as NodeJS.ErrnoException)}`, kind: 'unreadable' };
      return;
    }
    for (const name of entries.sort()) {
      if (name.startsWith('.')) continue;
      const child = path.join(p, name);
      if (isDirLike(child) || fileKind(name)) yield* readPath(child, false, o);
    }
    return;
  }
  if (!st.isFile()) {
    yield { ok: false, source: p, error: 'not a regular file (a pipe, socket or device): skipped', kind: 'unreadable' };
    return;
  }
  const kind = fileKind(path.basename(p)) ?? (path.extname(p) === '' ? 'txt' : null);
  if (!kind) {
    yield { ok: false, source: p, error: `unsupported file type "${path.extname(p)}": dossier reads .txt, .html and .jsonl articles`, kind: 'unsupported' };
    return;
  }
  if (kind === 'jsonl') {
    yield* readJsonl(p, o.maxBytes);
    return;
  }
  if (st.size === 0) {
    yield { ok: false, source: p, error: 'empty file', kind: 'empty' };
    return;
  }
  const limit = kind === 'html' ? o.maxBytes * HTML_SIZE_FACTOR : o.maxBytes;
  if (st.size > limit) {
    yield { ok: false, source: p, error: `too large (${mb(st.size)}; the limit is ${mb(limit)} per ${kind === 'html' ? 'page' : 'article file'}): not read, split it or give it as .jsonl`, kind: 'too-large' };
    return;
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(p);
  } catch (e) {
    yield { ok: false, source: p, error: `cannot read: ${errText(e as NodeJS.ErrnoException)}`, kind: 'unreadable' };
    return;
  }
  yield readBytes(bytes, kind, p);
}

/** One .txt or .html file's bytes → a result. */
export function readBytes(bytes: Uint8Array, kind: 'txt' | 'html', source: string): ReadResult {
  const dec = decodeBytes(bytes, kind === 'html' ? declaredCharset(bytes) : null);
  if (!dec.ok) return { ok: false, source, error: dec.error, kind: 'binary' };
  if (!dec.text.trim()) return { ok: false, source, error: 'empty file (only whitespace)', kind: 'empty' };
  const id = path.basename(source).replace(/\.[^.]+$/, '');
  let r: ReadResult;
  if (kind === 'html') {
    const h = parseHtml(dec.text, id, source);
    r = h.ok ? h : { ok: false, source, error: h.error, kind: 'no-article' };
  } else {
    if (!splitHeader(dec.text).body.trim()) return { ok: false, source, error: 'no article body after the header', kind: 'empty' };
    r = { ok: true, doc: parseTxt(dec.text, id, source) };
  }
  if (r.ok && dec.warning) r.doc.warnings.push(dec.warning);
  return r;
}

function fileKind(name: string): 'txt' | 'html' | 'jsonl' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.gold.json')) return null;
  const ext = path.extname(lower);
  if (TXT_EXTENSIONS.includes(ext)) return 'txt';
  if (HTML_EXTENSIONS.includes(ext)) return 'html';
  if (JSONL_EXTENSIONS.includes(ext)) return 'jsonl';
  return null;
}

function isDirLike(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false; // a broken link: reported when read, if its name is one dossier reads
  }
}

function statError(p: string, e: NodeJS.ErrnoException, explicit: boolean): string {
  if (e.code === 'ENOENT') {
    try {
      if (fs.lstatSync(p).isSymbolicLink()) return `cannot read: broken symbolic link (to ${fs.readlinkSync(p)})`;
    } catch {
      // not a link: plain missing
    }
    return explicit ? 'no such file or folder' : 'cannot read: it vanished while the folder was read';
  }
  return `cannot read: ${errText(e)}`;
}

/** The one-line reason for a file-system error. */
export function errText(e: NodeJS.ErrnoException): string {
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied (check the file permissions)';
  if (e.code === 'EISDIR') return 'is a folder';
  if (e.code === 'ELOOP') return 'too many levels of symbolic links';
  return e.code ? `${e.code} (${e.message.replace(/^[A-Z]+: /, '').split(',')[0]})` : String(e.message ?? e);
}

function mb(n: number): string {
  const v = n / 1048576;
  return `${Number.isInteger(v) || v >= 10 ? Math.round(v) : v.toFixed(1)} MB`;
}
