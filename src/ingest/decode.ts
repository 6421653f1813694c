/**
 * Bytes → text, with the encoding policy of dossier:
 *
 * - UTF-8 is expected and decoded strictly (`TextDecoder('utf-8', { fatal: true })`); a UTF-8 BOM is dropped.
 * - A UTF-16 file (it starts with a byte-order mark) is decoded as UTF-16.
 * - Bytes that are not valid UTF-8 are decoded as windows-1252 (a superset of latin-1, the usual
 *   encoding of older news archives), and a warning says so: the article is still analysed.
 * - A file with NUL bytes, or where more than 10% of the first 64 KB are control characters, is binary
 *   and refused.
 * - An HTML page that declares another charset (`<meta charset="windows-1256">`) is decoded with it
 *   when the bytes are not valid UTF-8 (pages often declare a charset they do not use).
 */
export type Decoded = { ok: true; text: string; warning: string | null } | { ok: false; error: string };

const SAMPLE = 65536;

export function decodeBytes(buf: Uint8Array, declared: string | null = null): Decoded {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const label = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { ok: true, text: new TextDecoder(label, { fatal: true }).decode(buf), warning: null };
    } catch {
      return { ok: false, error: 'invalid UTF-16 text after a UTF-16 byte-order mark' };
    }
  }
  const binary = binaryReason(buf);
  if (binary) return { ok: false, error: `binary file (${binary}), not text: give a .txt, .html or .jsonl article` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buf), warning: null };
  } catch {
    if (declared && !/^(utf-?8|unicode-1-1-utf-8)$/i.test(declared)) {
      try {
        return { ok: true, text: new TextDecoder(declared).decode(buf), warning: null };
      } catch {
        // an unknown label: fall through to windows-1252
      }
    }
    const at = firstInvalidUtf8(buf);
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(buf),
      warning: `not valid UTF-8 (first bad byte at offset ${at}); read as windows-1252: check the characters, or re-save the file as UTF-8`,
    };
  }
}

/** Why the bytes look binary, or null when they look like text. */
export function binaryReason(buf: Uint8Array): string | null {
  const n = Math.min(buf.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return `NUL byte at offset ${i}`;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (n && control / n > 0.1) return `${Math.round((100 * control) / n)}% control bytes`;
  return null;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The charset an HTML page declares in its first 4 KB (`<meta charset>` or `http-equiv` content), or null. */
export function declaredCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}
