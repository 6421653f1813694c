import fs from 'node:fs';
import path from 'node:path';
import { binaryReason, decodeBytes } from './decode.js';
import { buildDocument, clean, type ArticleMeta } from './document.js';
import { parseHtml } from './html.js';
import type { ReadResult } from './index.js';

const CHUNK = 1 << 20;

/**
 * Reads a `.jsonl` file, one article per line: `{"text" | "html", "url", "outlet", "published", "title", "id"}`.
 * The file is streamed in 1 MB chunks, so its size is not limited; one line (one article) is, by
 * `maxLineBytes`. A bad line yields a failure naming `file:line`, and the next line is read.
 */
export function* readJsonl(file: string, maxLineBytes: number): Generator<ReadResult> {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    yield { ok: false, source: file, error: `cannot read: ${(e as Error).message}`, kind: 'unreadable' };
    return;
  }
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  try {
    const buf = Buffer.alloc(CHUNK);
    let pending: Buffer[] = [];
    let pendingLen = 0;
    let tooLong = false;
    let lineNo = 0;
    let first = true;
    let sawLine = false;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, CHUNK, null);
      if (first) {
        first = false;
        const bin = binaryReason(buf.subarray(0, n));
        if (bin) {
          yield { ok: false, source: file, error: `binary file (${bin}), not JSON lines`, kind: 'binary' };
          return;
        }
      }
      if (n === 0) break;
      let from = 0;
      for (let nl = buf.indexOf(10, from); nl !== -1 && nl < n; nl = buf.indexOf(10, from)) {
        lineNo++;
        const piece = buf.subarray(from, nl);
        const whole = tooLong ? null : Buffer.concat([...pending, piece]);
        if (!tooLong && whole!.length > maxLineBytes) tooLong = true;
        if (tooLong) yield tooLongLine(file, lineNo, maxLineBytes);
        else if (whole!.length && whole!.toString('latin1').trim()) {
          sawLine = true;
          yield parseLine(whole!, file, lineNo, base);
        }
        pending = [];
        pendingLen = 0;
        tooLong = false;
        from = nl + 1;
      }
      if (from < n && !tooLong) {
        pending.push(Buffer.from(buf.subarray(from, n)));
        pendingLen += n - from;
        if (pendingLen > maxLineBytes) {
          tooLong = true;
          pending = [];
          pendingLen = 0;
        }
      }
    }
    if (tooLong) yield tooLongLine(file, lineNo + 1, maxLineBytes);
    else if (pendingLen) {
      const whole = Buffer.concat(pending);
      if (whole.toString('latin1').trim()) {
        sawLine = true;
        yield parseLine(whole, file, lineNo + 1, base);
      }
    }
    if (!sawLine && !tooLong) yield { ok: false, source: file, error: 'empty file: no JSON lines in it', kind: 'empty' };
  } catch (e) {
    yield { ok: false, source: file, error: `cannot read: ${(e as Error).message}`, kind: 'unreadable' };
  } finally {
    fs.closeSync(fd);
  }
}

function tooLongLine(file: string, line: number, max: number): ReadResult {
  return { ok: false, source: `${file}:${line}`, error: `line longer than ${Math.round(max / 1048576)} MB: skipped (one article per line)`, kind: 'too-large' };
}

/** One JSONL line → a document, or a failure naming `file:line`. */
export function parseLine(bytes: Uint8Array, file: string, lineNo: number, base: string): ReadResult {
  const source = `${file}:${lineNo}`;
  const dec = decodeBytes(bytes);
  if (!dec.ok) return { ok: false, source, error: dec.error, kind: 'binary' };
  let obj: unknown;
  try {
    obj = JSON.parse(dec.text);
  } catch (e) {
    return { ok: false, source, error: `not valid JSON (${(e as Error).message.split('\n')[0]})`, kind: 'parse' };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { ok: false, source, error: 'not a JSON object (expected {"text": …, "url": …})', kind: 'parse' };
  const o = obj as Record<string, unknown>;
  const meta: ArticleMeta = {
    id: safeId(clean(o.id)),
    url: clean(o.url),
    outlet: clean(o.outlet ?? o.source ?? o.site),
    published: clean(o.published ?? o.date ?? o.published_at),
    title: clean(o.title ?? o.headline),
    language: clean(o.language ?? o.lang),
  };
  const fallbackId = `${base}-${lineNo}`;
  const warnings = dec.warning ? [dec.warning] : [];
  if (typeof o.text === 'string' && o.text.trim()) {
    return { ok: true, doc: buildDocument(o.text, meta, fallbackId, source, { warnings }) };
  }
  if (typeof o.html === 'string' && o.html.trim()) {
    const r = parseHtml(o.html, fallbackId, source, meta);
    if (!r.ok) return { ok: false, source, error: r.error, kind: 'no-article' };
    r.doc.warnings.push(...warnings);
    return r;
  }
  return { ok: false, source, error: 'no article: the line has neither a non-empty "text" nor "html" field', kind: 'empty' };
}

/** An id is used as an output file name: no path separators, no leading dot. */
export function safeId(id: string | null): string | null {
  if (!id) return null;
  return id.replace(/[/\\\0:*?"<>|]/g, '_').replace(/^\.+/, '_').slice(0, 200);
}
